/**
 * @module audit/memory-log
 * The audit log in memory, with the store's interface and semantics (chain, filters, keyset pages,
 * exports, verify): for route tests and API tests on in-memory ports. `entries` is exposed so a test
 * can tamper with it.
 */
import { createChainVerifier, nextEntry, storableDetails, storableText, type StoredAuditEntry } from './chain.ts';
import { DEFAULT_LIST_LIMIT, MAX_LIST_LIMIT, type AuditFilter, type AuditLog } from './audit-log.ts';
import { csvHeader, csvLine, ndjsonLine } from './export-format.ts';

const matches = (e: StoredAuditEntry, f: AuditFilter): boolean =>
  (f.from === undefined || e.at >= f.from) &&
  (f.to === undefined || e.at < f.to) &&
  (f.action === undefined || e.action === f.action) &&
  (f.actor === undefined || e.actor === f.actor);

async function* lines(items: StoredAuditEntry[], line: (e: StoredAuditEntry) => string, header?: string): AsyncGenerator<string> {
  if (header !== undefined) yield header;
  for (const e of items) yield line(e);
}

export function memoryAuditLog(now: () => number = Date.now): AuditLog & { entries: StoredAuditEntry[] } {
  const entries: StoredAuditEntry[] = [];
  const append: AuditLog['append'] = async (event) => {
    const last = entries.at(-1);
    const entry = nextEntry(last ? { seq: last.seq, hash: last.hash } : null, {
      at: new Date(now()),
      action: event.action,
      actor: storableText(event.actor),
      target: event.target === undefined ? null : storableText(event.target),
      details: storableDetails(event.details),
    });
    entries.push(entry);
    return entry;
  };
  const sorted = (f: AuditFilter) => entries.filter((e) => matches(e, f)).sort((a, b) => a.seq - b.seq);
  return {
    entries,
    append,
    async record(event) {
      await append(event);
    },
    async list(q = {}) {
      const limit = Math.min(Math.max(1, Math.trunc(q.limit ?? DEFAULT_LIST_LIMIT)), MAX_LIST_LIMIT);
      const asc = q.order !== 'desc';
      const ordered = asc ? sorted(q) : sorted(q).reverse();
      const after = q.after;
      const found = ordered.filter((e) => after === undefined || (asc ? e.seq > after : e.seq < after)).slice(0, limit);
      return { entries: found, next: found.length === limit ? (found.at(-1)?.seq ?? null) : null };
    },
    exportNdjson: (f = {}) => lines(sorted(f), ndjsonLine),
    exportCsv: (f = {}) => lines(sorted(f), csvLine, csvHeader()),
    async verify() {
      const v = createChainVerifier();
      for (const e of [...entries].sort((a, b) => a.seq - b.seq)) if (v.push(e)) break;
      return v.result();
    },
  };
}
