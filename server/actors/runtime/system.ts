/**
 * @module actors/runtime/system
 * The actor system: a registry of cells by id, a hierarchy by parent id, get-or-create,
 * passivation with re-creation from the registered factory, escalation of failures,
 * and a shutdown that stops children before parents, newest first.
 */
import type { Logger } from 'pino';
import { ActorCell, type CellHost } from './actor-cell.ts';
import { ActorExistsError, ActorFailedError, ActorNotFoundError, InvalidActorIdError, MailboxFullError } from './errors.ts';
import { DEFAULT_SUPERVISION } from './supervision.ts';
import type {
  ActorContext, ActorId, ActorLogic, ActorRef, ChildFailed, SpawnOptions, SupervisionOptions, SystemStats, Timers,
} from './types.ts';

export interface ActorSystemOptions {
  log: Logger;
  now?: () => number;
  /** Messages per drain before an actor yields to the event loop (default 64). */
  throughput?: number;
  supervision?: Partial<SupervisionOptions>;
  timers?: Timers;
  /** Called when a root actor (no parent) stops after exhausting its restarts. */
  onFailure?: (id: ActorId, error: Error) => void;
}

export interface ActorSystem {
  spawn<M, S>(id: ActorId, logic: ActorLogic<M, S>, opts?: SpawnOptions<M>): ActorRef<M>;
  getOrCreate<M, S>(id: ActorId, factory: () => ActorLogic<M, S>, opts?: SpawnOptions<M>): ActorRef<M>;
  /** Queues `msg`; false when no actor can take it (dead letter) or the mailbox dropped or rejected it. */
  tell(id: ActorId, msg: unknown): boolean;
  /** Like `tell`, but throws `ActorNotFoundError` or, for a 'reject' mailbox, `MailboxFullError`. */
  send(id: ActorId, msg: unknown): void;
  /** True when the actor runs or is passivated and can be re-created. */
  has(id: ActorId): boolean;
  /** Stops the actor and its children for good. Unknown ids are a no-op. */
  stop(id: ActorId): Promise<void>;
  stopAll(): Promise<void>;
  stats(): SystemStats;
}

export const realTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
  yieldThen: (fn) => void setImmediate(fn),
};

const ACTOR_ID = /^[a-z][a-z0-9-]*:\S+$/;

type AnyCell = ActorCell<unknown, unknown>;
interface Registration {
  factory: () => ActorLogic<unknown, unknown>;
  opts: SpawnOptions<unknown>;
  parent: ActorId | null;
}

