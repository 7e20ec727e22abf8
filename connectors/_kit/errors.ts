/**
 * @module connectors/kit/errors
 * One error class per failure kind; the kind decides whether a run is retried.
 */

/** A transient failure (network, 5xx, source busy): retry with backoff. */
export class FetchError extends Error {
  override name = 'FetchError';
}

/** The source refuses us for good (bad key, endpoint gone, bad request): do not retry. */
export class UnrecoverableSourceError extends Error {
  override name = 'UnrecoverableSourceError';
}

/** The source asks us to slow down; try again after `retryAfterMs`. */
export class RateLimitedError extends Error {
  override name = 'RateLimitedError';
  readonly retryAfterMs: number;
  constructor(retryAfterMs: number, message = `rate limited, retry after ${retryAfterMs} ms`, options?: { cause?: unknown }) {
    super(message, options);
    this.retryAfterMs = Math.max(0, Math.round(retryAfterMs));
  }
}

/** A fetched page that cannot be read at all (not JSON, unknown envelope). */
export class ParseError extends Error {
  override name = 'ParseError';
}

/** Thrown by `normalize` for one record that must go to quarantine (e.g. an unknown station). */
export class RecordRejectedError extends Error {
  override name = 'RecordRejectedError';
}

export type FailureClass = { kind: 'retry' } | { kind: 'unrecoverable' } | { kind: 'rate-limited'; retryAfterMs: number };

/** How a scheduler must treat a failed run. Unknown errors are retried like transient ones. */
export const classifyFailure = (err: unknown): FailureClass => {
  if (err instanceof UnrecoverableSourceError) return { kind: 'unrecoverable' };
  if (err instanceof RateLimitedError) return { kind: 'rate-limited', retryAfterMs: err.retryAfterMs };
  return { kind: 'retry' };
};

/** A one-line description of any thrown value, for run records and logs. */
export const describeError = (err: unknown): string => {
  if (err instanceof Error) return `${err.name}: ${err.message}`;
  return String(err);
};
