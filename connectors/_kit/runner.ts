/**
 * @module connectors/kit/runner
 * One connector run: fetch → parse → normalize → batch per district → publish, with quarantine and a run record.
 * Errors are rethrown after the run record is published: the scheduler decides about retries.
 */
import type { Logger } from 'pino';
import {
  ConnectorRunSchema,
  EventEnvelopeSchema,
  subjects,
  type ConnectorRun,
  type EventEnvelope,
  type RunOutcome,
} from '../../server/contracts/index.ts';
import { DEFAULT_MAX_BATCH, forEachLimit, planBatches } from './batching.ts';
import type { AnyConnector, NormalizeContext, PageSource, RawPage } from './define-connector.ts';
import { describeError, ParseError, RateLimitedError, RecordRejectedError, UnrecoverableSourceError } from './errors.ts';
import type { Publisher } from './publisher.ts';

export interface RunContext {
  publisher: Publisher;
  log: Logger;
  now: () => number;
  fetch: typeof fetch;
  config: Readonly<Record<string, string>>;
  runId: string;
  params?: unknown;
  /** Events per published batch (default 500). */
  maxBatch?: number;
  /** Publishes kept in flight at once (default 16). */
  publishConcurrency?: number;
  /** Events gathered across pages before they are batched and published (default 5 × maxBatch). */
  flushEvents?: number;
}

interface RunStats {
  fetched: number;
  parsed: number;
  emitted: number;
  dropped: number;
  unreadablePages: number;
  newest: string | null;
  reasons: string[];
}

const iso = (ms: number): string => new Date(ms).toISOString();

const toBase64 = (raw: string | Buffer): string => (typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw).toString('base64');

async function* pagesOf(src: PageSource): AsyncIterable<RawPage> {
  const resolved = src instanceof Promise ? await src : src;
  for await (const page of resolved as AsyncIterable<RawPage> | Iterable<RawPage>) yield page;
}

const parseParams = (connector: AnyConnector, raw: unknown): unknown => {
  const res = connector.params.safeParse(raw ?? {});
  if (!res.success) throw new UnrecoverableSourceError(`invalid run parameters: ${res.error.message}`, { cause: res.error });
  return res.data;
};

class PageProcessor {
  readonly stats: RunStats = { fetched: 0, parsed: 0, emitted: 0, dropped: 0, unreadablePages: 0, newest: null, reasons: [] };
  readonly #source: string;
  /** Events of pages not yet published: small pages are gathered into full batches. */
  #pending: EventEnvelope[] = [];
  #pendingFrom = 0;

  constructor(
    readonly connector: AnyConnector,
    readonly ctx: RunContext,
    readonly log: Logger,
    readonly startedAt: number,
  ) {
    this.#source = connector.manifest.id;
  }

