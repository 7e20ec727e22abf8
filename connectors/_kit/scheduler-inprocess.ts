/**
 * @module connectors/kit/scheduler-inprocess
 * The embedded scheduler, for when no Redis is reachable: timers, one run at a time per connector,
 * at most `concurrency` runs at once, and the same error semantics as the BullMQ scheduler
 * (retry with exponential backoff, no retry when unrecoverable, a pause when rate limited).
 */
import type { Logger } from 'pino';
import type { ConnectorRun } from '../../server/contracts/index.ts';
import { parseCron, nextCronTime } from './cron.ts';
import type { AnyConnector } from './define-connector.ts';
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

class SchedulerStoppedError extends Error {
  override name = 'SchedulerStoppedError';
}

/** A counting semaphore. */
class Slots {
  #free: number;
  readonly #waiting: (() => void)[] = [];
  constructor(n: number) {
    this.#free = Math.max(1, n);
  }
  async acquire(): Promise<void> {
    if (this.#free > 0) {
      this.#free--;
      return;
    }
    await new Promise<void>((resolve) => this.#waiting.push(resolve));
  }
  release(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#free++;
  }
}

interface Lane {
  tail: Promise<unknown>;
  pending: number;
  timer: NodeJS.Timeout | null;
}

export const createInProcessScheduler = (opts: SchedulerOptions): ConnectorScheduler => {
  const byId = indexConnectors(opts.connectors);
  const log: Logger = opts.log.child({ component: 'scheduler', kind: 'in-process' });
  const now = opts.now ?? Date.now;
  const attempts = opts.attempts ?? 3;
  const backoffMs = opts.backoffMs ?? 1000;
  const newRunId = opts.newRunId ?? defaultRunId;
  const slots = new Slots(opts.concurrency ?? 2);
  const lanes = new Map<string, Lane>();
  let abort = new AbortController();
  let started = false;
  let jobSeq = 0;

  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve, reject) => {
      const signal = abort.signal;
      if (signal.aborted) return reject(new SchedulerStoppedError('scheduler stopped'));
      const t = setTimeout(() => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      const onAbort = (): void => {
        clearTimeout(t);
        reject(new SchedulerStoppedError('scheduler stopped'));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    });

  const tryOnce = async (c: AnyConnector, jobId: string, attempt: number, params: unknown): Promise<ConnectorRun> => {
    await slots.acquire();
    try {
      return await runConnector(c, runContextOf(opts, log.child({ jobId, attempt }), newRunId(), params));
    } finally {
      slots.release();
    }
  };

  const runWithRetries = async (c: AnyConnector, jobId: string, params: unknown): Promise<ConnectorRun> => {
    if (abort.signal.aborted) throw new SchedulerStoppedError('scheduler stopped');
    for (let attempt = 1; ; ) {
      try {
        return await tryOnce(c, jobId, attempt, params);
      } catch (err) {
        const failure = classifyFailure(err);
        if (failure.kind === 'unrecoverable' || abort.signal.aborted) throw err;
        if (failure.kind === 'rate-limited') {
          log.warn({ connector: c.manifest.id, retryAfterMs: failure.retryAfterMs }, 'rate limited, pausing this connector');
          await sleep(failure.retryAfterMs);
          continue;
        }
        if (attempt >= attempts) throw err;
        const delay = backoffMs * 2 ** (attempt - 1);
        log.warn({ connector: c.manifest.id, attempt, delay, err: describeError(err) }, 'run failed, retrying');
        await sleep(delay);
        attempt++;
      }
    }
  };

  const enqueue = (c: AnyConnector, params: unknown): RunHandle => {
    const lane = lanes.get(c.manifest.id) as Lane;
    const jobId = `${c.manifest.id}:${++jobSeq}`;
    lane.pending++;
    const finished = lane.tail.then(() => runWithRetries(c, jobId, params));
    lane.tail = finished
      .catch((err: unknown) => log.error({ connector: c.manifest.id, jobId, err: describeError(err) }, 'connector job failed'))
      .finally(() => lane.pending--);
    return { jobId, finished: quiet(finished) };
  };

  const tick = (c: AnyConnector): void => {
    const lane = lanes.get(c.manifest.id);
    if (!started || !lane) return;
    if (lane.pending > 0) log.debug({ connector: c.manifest.id }, 'previous run still going, tick skipped');
    else enqueue(c, undefined);
    arm(c, false);
  };

  const arm = (c: AnyConnector, first: boolean): void => {
    const lane = lanes.get(c.manifest.id) as Lane;
    const s = scheduleOf(c, opts.overrides);
    const delay = 'every' in s ? (first ? 0 : s.every) : Math.max(0, nextCronTime(parseCron(s.pattern), s.tz, now()) - now());
    lane.timer = setTimeout(() => tick(c), delay);
  };

  return {
    async start() {
      if (started) return;
      started = true;
      abort = new AbortController();
      for (const c of byId.values()) {
        const s = scheduleOf(c, opts.overrides);
        if ('pattern' in s) parseCron(s.pattern);
        lanes.set(c.manifest.id, { tail: Promise.resolve(), pending: 0, timer: null });
        arm(c, true);
      }
      log.info({ connectors: [...byId.keys()] }, 'connector scheduler started');
    },
    async stop() {
      if (!started) return;
      started = false;
      for (const lane of lanes.values()) if (lane.timer) clearTimeout(lane.timer);
      abort.abort();
      await Promise.all([...lanes.values()].map((l) => l.tail));
      lanes.clear();
      log.info('connector scheduler stopped');
    },
    async runOnce(id, params) {
      const c = byId.get(id);
      if (!c) throw new Error(`no connector registered with id ${id}`);
      if (!started) throw new Error('scheduler not started');
      return enqueue(c, params);
    },
  };
};
