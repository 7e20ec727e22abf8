/**
 * @module actors/runtime/types
 * The shapes of the actor kernel: an actor is a piece of logic (init, receive, stop) plus a mailbox.
 * The kernel calls `receive` with one message at a time and awaits it before the next one.
 * Actor ids follow `kind:key` (`district:11680`); messages are plain values, a union on `type`.
 */
import type { Logger } from 'pino';

export type ActorId = string;

/** A typed handle on an actor: its id and a `tell` that accepts only the actor's messages. */
export interface ActorRef<Msg> {
  readonly id: ActorId;
  /** Same contract as `ActorSystem.tell`. */
  tell(msg: Msg): boolean;
}

/** The logic of one actor kind. The kernel owns the state; each call returns the next one. */
export interface ActorLogic<Msg, State> {
  init(ctx: ActorContext<Msg>): State | Promise<State>;
  receive(state: State, msg: Msg, ctx: ActorContext<Msg>): State | Promise<State>;
  /** Runs when the actor stops for good or is passivated: the place to persist. */
  stop?(state: State, ctx: ActorContext<Msg>): void | Promise<void>;
}

/** What an actor sees of the world while it runs. */
export interface ActorContext<Msg> {
  readonly self: ActorId;
  readonly parent: ActorId | null;
  readonly log: Logger;
  now(): number;
  /** Tells any actor by id (see `ActorSystem.tell`). */
  tell(id: ActorId, msg: unknown): boolean;
  /** Spawns a child: it stops before this actor and its failure reaches this actor as `child.failed`. */
  spawn<M, S>(id: ActorId, logic: ActorLogic<M, S>, opts?: SpawnOptions<M>): ActorRef<M>;
  /** Returns the child with this id, creating it from `factory` when it does not exist. */
  getOrCreate<M, S>(id: ActorId, factory: () => ActorLogic<M, S>, opts?: SpawnOptions<M>): ActorRef<M>;
  /** Tells this actor `msg` after `delayMs`; returns a cancel function. Pending timers die with the actor. */
  schedule(msg: Msg, delayMs: number): () => void;
}

/** The message a parent receives when a child stopped after exhausting its restarts. */
export interface ChildFailed {
  type: 'child.failed';
  id: ActorId;
  error: Error;
}

export type OverflowPolicy = 'drop-oldest' | 'drop-newest' | 'reject';

export type MailboxSpec<Msg> =
  | { kind: 'unbounded' }
  | { kind: 'bounded'; capacity: number; overflow: OverflowPolicy }
  /** A newer message with the same key replaces the queued one in place; `undefined` keys never coalesce. */
  | { kind: 'coalescing'; key: (msg: Msg) => string | undefined };

export interface SupervisionOptions {
  /** First restart delay, doubled on each further restart within the window. */
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** Restarts allowed within `windowMs`; one more failure stops the actor and escalates. */
  maxRestarts: number;
  windowMs: number;
}

export interface SpawnOptions<Msg> {
  mailbox?: MailboxSpec<Msg>;
  supervision?: Partial<SupervisionOptions>;
  /** Stop (passivate) the actor after this long without messages; re-created on the next tell. */
  idleMs?: number;
  /** Messages per drain before yielding to the event loop; defaults to the system's throughput. */
  throughput?: number;
}

/** Timer functions, injectable so tests can drive time. */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Runs `fn` after pending I/O: the fairness yield between drains. */
  yieldThen(fn: () => void): void;
}

export interface ActorStats {
  id: ActorId;
  parent: ActorId | null;
  queued: number;
  processed: number;
  dropped: number;
  rejected: number;
  coalesced: number;
  restarts: number;
  status: 'starting' | 'running' | 'backoff' | 'stopping';
}

export interface SystemStats {
  actors: number;
  passivated: number;
  deadLetters: number;
  failed: number;
  perActor: ActorStats[];
}
