/**
 * @module http/problem
 * RFC 9457 problem details: one error type, translated once in `onError`.
 */
import { z } from '@hono/zod-openapi';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: '/problems/invalid-request' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');
export type Problem = z.infer<typeof ProblemSchema>;

export class ProblemError extends Error {
  override name = 'ProblemError';
  constructor(
    readonly status: ContentfulStatusCode,
    readonly slug: string,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: { field: string; message: string }[],
    options?: ErrorOptions,
  ) {
    super(detail ?? title, options);
  }

  toProblem(instance: string): Problem {
    return {
      type: this.slug === 'about:blank' ? 'about:blank' : `/problems/${this.slug}`,
      title: this.title,
      status: this.status,
      ...(this.detail === undefined ? {} : { detail: this.detail }),
      instance,
      ...(this.errors === undefined ? {} : { errors: this.errors }),
    };
  }
}

/** A 400 naming each offending field. */
export function invalidRequest(issues: readonly { path: PropertyKey[]; message: string }[], where: string): ProblemError {
  const errors = issues.map((i) => ({ field: i.path.map(String).join('.') || where, message: i.message }));
  const detail = errors.map((e) => `${e.field}: ${e.message}`).join('; ');
  return new ProblemError(400, 'invalid-request', 'The request is not valid', detail, errors);
}

export const notFound = (what: string): ProblemError => new ProblemError(404, 'not-found', 'Not found', what);

export const problemResponses = {
  400: { description: 'Invalid request', content: { 'application/problem+json': { schema: ProblemSchema } } },
  404: { description: 'Not found', content: { 'application/problem+json': { schema: ProblemSchema } } },
} as const;
