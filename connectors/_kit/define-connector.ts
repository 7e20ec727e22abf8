/**
 * @module connectors/kit/define-connector
 * The shape of a connector: fetch (I/O only) → parse (vendor shape, zod) → normalize (pure, our shape).
 */
import type { Logger } from 'pino';
import { z } from 'zod';
import type { EventEnvelope } from '../../server/contracts/index.ts';
import { ConnectorManifestSchema, type ConnectorManifest, type ConnectorManifestInput } from './manifest.ts';

/** One response body as fetched from the source. */
export interface RawPage {
  body: string | Buffer;
  contentType: string;
  /** The address it came from, with secrets removed (it appears in logs and quarantine records). */
  url: string;
}

/** What `fetch` may use. Everything with an effect is passed in. */
export interface FetchContext<P> {
  fetch: typeof fetch;
  config: Readonly<Record<string, string>>;
  log: Logger;
  now: () => number;
  runId: string;
  params: P;
}

export interface Reject {
  reason: string;
  /** The rejected bytes (a row as JSON, a whole page...). */
  raw: string;
}

export interface ParseResult<R> {
  records: R[];
  rejects: Reject[];
}

/** What `normalize` may read: plain values, no effects. */
export interface NormalizeContext {
  source: string;
  /** The page the record came from. */
  pageUrl: string;
  /** Epoch ms when the run started. */
  runStartedAt: number;
}

export type PageSource = AsyncIterable<RawPage> | Iterable<RawPage> | Promise<RawPage[]>;

export interface Connector<R = unknown, P = unknown> {
  readonly manifest: ConnectorManifest;
  /** Validates run parameters (`params` of a job); a default value makes them optional. */
  readonly params: z.ZodType<P>;
  fetch(ctx: FetchContext<P>): PageSource;
  /** Never throws for a bad record (it becomes a reject); throws `ParseError` for an unreadable page. */
  parse(page: RawPage): ParseResult<R>;
  /** Pure. Throws `RecordRejectedError` for a record that must be quarantined. */
  normalize(record: R, ctx: NormalizeContext): EventEnvelope[];
  /** Optional extra fields for the per-page run log line. */
  summarize?(records: readonly R[]): Record<string, unknown>;
}

/** A connector whose record and parameter types are erased (for registries and schedulers). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyConnector = Connector<any, any>;

export interface ConnectorDefinition<R, P> extends Omit<Connector<R, P>, 'manifest' | 'params'> {
  manifest: ConnectorManifestInput;
  params?: z.ZodType<P>;
}

const NoParamsSchema = z.object({}).passthrough();

/** Validates the manifest once, at import time, and returns a frozen connector. */
export const defineConnector = <R, P = Record<string, unknown>>(def: ConnectorDefinition<R, P>): Connector<R, P> => {
  const manifest = ConnectorManifestSchema.parse(def.manifest);
  const params = (def.params ?? NoParamsSchema) as z.ZodType<P>;
  return Object.freeze({ ...def, manifest, params });
};
