/**
 * @module actors/runtime/testing
 * Helpers for actor tests: a silent logger and polling until a condition holds.
 */
import { pino, type Logger } from 'pino';

export const silentLog = (): Logger => pino({ level: 'silent' });

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `cond` every few ms; rejects after `timeoutMs` so a failing test ends quickly. */
export const waitFor = async (cond: () => boolean, timeoutMs = 2000): Promise<void> => {
  const until = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > until) throw new Error(`condition not met within ${timeoutMs} ms`);
    await sleep(2);
  }
};

/** A promise with its resolve exposed: lets a test hold an async `receive` open. */
export const gate = (): { promise: Promise<void>; open: () => void } => {
  let open = (): void => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
};
