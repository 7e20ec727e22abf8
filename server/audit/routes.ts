/**
 * @module audit/routes
 * /api/v1/audit — the audit log for the auditor role: list (filters, keyset pages), export (streamed
 * NDJSON or CSV; each export is itself recorded as `audit.exported`) and verify (the hash chain).
 * The routes check the role themselves as well as through the central policy layer.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Principal, UserPrincipal } from '../contracts/access.ts';
import { invalidRequest, ProblemError } from '../http/problem.ts';
import type { AuditFilter, AuditLog } from './audit-log.ts';
import { entryJson } from './export-format.ts';
import { exportRoute, listRoute, verifyRoute } from './routes-api.ts';

/** What the audit routes need: the log, and who is asking (resolved by the access middleware). */
export interface AuditRouteDeps {
  audit: Pick<AuditLog, 'list' | 'exportNdjson' | 'exportCsv' | 'verify' | 'record'>;
  principalOf(c: Context): Principal;
  now?: () => number;
}

const auditorOf = (deps: AuditRouteDeps, c: Context): UserPrincipal => {
  const p = deps.principalOf(c);
  if (p.kind === 'user' && p.role === 'auditor') return p;
  throw new ProblemError(403, 'forbidden', 'Forbidden', 'the audit log is readable by the auditor role only');
};

const filterOf = (q: { from?: string | undefined; to?: string | undefined; action?: AuditFilter['action'] | undefined; actor?: string | undefined }): AuditFilter => {
  const f: AuditFilter = {
    ...(q.from === undefined ? {} : { from: new Date(q.from) }),
    ...(q.to === undefined ? {} : { to: new Date(q.to) }),
    ...(q.action === undefined ? {} : { action: q.action }),
    ...(q.actor === undefined ? {} : { actor: q.actor }),
  };
  if (f.from && f.to && f.from > f.to) throw invalidRequest([{ path: ['from'], message: 'must not be after `to`' }], 'query');
  return f;
};

/** The lines of `source` as a byte stream that pulls one line per read (backpressure). */
const byteStream = (source: AsyncIterable<string>): ReadableStream<Uint8Array> => {
  const it = source[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await it.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await it.return?.();
    },
  });
};

const NO_STORE = { 'cache-control': 'no-store' };

const FORMATS = {
  ndjson: { type: 'application/x-ndjson; charset=utf-8', ext: 'ndjson' },
  csv: { type: 'text/csv; charset=utf-8', ext: 'csv' },
} as const;

export function registerAuditRoutes(app: OpenAPIHono, deps: AuditRouteDeps): void {
  const now = deps.now ?? Date.now;

  app.openapi(listRoute, async (c) => {
    auditorOf(deps, c);
    const q = c.req.valid('query');
    const page = await deps.audit.list({ ...filterOf(q), limit: q.limit, order: q.order, ...(q.after === undefined ? {} : { after: q.after }) });
    return c.json({ entries: page.entries.map(entryJson), next: page.next }, 200, NO_STORE);
  });

  app.openapi(exportRoute, async (c) => {
    const who = auditorOf(deps, c);
    const { format, ...rest } = c.req.valid('query');
    const filter = filterOf(rest);
    await deps.audit.record({ action: 'audit.exported', actor: `user:${who.login}`, target: 'audit_log', details: { format, ...rest } });
    const lines = format === 'csv' ? deps.audit.exportCsv(filter) : deps.audit.exportNdjson(filter);
    const stamp = new Date(now()).toISOString().replaceAll(':', '').slice(0, 17);
    return c.body(byteStream(lines), 200, {
      'content-type': FORMATS[format].type,
      'content-disposition': `attachment; filename="audit-${stamp}Z.${FORMATS[format].ext}"`,
      ...NO_STORE,
    });
  });

  app.openapi(verifyRoute, async (c) => {
    auditorOf(deps, c);
    return c.json(await deps.audit.verify(), 200, NO_STORE);
  });
}