export const createActorSystem = (options: ActorSystemOptions): ActorSystem => {
  const now = options.now ?? Date.now;
  const timers = options.timers ?? realTimers;
  const supervision = { ...DEFAULT_SUPERVISION, ...options.supervision };
  const cells = new Map<ActorId, AnyCell>();
  const registrations = new Map<ActorId, Registration>();
  /** Actors being stopped; messages to a passivating one wait in `pending` for its re-creation. */
  const stopping = new Map<ActorId, { keep: boolean; pending: unknown[] }>();
  const totals = { deadLetters: 0, failed: 0 };

  const ref = <M>(id: ActorId): ActorRef<M> => ({ id, tell: (msg: M) => tell(id, msg) });

  const host: CellHost = {
    now,
    timers,
    contextFor: <M>(cell: ActorCell<M, unknown>): ActorContext<M> => ({
      self: cell.id,
      parent: cell.parent,
      log: cell.log,
      now,
      tell,
      spawn: (id, logic, opts) => spawnUnder(cell.id, id, () => logic, opts),
      getOrCreate: (id, factory, opts) => getOrCreateUnder(cell.id, id, factory, opts),
      schedule: (msg, delayMs) => cell.schedule(msg, delayMs),
    }),
    failed: (cell, error) => void escalate(cell, error),
    idle: (cell) => void passivate(cell.id),
  };

  const start = (id: ActorId, reg: Registration): AnyCell => {
    const opts = reg.opts;
    const cell = new ActorCell<unknown, unknown>({
      id,
      parent: reg.parent,
      logic: reg.factory(),
      opts,
      log: options.log.child({ actor: id }),
      throughput: opts.throughput ?? options.throughput ?? 64,
      supervision: { ...supervision, ...opts.supervision },
    }, host);
    cells.set(id, cell);
    cell.start();
    return cell;
  };

  const spawnUnder = <M, S>(parent: ActorId | null, id: ActorId, factory: () => ActorLogic<M, S>,
    opts: SpawnOptions<M> = {}): ActorRef<M> => {
    if (!ACTOR_ID.test(id)) throw new InvalidActorIdError(id);
    if (cells.has(id) || stopping.has(id)) throw new ActorExistsError(id);
    const reg = { factory, opts, parent } as unknown as Registration;
    registrations.set(id, reg);
    start(id, reg);
    return ref<M>(id);
  };

  const getOrCreateUnder = <M, S>(parent: ActorId | null, id: ActorId, factory: () => ActorLogic<M, S>,
    opts?: SpawnOptions<M>): ActorRef<M> => {
    if (cells.has(id) || stopping.has(id) || revive(id) !== undefined) return ref<M>(id);
    return spawnUnder(parent, id, factory, opts);
  };

  /** Re-creates a passivated actor from its registration. */
  const revive = (id: ActorId): AnyCell | undefined => {
    const reg = registrations.get(id);
    if (reg === undefined || stopping.has(id)) return undefined;
    return start(id, reg);
  };

  const offer = (id: ActorId, msg: unknown): 'ok' | 'dropped' | 'rejected' | 'missing' => {
    const pendingStop = stopping.get(id);
    if (pendingStop !== undefined) return pendingStop.keep ? (pendingStop.pending.push(msg), 'ok') : 'missing';
    const cell = cells.get(id) ?? revive(id);
    if (cell === undefined || cell.isStopping) return 'missing';
    const result = cell.deliver(msg);
    if (result === 'rejected') return 'rejected';
    return result === 'dropped-newest' ? 'dropped' : 'ok';
  };

  function tell(id: ActorId, msg: unknown): boolean {
    const result = offer(id, msg);
    if (result === 'missing') totals.deadLetters += 1;
    return result === 'ok';
  }

  const send = (id: ActorId, msg: unknown): void => {
    const result = offer(id, msg);
    if (result === 'missing') {
      totals.deadLetters += 1;
      throw new ActorNotFoundError(id);
    }
    if (result === 'rejected') {
      const mailbox = registrations.get(id)?.opts.mailbox;
      throw new MailboxFullError(id, mailbox?.kind === 'bounded' ? mailbox.capacity : 0);
    }
  };

  /** Children in spawn order: the hierarchy lives in the registrations, so it survives passivation. */
  const childrenOf = (id: ActorId): ActorId[] =>
    [...registrations.entries()].filter(([, r]) => r.parent === id).map(([childId]) => childId);

  /** Stops children (newest first), then the actor. `keep` leaves registrations for re-creation. */
  const stopTree = async (id: ActorId, keep: boolean): Promise<void> => {
    for (const child of childrenOf(id).reverse()) await stopTree(child, keep);
    const cell = cells.get(id);
    if (cell === undefined) {
      if (!keep) registrations.delete(id);
      return;
    }
    const entry = { keep, pending: [] as unknown[] };
    stopping.set(id, entry);
    const discarded = await cell.stop();
    if (discarded > 0) cell.log.warn({ discarded }, 'actor stopped with queued messages');
    cells.delete(id);
    stopping.delete(id);
    if (!keep) registrations.delete(id);
    for (const msg of entry.pending) tell(id, msg);
  };

  const passivate = async (id: ActorId): Promise<void> => {
    cells.get(id)?.log.debug('passivating idle actor');
    await stopTree(id, true);
  };

  const escalate = async (cell: AnyCell, cause: unknown): Promise<void> => {
    totals.failed += 1;
    await stopTree(cell.id, false);
    const error = new ActorFailedError(cell.id, { cause });
    const failure: ChildFailed = { type: 'child.failed', id: cell.id, error };
    if (cell.parent !== null && has(cell.parent)) {
      tell(cell.parent, failure);
    } else if (options.onFailure !== undefined) {
      options.onFailure(cell.id, error);
    } else {
      options.log.error({ err: error, actor: cell.id }, 'root actor failed');
    }
  };

  const has = (id: ActorId): boolean => cells.has(id) || registrations.has(id);

  const stopAll = async (): Promise<void> => {
    const roots = [...registrations.entries()].filter(([, r]) => r.parent === null).map(([id]) => id);
    for (const id of roots.reverse()) await stopTree(id, false);
    for (const id of [...cells.keys()].reverse()) await stopTree(id, false);
    registrations.clear();
  };

  const stats = (): SystemStats => ({
    actors: cells.size,
    passivated: [...registrations.keys()].filter((id) => !cells.has(id)).length,
    deadLetters: totals.deadLetters,
    failed: totals.failed,
    perActor: [...cells.values()].map((c) => c.stats()),
  });

  return {
    spawn: (id, logic, opts) => spawnUnder(null, id, () => logic, opts),
    getOrCreate: (id, factory, opts) => getOrCreateUnder(null, id, factory, opts),
    tell,
    send,
    has,
    stop: (id) => stopTree(id, false),
    stopAll,
    stats,
  };
};
