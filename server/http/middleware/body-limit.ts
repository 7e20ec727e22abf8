/**
 * @module http/middleware/body-limit
 * Request size limits (hono/body-limit): a body larger than the limit is refused with a 413
 * problem before any route reads it, whether it declares its length or streams in chunks.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ProblemError } from '../problem.ts';

/** The largest JSON body the API reads: layouts are the biggest, at a few KiB. */
export const API_BODY_LIMIT_BYTES = 256 * 1024;

export function requestBodyLimit(maxBytes: number = API_BODY_LIMIT_BYTES): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) => {
      const p = new ProblemError(413, 'payload-too-large', 'Request body too large', `the body may be at most ${maxBytes} bytes`);
      return c.json(p.toProblem(c.req.path), 413, { 'content-type': 'application/problem+json' });
    },
  });
}
