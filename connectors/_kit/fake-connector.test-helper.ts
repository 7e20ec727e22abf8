/**
 * @module connectors/kit/fake-connector
 * A tiny connector over in-memory pages, for the kit's own tests.
 */
import { z } from 'zod';
import { defineConnector, type RawPage } from './define-connector.ts';
import { ParseError, RecordRejectedError } from './errors.ts';

export interface FakeRecord {
  id: string;
  district: string | null;
  at: string;
}

export const fakePage = (rows: unknown[], url = 'mem://page'): RawPage => ({ body: JSON.stringify(rows), contentType: 'application/json', url });

const RowSchema = z.object({ id: z.string().min(1), district: z.string().nullable(), at: z.string() });

/** `pages` is called on each fetch, so a test can change what the source returns between tries. */
export const makeFakeConnector = (pages: () => RawPage[] | Promise<RawPage[]>, every = 60_000) =>
  defineConnector<FakeRecord, { tag?: string | undefined }>({
    manifest: {
      id: 'fake-source',
      title: { ko: '가짜', en: 'Fake' },
      department: { ko: '시험', en: 'Test' },
      protocol: 'simulated',
      schedule: { every },
      secrets: [],
      emits: ['test.observed'],
      staleAfterSeconds: 60,
      synthetic: true,
      attribution: 'test data',
    },
    params: z.object({ tag: z.string().optional() }).default({}),
    fetch: () => pages(),
    parse(page) {
      let rows: unknown;
      try {
        rows = JSON.parse(String(page.body));
      } catch (err) {
        throw new ParseError('not JSON', { cause: err });
      }
      if (!Array.isArray(rows)) throw new ParseError('not an array');
      const records: FakeRecord[] = [];
      const rejects = [];
      for (const row of rows) {
        const r = RowSchema.safeParse(row);
        if (r.success) records.push(r.data);
        else rejects.push({ reason: 'bad row', raw: JSON.stringify(row) });
      }
      return { records, rejects };
    },
    normalize(rec, ctx) {
      if (rec.id === 'reject-me') throw new RecordRejectedError('rejected by normalize');
      return [{ v: 1, id: `fake:${rec.id}`, source: ctx.source, kind: 'test.observed', observedAt: rec.at, entity: `thing:${rec.id}`, district: rec.district, payload: {} }];
    },
  });
