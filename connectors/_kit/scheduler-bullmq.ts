/**
 * @module connectors/kit/scheduler-bullmq
 * Connector runs as BullMQ jobs: one queue `connectors`, one job scheduler per connector (upserted by id),
 * one worker. The error class decides: FetchError retries with backoff, UnrecoverableSourceError stops,
 * RateLimitedError pauses the queue for the time the source asked.
 */
import { Queue, QueueEvents, UnrecoverableError, Worker, type ConnectionOptions, type Job } from 'bullmq';
import type { ConnectorRun } from '../../server/contracts/index.ts';
import { classifyFailure, describeError } from './errors.ts';
import { runConnector } from './runner.ts';
import {
  defaultRunId,
  indexConnectors,
  quiet,
  runContextOf,
  scheduleOf,
  type ConnectorScheduler,
  type RunHandle,
  type SchedulerOptions,
} from './scheduler.ts';

export type RedisConnection = { host: string; port: number; password?: string; db?: number } | { url: string } | string;

export interface BullSchedulerOptions extends SchedulerOptions {
  connection: RedisConnection;
  /** Queue name (default `connectors`). */
  queueName?: string;
  /** Redis key prefix (default `bull`); tests use a unique one. */
  prefix?: string;
}

interface JobData {
  connectorId: string;
  params?: Record<string, unknown>;
}

export const redisOptionsOf = (c: RedisConnection): ConnectionOptions => {
  const base = { maxRetriesPerRequest: null };
  if (typeof c !== 'string' && !('url' in c)) return { ...base, ...c };
  const u = new URL(typeof c === 'string' ? c : c.url);
  const db = u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0;
  return {
    ...base,
    host: u.hostname,
    port: u.port ? Number(u.port) : 6379,
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    db,
  };
};

export const createBullScheduler = (opts: BullSchedulerOptions): ConnectorScheduler & { queue: () => Queue | null } => {
  const byId = indexConnectors(opts.connectors);
  const name = opts.queueName ?? 'connectors';
  const connection = redisOptionsOf(opts.connection);
  const prefix = opts.prefix ?? 'bull';
  const jobOpts = {
    attempts: opts.attempts ?? 3,
    backoff: { type: 'exponential', delay: opts.backoffMs ?? 1000 },
    removeOnComplete: { count: 200 },
    removeOnFail: { count: 500 },
  };
  const newRunId = opts.newRunId ?? defaultRunId;
  const log = opts.log.child({ component: 'scheduler', queue: name });
  let queue: Queue<JobData, ConnectorRun> | null = null;
  let events: QueueEvents | null = null;
  let worker: Worker<JobData, ConnectorRun> | null = null;

  const process = async (job: Job<JobData, ConnectorRun>): Promise<ConnectorRun> => {
    const connector = byId.get(job.data.connectorId);
    if (!connector) throw new UnrecoverableError(`no connector registered with id ${job.data.connectorId}`);
    const runLog = log.child({ jobId: job.id, attempt: job.attemptsMade + 1 });
    try {
      return await runConnector(connector, runContextOf(opts, runLog, newRunId(), job.data.params));
    } catch (err) {
      const failure = classifyFailure(err);
      if (failure.kind === 'unrecoverable') throw new UnrecoverableError(describeError(err));
      if (failure.kind === 'rate-limited' && worker) {
        await worker.rateLimit(failure.retryAfterMs);
        throw Worker.RateLimitError();
      }
      throw err;
    }
  };

  const syncSchedulers = async (q: Queue<JobData, ConnectorRun>): Promise<void> => {
    for (const c of byId.values()) {
      const s = scheduleOf(c, opts.overrides);
      const repeat = 'every' in s ? { every: s.every } : { pattern: s.pattern, tz: s.tz };
      await q.upsertJobScheduler(c.manifest.id, repeat, { name: c.manifest.id, data: { connectorId: c.manifest.id }, opts: jobOpts });
    }
    for (const existing of await q.getJobSchedulers(0, -1)) {
      const id = existing.id ?? existing.key;
      if (!byId.has(id)) {
        await q.removeJobScheduler(id);
        log.info({ scheduler: id }, 'removed the scheduler of a connector no longer registered');
      }
    }
  };

  return {
    queue: () => queue,
    async start() {
      if (queue) return;
      queue = new Queue<JobData, ConnectorRun>(name, { connection, prefix });
      events = new QueueEvents(name, { connection, prefix });
      await events.waitUntilReady();
      await syncSchedulers(queue);
      // A limiter must exist for `worker.rateLimit()` to take effect; this one never throttles normal work.
      const limiter = { max: 10_000, duration: 1000 };
      worker = new Worker<JobData, ConnectorRun>(name, process, { connection, prefix, concurrency: opts.concurrency ?? 2, limiter });
      worker.on('failed', (job, err) => log.warn({ jobId: job?.id, err: describeError(err) }, 'connector job failed'));
      worker.on('error', (err) => log.error({ err }, 'worker error'));
      await worker.waitUntilReady();
      log.info({ connectors: [...byId.keys()] }, 'connector scheduler started');
    },
    async stop() {
      await worker?.close();
      await events?.close();
      await queue?.close();
      worker = null;
      events = null;
      queue = null;
      log.info('connector scheduler stopped');
    },
    async runOnce(id, params): Promise<RunHandle> {
      if (!queue || !events) throw new Error('scheduler not started');
      if (!byId.has(id)) throw new Error(`no connector registered with id ${id}`);
      const job = await queue.add(id, { connectorId: id, ...(params ? { params } : {}) }, jobOpts);
      return { jobId: String(job.id), finished: quiet(job.waitUntilFinished(events)) };
    },
  };
};
