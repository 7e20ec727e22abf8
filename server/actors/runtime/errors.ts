/**
 * @module actors/runtime/errors
 * One error class per failure kind of the actor kernel, each with a `name` and an optional `cause`.
 */
import type { ActorId } from './types.ts';

/** No actor with this id is running and none is registered for re-creation. */
export class ActorNotFoundError extends Error {
  override readonly name = 'ActorNotFoundError';
  readonly actorId: ActorId;
  constructor(actorId: ActorId, options?: { cause?: unknown }) {
    super(`no actor with id ${actorId}`, options);
    this.actorId = actorId;
  }
}

/** A bounded mailbox with the 'reject' policy is full. */
export class MailboxFullError extends Error {
  override readonly name = 'MailboxFullError';
  readonly actorId: ActorId;
  readonly capacity: number;
  constructor(actorId: ActorId, capacity: number, options?: { cause?: unknown }) {
    super(`mailbox of ${actorId} is full (capacity ${capacity})`, options);
    this.actorId = actorId;
    this.capacity = capacity;
  }
}

/** `spawn` was asked for an id that is already running. */
export class ActorExistsError extends Error {
  override readonly name = 'ActorExistsError';
  readonly actorId: ActorId;
  constructor(actorId: ActorId, options?: { cause?: unknown }) {
    super(`an actor with id ${actorId} already exists`, options);
    this.actorId = actorId;
  }
}

/** An actor id that does not follow `kind:key`. */
export class InvalidActorIdError extends Error {
  override readonly name = 'InvalidActorIdError';
  constructor(actorId: string, options?: { cause?: unknown }) {
    super(`actor ids follow kind:key, got ${JSON.stringify(actorId)}`, options);
  }
}

/** Wraps whatever a failing actor threw, so that escalation always carries an `Error`. */
export class ActorFailedError extends Error {
  override readonly name = 'ActorFailedError';
  readonly actorId: ActorId;
  constructor(actorId: ActorId, options: { cause: unknown }) {
    super(`actor ${actorId} failed and exhausted its restarts`, options);
    this.actorId = actorId;
  }
}
