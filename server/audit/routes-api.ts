/**
 * @module audit/routes-api
 * The OpenAPI description of /api/v1/audit: list, export and verify (handlers in routes.ts).
 */
import { createRoute, z } from '@hono/zod-openapi';
import { AUDIT_ACTIONS } from '../contracts/access.ts';
import { ProblemSchema, problemResponses } from '../http/problem.ts';
import { DEFAULT_LIST_LIMIT, MAX_LIST_LIMIT } from './audit-log.ts';

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ProblemSchema } } });

const refused = {
  ...problemResponses,
  403: problem('Only the auditor role reads the audit log'),
} as const;

const FilterQuery = z.object({
  from: z.iso
    .datetime({ offset: true })
    .optional()
    .openapi({ param: { name: 'from', in: 'query' }, description: 'entries at or after this time (ISO 8601)', example: '2026-11-01T00:00:00+09:00' }),
  to: z.iso
    .datetime({ offset: true })
    .optional()
    .openapi({ param: { name: 'to', in: 'query' }, description: 'entries before this time (ISO 8601)', example: '2026-12-01T00:00:00+09:00' }),
  action: z.enum(AUDIT_ACTIONS).optional().openapi({ param: { name: 'action', in: 'query' }, example: 'auth.sign-in-failed' }),
  actor: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .openapi({ param: { name: 'actor', in: 'query' }, description: '`user:<login>`, `key:<id>`, `anonymous`, `system`, `cli:<user>`', example: 'user:kim.minsu' }),
});

export const ListQuery = FilterQuery.extend({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_LIST_LIMIT)
    .default(DEFAULT_LIST_LIMIT)
    .openapi({ param: { name: 'limit', in: 'query' }, example: DEFAULT_LIST_LIMIT }),
  after: z.coerce
    .number()
    .int()
    .min(0)
    .optional()
    .openapi({ param: { name: 'after', in: 'query' }, description: 'the `next` of the previous page' }),
  order: z.enum(['asc', 'desc']).default('asc').openapi({ param: { name: 'order', in: 'query' }, description: 'by seq: oldest (asc) or newest (desc) first' }),
});

export const ExportQuery = FilterQuery.extend({
  format: z.enum(['ndjson', 'csv']).default('ndjson').openapi({ param: { name: 'format', in: 'query' }, description: 'NDJSON is exact (verifiable); CSV is for spreadsheets' }),
});

export const AuditEntrySchema = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    action: z.string(),
    actor: z.string(),
    target: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
    prevHash: z.string().openapi({ description: 'hash of the previous entry (64 zeros for the first)' }),
    hash: z.string().openapi({ description: 'SHA-256 hex of prevHash, a newline and the canonical JSON of the entry' }),
  })
  .openapi('AuditEntry');

const PageSchema = z.object({
  entries: z.array(AuditEntrySchema),
  next: z.number().int().nullable().openapi({ description: 'pass as `after` for the next page; null on the last page' }),
});

export const VerifyResultSchema = z
  .union([
    z.object({ ok: z.literal(true), count: z.number().int(), head: z.string().openapi({ description: 'hash of the last entry' }) }),
    z.object({
      ok: z.literal(false),
      seq: z.number().int().openapi({ description: 'the first entry where the chain breaks' }),
      kind: z.enum(['changed', 'deleted', 'reordered']),
      reason: z.string(),
    }),
  ])
  .openapi('AuditVerifyResult');

export const listRoute = createRoute({
  method: 'get',
  path: '/api/v1/audit',
  tags: ['audit'],
  summary: 'Audit log entries by seq, filtered and paged (auditor only)',
  request: { query: ListQuery },
  responses: { 200: { description: 'One page of entries', content: { 'application/json': { schema: PageSchema } } }, ...refused },
});

export const exportRoute = createRoute({
  method: 'get',
  path: '/api/v1/audit/export',
  tags: ['audit'],
  summary: 'The matching audit entries as a streamed NDJSON or CSV file (auditor only; the export is itself audited)',
  request: { query: ExportQuery },
  responses: {
    200: {
      description: 'One entry per line, oldest first',
      content: { 'application/x-ndjson': { schema: z.string() }, 'text/csv': { schema: z.string() } },
    },
    ...refused,
  },
});

export const verifyRoute = createRoute({
  method: 'get',
  path: '/api/v1/audit/verify',
  tags: ['audit'],
  summary: 'Checks the hash chain of the whole log: intact, or the first entry changed, missing or moved (auditor only)',
  responses: { 200: { description: 'The verification result', content: { 'application/json': { schema: VerifyResultSchema } } }, ...refused },
});
