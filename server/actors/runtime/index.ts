/**
 * @module actors/runtime
 * The actor kernel: logic + mailbox, one message at a time, supervision, passivation, hierarchy by id.
 */
export { createActorSystem, realTimers } from './system.ts';
export type { ActorSystem, ActorSystemOptions } from './system.ts';
export { createMailbox } from './mailbox.ts';
export type { Mailbox, OfferResult } from './mailbox.ts';
export { decideRestart, DEFAULT_SUPERVISION } from './supervision.ts';
export type { RestartDecision } from './supervision.ts';
export {
  ActorExistsError, ActorFailedError, ActorNotFoundError, InvalidActorIdError, MailboxFullError,
} from './errors.ts';
export type * from './types.ts';
