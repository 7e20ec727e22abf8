/**
 * @module actors/runtime/actor-cell
 * One running actor: its state, mailbox, drain loop, restarts, timers and idle clock.
 * The drain loop takes one message, awaits `receive`, and only then takes the next; after
 * `throughput` messages it yields to the event loop so that other actors get their turn.
 * The cell knows nothing of other actors: it asks its `CellHost` (the system) for that.
 */
import type { Logger } from 'pino';
import { createMailbox, type Mailbox, type OfferResult } from './mailbox.ts';
import { decideRestart } from './supervision.ts';
import type {
  ActorContext, ActorId, ActorLogic, ActorStats, SpawnOptions, SupervisionOptions, Timers,
} from './types.ts';

/** What a cell needs from the system around it. */
export interface CellHost {
  readonly now: () => number;
  readonly timers: Timers;
  contextFor<Msg>(cell: ActorCell<Msg, unknown>): ActorContext<Msg>;
  /** The restarts are exhausted: the host stops the cell and escalates. */
  failed(cell: ActorCell<unknown, unknown>, error: unknown): void;
  /** The cell was idle for `idleMs`. */
  idle(cell: ActorCell<unknown, unknown>): void;
}

export interface CellConfig<Msg, State> {
  id: ActorId;
  parent: ActorId | null;
  logic: ActorLogic<Msg, State>;
  opts: SpawnOptions<Msg>;
  log: Logger;
  throughput: number;
  supervision: SupervisionOptions;
}

type Status = ActorStats['status'] | 'stopped';

const isPromise = <T>(v: T | Promise<T>): v is Promise<T> =>
  typeof (v as { then?: unknown } | null)?.then === 'function';

export class ActorCell<Msg, State> {
  readonly id: ActorId;
  readonly parent: ActorId | null;
  readonly log: Logger;
  private readonly mailbox: Mailbox<Msg>;
  private readonly ctx: ActorContext<Msg>;
  private status: Status = 'starting';
  private state: State | undefined;
  private hasState = false;
  private busy: Promise<void> | null = null;
  private yieldPending = false;
  private history: number[] = [];
  private readonly timers = new Set<unknown>();
  private idleTimer: unknown = null;
  private backoffTimer: unknown = null;
  private readonly counts = { processed: 0, dropped: 0, rejected: 0, coalesced: 0, restarts: 0 };

  constructor(private readonly config: CellConfig<Msg, State>, private readonly host: CellHost) {
    this.id = config.id;
    this.parent = config.parent;
    this.log = config.log;
    this.mailbox = createMailbox(config.opts.mailbox);
    this.ctx = host.contextFor(this as ActorCell<Msg, unknown>);
  }

  get isStopping(): boolean {
    return this.status === 'stopping' || this.status === 'stopped';
  }

  start(): void {
    this.status = 'starting';
    this.track(this.runInit());
  }

  /** Queues a message; a running idle cell starts draining. */
  deliver(msg: Msg): OfferResult {
    if (this.isStopping) return 'rejected';
    const result = this.mailbox.offer(msg);
    if (result === 'dropped-oldest' || result === 'dropped-newest') this.counts.dropped += 1;
    else if (result === 'rejected') this.counts.rejected += 1;
    else if (result === 'coalesced') this.counts.coalesced += 1;
    this.clearIdle();
    this.kick();
    return result;
  }

  schedule(msg: Msg, delayMs: number): () => void {
    if (this.isStopping) return () => {};
    const handle = this.host.timers.setTimeout(() => {
      this.timers.delete(handle);
      this.deliver(msg);
    }, delayMs);
    this.timers.add(handle);
    return () => {
      if (this.timers.delete(handle)) this.host.timers.clearTimeout(handle);
    };
  }

  /** Lets the message in hand finish, drops the queue, runs the `stop` hook. Returns how many were dropped. */
  async stop(): Promise<number> {
    if (this.status === 'stopped') return 0;
    this.status = 'stopping';
    this.clearTimers();
    while (this.busy !== null) await this.busy;
    const discarded = this.mailbox.clear();
    if (this.hasState && this.config.logic.stop !== undefined) {
      try {
        await this.config.logic.stop(this.state as State, this.ctx);
      } catch (err) {
        this.log.error({ err }, 'actor stop hook failed');
      }
    }
    this.status = 'stopped';
    return discarded;
  }

  stats(): ActorStats {
    const status = this.status === 'stopped' ? 'stopping' : this.status;
    return { id: this.id, parent: this.parent, queued: this.mailbox.size, status, ...this.counts };
  }

  private track(work: Promise<void>): void {
    const done = work.finally(() => {
      if (this.busy !== done) return;
      this.busy = null;
      this.kick();
    });
    this.busy = done;
  }

  private async runInit(): Promise<void> {
    try {
      const s = this.config.logic.init(this.ctx);
      this.state = isPromise(s) ? await s : s;
      this.hasState = true;
    } catch (err) {
      this.fail(err);
      return;
    }
    if (this.status !== 'starting') return;
    this.status = 'running';
  }

  private kick(): void {
    if (this.status !== 'running' || this.busy !== null || this.yieldPending) return;
    if (this.mailbox.size === 0) return this.armIdle();
    // Never run `receive` inside the caller's `tell`: the drain starts on the next microtask.
    this.track(Promise.resolve().then(() => this.drain()));
  }

  private async drain(): Promise<void> {
    let n = 0;
    while (this.status === 'running' && n < this.config.throughput) {
      if (this.mailbox.size === 0) break;
      const msg = this.mailbox.take() as Msg;
      try {
        const next = this.config.logic.receive(this.state as State, msg, this.ctx);
        this.state = isPromise(next) ? await next : next;
      } catch (err) {
        this.fail(err);
        return;
      }
      this.counts.processed += 1;
      n += 1;
    }
    if (this.status !== 'running') return;
    if (this.mailbox.size === 0) return this.armIdle();
    this.yieldPending = true;
    this.host.timers.yieldThen(() => {
      this.yieldPending = false;
      this.kick();
    });
  }

  private fail(err: unknown): void {
    if (this.isStopping) return;
    const decision = decideRestart(this.history, this.host.now(), this.config.supervision);
    this.history = decision.history;
    if (decision.action === 'stop') {
      this.log.error({ err }, 'actor failed; restarts exhausted');
      this.host.failed(this as ActorCell<unknown, unknown>, err);
      return;
    }
    this.log.warn({ err, delayMs: decision.delayMs }, 'actor failed; restarting');
    this.status = 'backoff';
    this.counts.restarts += 1;
    this.clearTimers();
    this.backoffTimer = this.host.timers.setTimeout(() => {
      this.backoffTimer = null;
      if (this.status === 'backoff') this.start();
    }, decision.delayMs);
  }

  private armIdle(): void {
    const idleMs = this.config.opts.idleMs;
    if (idleMs === undefined || this.idleTimer !== null) return;
    this.idleTimer = this.host.timers.setTimeout(() => {
      this.idleTimer = null;
      if (this.status === 'running' && this.busy === null && this.mailbox.size === 0) {
        this.host.idle(this as ActorCell<unknown, unknown>);
      }
    }, idleMs);
  }

  private clearIdle(): void {
    if (this.idleTimer === null) return;
    this.host.timers.clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  private clearTimers(): void {
    for (const handle of this.timers) this.host.timers.clearTimeout(handle);
    this.timers.clear();
    this.clearIdle();
    if (this.backoffTimer !== null) this.host.timers.clearTimeout(this.backoffTimer);
    this.backoffTimer = null;
  }
}
