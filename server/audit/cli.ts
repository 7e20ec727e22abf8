/**
 * @module audit/cli
 * The `npm run audit:verify` / `tsx scripts/audit.ts` command, without its I/O: parse the arguments
 * (bad input is a `UsageError`, exit 2), then verify the chain (exit 0 intact, 1 tampered, naming the
 * first broken seq and why) or export entries as NDJSON or CSV (recorded as `audit.exported`).
 */
import { parseArgs } from 'node:util';
import { AuditActionSchema } from '../contracts/access.ts';
import type { AuditFilter, AuditLog } from './audit-log.ts';
import type { VerifyResult } from './chain.ts';
import { parseCommandLine, UsageError } from '../cli/usage.ts';

export { UsageError };

export const AUDIT_USAGE = `usage:
  tsx scripts/audit.ts verify [--json]
  tsx scripts/audit.ts export --format ndjson|csv [--from ISO] [--to ISO] [--action ACTION] [--actor ACTOR]
verify exits 0 when the chain is intact and 1 when it is not; export writes to standard output.`;

export type AuditCommand =
  | { kind: 'verify'; json: boolean }
  | { kind: 'export'; format: 'ndjson' | 'csv'; filter: AuditFilter }
  | { kind: 'help' };

const OPTIONS = {
  json: { type: 'boolean' },
  format: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  action: { type: 'string' },
  actor: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const instant = (flag: string, value: string | undefined): Date | undefined => {
  if (value === undefined) return undefined;
  const at = new Date(value);
  if (!ISO.test(value) || Number.isNaN(at.getTime())) throw new UsageError(`--${flag} must be an ISO 8601 date or time, not "${value}"`);
  return at;
};

function parseFilter(values: { from?: string; to?: string; action?: string; actor?: string }): AuditFilter {
  const from = instant('from', values.from);
  const to = instant('to', values.to);
  if (from && to && from > to) throw new UsageError('--from must not be after --to');
  const action = values.action === undefined ? undefined : AuditActionSchema.safeParse(values.action);
  if (action && !action.success) throw new UsageError(`--action must be one of ${AuditActionSchema.options.join(', ')}`);
  return {
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    ...(action?.data === undefined ? {} : { action: action.data }),
    ...(values.actor === undefined ? {} : { actor: values.actor }),
  };
}

export function parseAuditArgs(argv: readonly string[]): AuditCommand {
  const { values, positionals } = parseCommandLine(() => parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: true }));
  const [command, ...extra] = positionals;
  if (values.help || command === 'help' || command === undefined) return { kind: 'help' };
  if (extra.length > 0) throw new UsageError(`unexpected argument: ${extra.join(' ')}`);
  if (command === 'verify') {
    if (values.format ?? values.from ?? values.to ?? values.action ?? values.actor) throw new UsageError('verify checks the whole log and takes only --json');
    return { kind: 'verify', json: values.json ?? false };
  }
  if (command !== 'export') throw new UsageError(`unknown command: ${command}`);
  if (values.json) throw new UsageError('--json is for verify; use --format ndjson');
  if (values.format !== 'ndjson' && values.format !== 'csv') throw new UsageError('--format must be ndjson or csv');
  return { kind: 'export', format: values.format, filter: parseFilter(values) };
}

export interface AuditCliIo {
  audit: Pick<AuditLog, 'verify' | 'exportNdjson' | 'exportCsv' | 'record'>;
  /** `cli:<os user>`. */
  actor: string;
  /** Writes to standard output; resolves when it may be called again (backpressure). */
  write(chunk: string): Promise<void>;
}

export const describeResult = (r: VerifyResult): string =>
  r.ok
    ? `audit log intact: ${r.count} entries, head ${r.head}`
    : `audit log TAMPERED: the chain breaks at seq ${r.seq} (${r.kind}): ${r.reason}`;

export async function runAuditCommand(command: Exclude<AuditCommand, { kind: 'help' }>, io: AuditCliIo): Promise<number> {
  if (command.kind === 'verify') {
    const result = await io.audit.verify();
    await io.write(`${command.json ? JSON.stringify(result) : describeResult(result)}\n`);
    return result.ok ? 0 : 1;
  }
  const { format, filter } = command;
  const details = { format, via: 'cli', ...Object.fromEntries(Object.entries(filter).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v])) };
  await io.audit.record({ action: 'audit.exported', actor: io.actor, target: 'audit_log', details });
  for await (const line of format === 'csv' ? io.audit.exportCsv(filter) : io.audit.exportNdjson(filter)) await io.write(line);
  return 0;
}
