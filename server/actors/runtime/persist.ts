/**
 * @module actors/runtime/persist
 * Saving an actor's newest state with backoff, shared by the actors that keep one record each
 * (an incident, a complaint): a failed save marks the record unsaved (the parent's tick retries those),
 * schedules a retry with a doubling delay, and any change meanwhile waits for that retry, which saves
 * the newest state. At stop, an unsaved record gets one last try.
 */
import type { Logger } from 'pino';

export interface PersistState {
  unsaved: boolean;
  /** A retry is scheduled: it saves the newest state, so changes meanwhile wait for it. */
  retryScheduled: boolean;
  retryMs: number;
}

export const FIRST_RETRY_MS = 1000;
export const MAX_RETRY_MS = 60_000;

/** The persistence state of an actor starting up: unsaved if its record was left unsaved. */
export const freshPersist = (unsaved: boolean): PersistState => ({ unsaved, retryScheduled: false, retryMs: FIRST_RETRY_MS });

export interface PersistDeps<T> {
  id: string;
  /** What it is, for the logs ("incident", "complaint"). */
  what: string;
  save: (item: T) => Promise<void>;
  /** The ids of records whose newest state is not saved yet. */
  unsaved: Set<string>;
  onFailure: () => void;
  /** Schedules the actor's own `persist` message after `ms`. */
  retryIn: (ms: number) => void;
  log: Logger;
}

/** Saves `item` (the newest state); on failure marks it unsaved and schedules a retry. */
export async function persistNewest<S extends PersistState, T>(state: S, item: T | null, d: PersistDeps<T>): Promise<S> {
  if (item === null) return { ...state, unsaved: false };
  try {
    await d.save(item);
    d.unsaved.delete(d.id);
    return { ...state, unsaved: false, retryMs: FIRST_RETRY_MS };
  } catch (err) {
    d.onFailure();
    d.unsaved.add(d.id);
    d.log.error({ err, retryMs: state.retryMs }, `could not save ${d.what}; will retry`);
    d.retryIn(state.retryMs);
    return { ...state, unsaved: true, retryScheduled: true, retryMs: Math.min(MAX_RETRY_MS, state.retryMs * 2) };
  }
}

/** After a change: saves at once, unless a retry is scheduled (which will save this newest state). */
export async function persistChange<S extends PersistState, T>(state: S, item: T, d: PersistDeps<T>): Promise<S> {
  if (!state.retryScheduled) return persistNewest(state, item, d);
  d.unsaved.add(d.id);
  return { ...state, unsaved: true };
}

/** One last save of an unsaved record when the actor stops. */
export async function saveAtStop<T>(state: PersistState, item: T | null, d: Pick<PersistDeps<T>, 'id' | 'what' | 'save' | 'unsaved' | 'log'>): Promise<void> {
  if (!state.unsaved || item === null) return;
  try {
    await d.save(item);
    d.unsaved.delete(d.id);
  } catch (err) {
    d.log.error({ err }, `${d.what} left unsaved at stop`);
  }
}