  async quarantine(reason: string, raw: string | Buffer): Promise<void> {
    if (this.stats.reasons.length < 3) this.stats.reasons.push(reason);
    await this.ctx.publisher.publishQuarantine({
      source: this.#source,
      subject: subjects.quarantine(this.#source),
      reason,
      raw: toBase64(raw),
      at: iso(this.ctx.now()),
    });
  }

  async process(page: RawPage, pageIndex: number): Promise<void> {
    let parsed;
    try {
      parsed = this.connector.parse(page);
    } catch (err) {
      if (!(err instanceof ParseError)) throw err;
      this.stats.unreadablePages++;
      this.stats.dropped++;
      this.log.warn({ err, url: page.url }, 'unreadable page quarantined');
      await this.quarantine(`unreadable page ${page.url}: ${err.message}`, page.body);
      return;
    }
    const { records, rejects } = parsed;
    this.stats.fetched += records.length + rejects.length;
    this.stats.parsed += records.length;
    this.stats.dropped += rejects.length;
    for (const r of rejects) await this.quarantine(r.reason, r.raw);
    const events = await this.normalizeAll(records, page.url);
    if (this.#pending.length === 0) this.#pendingFrom = pageIndex;
    this.#pending.push(...events);
    const maxBatch = this.ctx.maxBatch ?? DEFAULT_MAX_BATCH;
    if (this.#pending.length >= (this.ctx.flushEvents ?? maxBatch * 5)) await this.flush();
    const extra = this.connector.summarize?.(records) ?? {};
    this.log.debug({ url: page.url, page: pageIndex, records: records.length, rejects: rejects.length, events: events.length, ...extra }, 'page done');
  }

  /** Publishes what the pages so far produced; batch ids stay deterministic (first page index + content). */
  async flush(): Promise<void> {
    const events = this.#pending;
    this.#pending = [];
    await this.publish(events, this.#pendingFrom);
  }

  async normalizeAll(records: readonly unknown[], pageUrl: string): Promise<EventEnvelope[]> {
    const nctx: NormalizeContext = { source: this.#source, pageUrl, runStartedAt: this.startedAt };
    const out: EventEnvelope[] = [];
    for (const record of records) {
      const events = await this.normalizeOne(record, nctx);
      if (events) out.push(...events);
    }
    return out;
  }

  async normalizeOne(record: unknown, nctx: NormalizeContext): Promise<EventEnvelope[] | null> {
    let events: EventEnvelope[];
    try {
      events = this.connector.normalize(record, nctx);
    } catch (err) {
      if (!(err instanceof RecordRejectedError)) throw err;
      this.stats.dropped++;
      await this.quarantine(err.message, JSON.stringify(record));
      return null;
    }
    for (const e of events) {
      const ok = EventEnvelopeSchema.safeParse(e);
      if (!ok.success || e.source !== this.#source) {
        this.stats.dropped++;
        const why = ok.success ? `event source ${e.source} is not ${this.#source}` : ok.error.message;
        await this.quarantine(`normalized event failed the envelope schema: ${why}`, JSON.stringify(record));
        return null;
      }
    }
    return events;
  }

  async publish(events: EventEnvelope[], pageIndex: number): Promise<void> {
    if (events.length === 0) return;
    const planned = planBatches(this.#source, pageIndex, events, this.ctx.maxBatch ?? DEFAULT_MAX_BATCH);
    await forEachLimit(planned, this.ctx.publishConcurrency ?? 16, (b) =>
      this.ctx.publisher.publishBatch(b.subject, { v: 1, source: this.#source, batchId: b.batchId, publishedAt: this.ctx.now(), events: b.events }),
    );
    this.stats.emitted += events.length;
    for (const e of events) if (this.stats.newest === null || e.observedAt > this.stats.newest) this.stats.newest = e.observedAt;
  }
}

const settledOutcome = (s: RunStats): { outcome: RunOutcome; error: string | null } => {
  if (s.unreadablePages > 0 && s.emitted === 0) return { outcome: 'failed', error: `no readable page: ${s.reasons.join('; ')}` };
  if (s.dropped > 0) return { outcome: 'partial', error: `${s.dropped} quarantined: ${s.reasons.join('; ')}` };
  return { outcome: 'ok', error: null };
};

const failedOutcome = (err: unknown): RunOutcome => (err instanceof RateLimitedError ? 'rate-limited' : 'failed');

const buildRun = (source: string, runId: string, startedAt: number, endedAt: number, s: RunStats, outcome: RunOutcome, error: string | null): ConnectorRun =>
  ConnectorRunSchema.parse({
    runId,
    source,
    startedAt: iso(startedAt),
    endedAt: iso(endedAt),
    outcome,
    fetched: s.fetched,
    parsed: s.parsed,
    emitted: s.emitted,
    dropped: s.dropped,
    newestObservedAt: s.newest,
    error: error === null ? null : error.slice(0, 2000),
  });

/** Runs one connector once. Resolves with the run record; rejects (after publishing a failed run) on error. */
export const runConnector = async (connector: AnyConnector, ctx: RunContext): Promise<ConnectorRun> => {
  const source = connector.manifest.id;
  const startedAt = ctx.now();
  const log = ctx.log.child({ connector: source, runId: ctx.runId });
  const proc = new PageProcessor(connector, ctx, log, startedAt);
  try {
    const params = parseParams(connector, ctx.params);
    const pages = connector.fetch({ fetch: ctx.fetch, config: ctx.config, log, now: ctx.now, runId: ctx.runId, params });
    let pageIndex = 0;
    for await (const page of pagesOf(pages)) await proc.process(page, pageIndex++);
    await proc.flush();
  } catch (err) {
    const run = buildRun(source, ctx.runId, startedAt, ctx.now(), proc.stats, failedOutcome(err), describeError(err));
    log.error({ err, run }, 'connector run failed');
    await ctx.publisher.publishRun(run).catch((pubErr: unknown) => log.error({ err: pubErr }, 'could not publish the run record'));
    throw err;
  }
  const { outcome, error } = settledOutcome(proc.stats);
  const run = buildRun(source, ctx.runId, startedAt, ctx.now(), proc.stats, outcome, error);
  await ctx.publisher.publishRun(run);
  log.info({ run }, 'connector run finished');
  return run;
};
