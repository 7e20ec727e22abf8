/**
 * @module audit/export-format
 * How audit entries are written out, pure: the JSON form (API and NDJSON export, exact: the chain can be
 * verified from it) and CSV (RFC 4180, for spreadsheets: text cells that a spreadsheet would run as a
 * formula get a leading apostrophe, so CSV is for reading, NDJSON for verifying).
 */
import { isoTime, type StoredAuditEntry } from './chain.ts';

export interface AuditEntryJson {
  seq: number;
  at: string;
  action: string;
  actor: string;
  target: string | null;
  details: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

export const entryJson = (e: StoredAuditEntry): AuditEntryJson => ({
  seq: e.seq,
  at: isoTime(e),
  action: e.action,
  actor: e.actor,
  target: e.target,
  details: e.details,
  prevHash: e.prevHash,
  hash: e.hash,
});

/** One NDJSON line, newline included. */
export const ndjsonLine = (e: StoredAuditEntry): string => `${JSON.stringify(entryJson(e))}\n`;

export const CSV_COLUMNS = ['seq', 'at', 'action', 'actor', 'target', 'details', 'prev_hash', 'hash'] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: neutralized if a spreadsheet would take it for a formula, quoted when it needs to be. */
export const csvCell = (value: string): string => {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

const csvRow = (cells: readonly string[]): string => `${cells.map(csvCell).join(',')}\r\n`;

export const csvHeader = (): string => csvRow(CSV_COLUMNS);

/** One CSV record (CRLF included); details as JSON. */
export const csvLine = (e: StoredAuditEntry): string =>
  csvRow([String(e.seq), isoTime(e), e.action, e.actor, e.target ?? '', JSON.stringify(e.details), e.prevHash, e.hash]);
