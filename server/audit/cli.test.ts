import test from 'ava';
import { nextEntry, verifyChain, type StoredAuditEntry } from './chain.ts';
import { describeResult, parseAuditArgs, runAuditCommand, UsageError, type AuditCliIo } from './cli.ts';
import { ndjsonLine } from './export-format.ts';
import type { AuditEvent } from './port.ts';
import type { AuditFilter } from './audit-log.ts';

test('parses verify and export, with filters', (t) => {
  t.deepEqual(parseAuditArgs(['verify']), { kind: 'verify', json: false });
  t.deepEqual(parseAuditArgs(['verify', '--json']), { kind: 'verify', json: true });
  t.deepEqual(parseAuditArgs([]), { kind: 'help' });
  t.deepEqual(parseAuditArgs(['export', '--help']), { kind: 'help' });
  t.deepEqual(parseAuditArgs(['export', '--format', 'csv']), { kind: 'export', format: 'csv', filter: {} });
  t.deepEqual(
    parseAuditArgs(['export', '--format=ndjson', '--from', '2026-11-01', '--to', '2026-11-02T00:00:00+09:00', '--action', 'camera.viewed', '--actor', 'user:park']),
    { kind: 'export', format: 'ndjson', filter: { from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-11-01T15:00:00Z'), action: 'camera.viewed', actor: 'user:park' } },
  );
});

test('bad input is a usage error that says what is wrong', (t) => {
  const bad: [string[], RegExp][] = [
    [['export'], /--format must be ndjson or csv/],
    [['export', '--format', 'xml'], /--format/],
    [['export', '--format', 'csv', '--from', 'yesterday'], /--from must be an ISO 8601/],
    [['export', '--format', 'csv', '--from', '2026-11-02', '--to', '2026-11-01'], /not be after/],
    [['export', '--format', 'csv', '--action', 'nothing'], /--action must be one of/],
    [['verify', '--from', '2026-11-01'], /only --json/],
    [['verify', 'extra'], /unexpected argument/],
    [['delete'], /unknown command/],
    [['verify', '--force'], /Unknown option/],
  ];
  for (const [argv, message] of bad) t.throws(() => parseAuditArgs(argv), { instanceOf: UsageError, message }, argv.join(' '));
});

const io = (entries: StoredAuditEntry[]) => {
  const out: string[] = [];
  const recorded: AuditEvent[] = [];
  const filters: AuditFilter[] = [];
  const value: AuditCliIo = {
    actor: 'cli:ops',
    write: async (chunk) => void out.push(chunk),
    audit: {
      verify: async () => verifyChain(entries),
      record: async (e) => void recorded.push(e),
      exportNdjson: async function* (f = {}) {
        filters.push(f);
        for (const e of entries) yield ndjsonLine(e);
      },
      exportCsv: async function* () {
        yield 'header\r\n';
      },
    },
  };
  return { io: value, out, recorded, filters };
};

const chain = (n: number): StoredAuditEntry[] => {
  const out: StoredAuditEntry[] = [];
  for (let i = 0; i < n; i++) out.push(nextEntry(out.at(-1) ?? null, { at: new Date(0), action: 'wall.command', actor: 'user:mayor', target: null, details: { i } }));
  return out;
};

test('verify exits 0 when intact and 1 naming the first broken seq', async (t) => {
  const entries = chain(4);
  const ok = io(entries);
  t.is(await runAuditCommand({ kind: 'verify', json: false }, ok.io), 0);
  t.deepEqual(ok.out, [`audit log intact: 4 entries, head ${entries[3]?.hash}\n`]);
  entries[2] = { ...(entries[2] as StoredAuditEntry), details: { i: 99 } };
  const bad = io(entries);
  t.is(await runAuditCommand({ kind: 'verify', json: false }, bad.io), 1);
  t.regex(bad.out[0] ?? '', /^audit log TAMPERED: the chain breaks at seq 3 \(changed\): entry 3 was changed/);
  const json = io(entries);
  t.is(await runAuditCommand({ kind: 'verify', json: true }, json.io), 1);
  t.like(JSON.parse(json.out[0] ?? '{}'), { ok: false, seq: 3, kind: 'changed' });
  t.is(describeResult({ ok: false, seq: 9, kind: 'deleted', reason: 'gone' }), 'audit log TAMPERED: the chain breaks at seq 9 (deleted): gone');
});

test('export records who exported what, then writes every line', async (t) => {
  const entries = chain(3);
  const x = io(entries);
  const from = new Date('2026-11-01T00:00:00Z');
  t.is(await runAuditCommand({ kind: 'export', format: 'ndjson', filter: { from, action: 'wall.command' } }, x.io), 0);
  t.deepEqual(x.recorded, [
    { action: 'audit.exported', actor: 'cli:ops', target: 'audit_log', details: { format: 'ndjson', via: 'cli', from: from.toISOString(), action: 'wall.command' } },
  ]);
  t.deepEqual(x.filters, [{ from, action: 'wall.command' }]);
  t.deepEqual(x.out, entries.map(ndjsonLine));
  const c = io(entries);
  await runAuditCommand({ kind: 'export', format: 'csv', filter: {} }, c.io);
  t.deepEqual(c.out, ['header\r\n']);
});
