/**
 * @module connectors/kit/scheduler
 * What both schedulers (BullMQ on Redis, and the embedded one) take and give.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { ConnectorRun } from '../../server/contracts/index.ts';
import type { AnyConnector } from './define-connector.ts';
import type { Schedule } from './manifest.ts';
import type { Publisher } from './publisher.ts';
import type { RunContext } from './runner.ts';

export interface SchedulerOptions {
  connectors: readonly AnyConnector[];
  publisher: Publisher;
  log: Logger;
  /** Secrets and settings for the connectors (e.g. SEOUL_OPENAPI_KEY, SEOUL_AIR_BASE_URL). */
  config?: Readonly<Record<string, string>>;
  /** Replaces a connector's manifest schedule, by connector id. */
  overrides?: Readonly<Record<string, Schedule>>;
  /** Runs processed at once across all connectors (default 2). */
  concurrency?: number;
  /** Tries per run for transient failures (default 3). */
  attempts?: number;
  /** First retry delay; doubles each try (default 1000 ms). */
  backoffMs?: number;
  fetch?: typeof fetch;
  now?: () => number;
  newRunId?: () => string;
  maxBatch?: number;
}

/** An enqueued ad-hoc run. `finished` resolves with the run record or rejects with the final failure. */
export interface RunHandle {
  jobId: string;
  finished: Promise<ConnectorRun>;
}

export interface ConnectorScheduler {
  start(): Promise<void>;
  /** Stops taking work and waits for the runs in progress. */
  stop(): Promise<void>;
  /** Enqueues one run now (a backfill, a manual refresh) with run parameters. */
  runOnce(id: string, params?: Record<string, unknown>): Promise<RunHandle>;
}

export const scheduleOf = (c: AnyConnector, overrides?: Readonly<Record<string, Schedule>>): Schedule =>
  overrides?.[c.manifest.id] ?? c.manifest.schedule;

export const indexConnectors = (connectors: readonly AnyConnector[]): Map<string, AnyConnector> => {
  const byId = new Map<string, AnyConnector>();
  for (const c of connectors) {
    if (byId.has(c.manifest.id)) throw new Error(`connector id registered twice: ${c.manifest.id}`);
    byId.set(c.manifest.id, c);
  }
  return byId;
};

/** The run context for one try of one run, from the scheduler options. */
export const runContextOf = (opts: SchedulerOptions, log: Logger, runId: string, params: unknown): RunContext => ({
  publisher: opts.publisher,
  log,
  now: opts.now ?? Date.now,
  fetch: opts.fetch ?? globalThis.fetch,
  config: opts.config ?? {},
  runId,
  params,
  ...(opts.maxBatch === undefined ? {} : { maxBatch: opts.maxBatch }),
});

export const defaultRunId = (): string => randomUUID();

/** A promise whose rejection is reported to whoever awaits it, never as an unhandled rejection. */
export const quiet = <T>(p: Promise<T>): Promise<T> => {
  p.catch(() => undefined);
  return p;
};
