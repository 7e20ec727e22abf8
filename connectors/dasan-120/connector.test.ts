import test from 'ava';
import nock from 'nock';
import { EventBatchSchema } from '../../server/contracts/index.ts';
import { FetchError, RateLimitedError, UnrecoverableSourceError } from '../_kit/errors.ts';
import { loadJsonFixture, runIntoRecorder } from '../_kit/testing.ts';
import type { DasanComplaintPage } from './api.ts';
import { dasan120 } from './index.ts';

nock.disableNetConnect();
test.after.always(() => nock.cleanAll());

let hostSeq = 0;
const source = () => {
  const host = `http://dasan-${++hostSeq}.test`;
  return { scope: nock(host), config: { DASAN_120_BASE_URL: `${host}/120` } };
};
/** 10:12:34 KST, when the fixtures were recorded, read with `windowMinutes: 5, pageSize: 50`. */
const now = () => Date.parse('2026-01-05T01:12:34Z');
const params = { windowMinutes: 5, pageSize: 50 };
const query = (page: number) => ({ since: '2026-01-05T01:05:00.000Z', until: '2026-01-05T01:12:34.000Z', page: String(page), pageSize: '50' });
const pages = [1, 2, 3, 4].map((n) => loadJsonFixture<DasanComplaintPage>(import.meta.url, `fixtures/page-${n}.json`));
const serve = (s: ReturnType<typeof source>, times = 1) => pages.forEach((p, k) => s.scope.get('/120/complaints').query(query(k + 1)).times(times).reply(200, p));
const complaints = pages.flatMap((p) => p.complaints);
const steps = complaints.reduce((n, c) => n + c.history.length, 0);

test('a run reads every page of the window: one filing and one status event per step, all synthetic', async (t) => {
  const s = source();
  serve(s);
  const { publisher, run, error } = await runIntoRecorder(dasan120, { config: s.config, now, params });
  t.is(error, null);
  t.true(s.scope.isDone());
  t.like(run, { outcome: 'ok', fetched: complaints.length, parsed: complaints.length, emitted: steps, dropped: 0 });
  for (const { subject, batch } of publisher.batches) {
    t.notThrows(() => EventBatchSchema.parse(batch));
    t.regex(subject, /^city\.complaint\.(filed|status)\.11\d{3}$/);
  }
  const events = publisher.events();
  t.is(new Set(events.map((e) => e.id)).size, steps);
  const filed = events.filter((e) => e.kind === 'complaint.filed');
  t.is(filed.length, complaints.length);
  t.true(filed.every((e) => (e.payload as { synthetic: boolean }).synthetic));
  t.true(events.every((e) => /^dasan-120:\d{4}-\d{6}:[a-z-]+:\d+$/.test(e.id) && e.entity === `complaint:${e.id.split(':').slice(0, 2).join(':')}`));
});

test('the default run reads the last 30 minutes in pages of 200; `from` replays an earlier stretch', async (t) => {
  const s = source();
  const empty = { ...pages[0]!, complaints: [], hasMore: false, totalCount: 0 };
  s.scope.get('/120/complaints').query({ since: '2026-01-05T00:40:00.000Z', until: '2026-01-05T01:12:34.000Z', page: '1', pageSize: '200' }).reply(200, empty);
  s.scope.get('/120/complaints').query({ since: '2025-12-22T00:00:00.000Z', until: '2026-01-05T01:12:34.000Z', page: '1', pageSize: '200' }).reply(200, empty);
  t.like((await runIntoRecorder(dasan120, { config: s.config, now })).run, { outcome: 'ok', emitted: 0 });
  t.like((await runIntoRecorder(dasan120, { config: s.config, now, params: { from: '2025-12-22T09:00:00+09:00' } })).run, { outcome: 'ok' });
  t.true(s.scope.isDone());
  t.regex(String((await runIntoRecorder(dasan120, { config: s.config, now, params: { windowMinutes: 0 } })).error), /invalid run parameters/);
});

test('later pages keep the window the feed served first', async (t) => {
  const s = source();
  const early = '2026-01-05T10:12:00+09:00';
  s.scope.get('/120/complaints').query(query(1)).reply(200, { ...pages[0]!, until: early });
  s.scope.get('/120/complaints').query({ ...query(2), until: '2026-01-05T01:12:00.000Z' }).reply(200, { ...pages[1]!, until: early, hasMore: false });
  const { run } = await runIntoRecorder(dasan120, { config: s.config, now, params });
  t.true(s.scope.isDone());
  t.like(run, { outcome: 'ok', fetched: 100 });
});

test('a repeated run publishes nothing new', async (t) => {
  const s = source();
  serve(s, 2);
  const first = await runIntoRecorder(dasan120, { config: s.config, now, params });
  await runIntoRecorder(dasan120, { config: s.config, now, params, publisher: first.publisher });
  t.is(first.publisher.duplicates.length, first.publisher.batches.length);
});

test('bad complaints are quarantined with their reason, the others flow', async (t) => {
  const s = source();
  const body = structuredClone(pages[0]!);
  body.complaints[0]!.channel = '팩스' as never;
  body.complaints[1]!.guCode = '11999';
  s.scope.get('/120/complaints').query(query(1)).reply(200, { ...body, hasMore: false });
  const { publisher, run } = await runIntoRecorder(dasan120, { config: s.config, now, params });
  t.like(run, { outcome: 'partial', fetched: 50, parsed: 49, dropped: 2 });
  const reasons = publisher.quarantine.map((q) => q.reason).join('\n');
  t.regex(reasons, /channel: unknown channel/);
  t.regex(reasons, /unknown gu code 11999/);
});

test('transient, unrecoverable and rate-limited answers; no base URL', async (t) => {
  const s = source();
  s.scope.get('/120/complaints').query(query(1)).reply(502, 'bad gateway');
  t.true((await runIntoRecorder(dasan120, { config: s.config, now, params })).error instanceof FetchError);
  s.scope.get('/120/complaints').query(query(1)).reply(400, { error: 'invalid-parameter', message: 'pageSize' });
  t.true((await runIntoRecorder(dasan120, { config: s.config, now, params })).error instanceof UnrecoverableSourceError);
  s.scope.get('/120/complaints').query(query(1)).reply(429, '', { 'retry-after': '3' });
  t.is(((await runIntoRecorder(dasan120, { config: s.config, now, params })).error as RateLimitedError).retryAfterMs, 3000);
  s.scope.get('/120/complaints').query(query(1)).reply(200, '<html>maintenance</html>');
  t.like((await runIntoRecorder(dasan120, { config: s.config, now, params })).run, { emitted: 0 });
  t.regex(String((await runIntoRecorder(dasan120, { config: {}, now })).error), /DASAN_120_BASE_URL is not set/);
});
