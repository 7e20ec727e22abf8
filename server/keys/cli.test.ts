import test from 'ava';
import { memoryAuditSink, type AuditSink } from '../audit/port.ts';
import { parseKeysArgs, runKeysCommand, UsageError, type KeysCommand } from './cli.ts';
import { createMemoryKeyStore } from './memory.ts';

const NOW = Date.parse('2026-11-27T05:20:00Z');
const DAY = 86_400_000;

const usage = (t: import('ava').ExecutionContext, argv: string[], message: RegExp): void => {
  const err = t.throws(() => parseKeysArgs(argv), { instanceOf: UsageError }, argv.join(' '));
  t.regex(err?.message ?? '', message, argv.join(' '));
};

test('parse: create with repeated or comma-separated lists, days, rate; "all" districts', (t) => {
  t.deepEqual(parseKeysArgs(['create', '--name', 'Gangnam board', '--district', '11680', '--resource', 'air', '--access', 'read']), {
    kind: 'create',
    name: 'Gangnam board',
    scope: { districts: ['11680'], resources: ['air'], access: 'read' },
  });
  t.deepEqual(
    parseKeysArgs(['create', '--name', 'n', '--district', '11680,11650', '--district', '11110', '--resource', 'air', '--resource', 'stations', '--access', 'write', '--days', '30', '--rate', '60']),
    { kind: 'create', name: 'n', scope: { districts: ['11110', '11650', '11680'], resources: ['air', 'stations'], access: 'write' }, days: 30, rateLimit: 60 },
  );
  const cmd = parseKeysArgs(['create', '--name', 'n', '--district', 'all', '--resource', 'air', '--access', 'read', '--expires', '2027-01-31']);
  t.like(cmd, { scope: { districts: [] } });
  t.is(cmd.kind === 'create' ? cmd.expiresAt?.toISOString() : '', '2027-01-31T00:00:00.000Z');
});

test('parse: list, revoke, help', (t) => {
  t.deepEqual(parseKeysArgs(['list']), { kind: 'list', json: false });
  t.deepEqual(parseKeysArgs(['list', '--json']), { kind: 'list', json: true });
  t.deepEqual(parseKeysArgs(['revoke', 'key_0123456789abcdef']), { kind: 'revoke', id: 'key_0123456789abcdef' });
  t.deepEqual(parseKeysArgs([]), { kind: 'help' });
  t.deepEqual(parseKeysArgs(['--help']), { kind: 'help' });
});

test('parse: bad input is a UsageError with a clear message', (t) => {
  const base = ['create', '--name', 'n', '--district', '11680', '--resource', 'air', '--access', 'read'];
  usage(t, ['frobnicate'], /unknown command "frobnicate"/);
  usage(t, ['create', '--district', '11680', '--resource', 'air', '--access', 'read'], /--name is required/);
  usage(t, ['create', '--name', 'n', '--resource', 'air', '--access', 'read'], /--district is required/);
  usage(t, ['create', '--name', 'n', '--district', '11680', '--resource', 'air'], /--access must be read or write/);
  usage(t, ['create', '--name', 'n', '--district', '11680', '--access', 'read'], /scope.resources/);
  usage(t, [...base.slice(0, 4), '11999', ...base.slice(5)], /not a Seoul gu code: 11999/);
  usage(t, ['create', '--name', 'n', '--district', 'all,11680', '--resource', 'air', '--access', 'read'], /cannot be combined/);
  usage(t, [...base, '--days', 'ninety'], /--days must be a whole number/);
  usage(t, [...base, '--rate', '-5'], /--rate/);
  usage(t, [...base, '--days', '9', '--expires', '2027-01-01'], /not both/);
  usage(t, [...base, '--expires', 'next week'], /--expires must be an ISO 8601/);
  usage(t, [...base, '--colour', 'red'], /colour/);
  usage(t, ['revoke'], /exactly one key id/);
  usage(t, ['revoke', 'a', 'b'], /exactly one key id/);
  usage(t, ['revoke', 'scpm_abc'], /is not a key id/);
  usage(t, ['list', 'extra'], /extra/);
});

function setup(audit: AuditSink = memoryAuditSink()) {
  const keys = createMemoryKeyStore(() => NOW);
  const out: string[] = [];
  const err: string[] = [];
  const run = (cmd: KeysCommand) => runKeysCommand(cmd, { keys, audit, actor: 'cli:ops', out: (l) => out.push(l), err: (l) => err.push(l) });
  return { keys, audit, out, err, run };
}

test('create prints the key alone on standard output, once, and records it as cli:<user>', async (t) => {
  const { keys, audit, out, err, run } = setup();
  const code = await run(parseKeysArgs(['create', '--name', 'Gangnam board', '--district', '11680', '--resource', 'air', '--access', 'read', '--days', '10']));
  t.is(code, 0);
  t.is(out.length, 1);
  const key = out[0] ?? '';
  t.regex(key, /^scpm_[A-Za-z0-9_-]{43}$/);
  t.regex(err.join('\n'), /created key_[0-9a-f]{16}/);
  t.regex(err.join('\n'), /cannot be shown again/);
  t.false(err.join('\n').includes(key));
  const resolved = await keys.resolve(key);
  t.like(resolved, { ok: true, rateLimit: 600 });
  const [info] = await keys.list();
  t.like(info, { createdBy: 'cli:ops' });
  t.is(info?.expiresAt.getTime(), NOW + 10 * DAY);
  const events = (audit as ReturnType<typeof memoryAuditSink>).events;
  t.deepEqual(events.map((e) => [e.action, e.actor, e.target]), [['key.created', 'cli:ops', info?.id]]);
  t.false(JSON.stringify(events).includes(key));
});

test('a request the store refuses exits 2 and stores nothing', async (t) => {
  const { keys, err, run } = setup();
  const code = await run({ kind: 'create', name: 'n', scope: { districts: ['11680'], resources: ['air'], access: 'read' }, days: 400 });
  t.is(code, 2);
  t.regex(err.join('\n'), /invalid key request: days/);
  t.deepEqual(await keys.list(), []);
});

test('list shows every key without the key; revoke records once; unknown ids exit 1', async (t) => {
  const { audit, out, err, run } = setup();
  await run(parseKeysArgs(['create', '--name', 'city', '--district', 'all', '--resource', 'air', '--access', 'read']));
  const key = out.pop() ?? '';
  await run({ kind: 'list', json: false });
  t.is(out.length, 1);
  t.regex(out[0] ?? '', /^key_[0-9a-f]{16} {2}scpm_.{7} {2}active .*districts=all {2}resources=air {2}600\/min .*"city"$/);
  t.false((out[0] ?? '').includes(key));
  const id = (out[0] ?? '').slice(0, 20);
  t.is(await run({ kind: 'revoke', id }), 0);
  t.is(await run({ kind: 'revoke', id }), 0);
  t.regex(err.at(-1) ?? '', /already revoked/);
  t.is(await run({ kind: 'revoke', id: 'key_0000000000000000' }), 1);
  const events = (audit as ReturnType<typeof memoryAuditSink>).events;
  t.deepEqual(events.map((e) => e.action), ['key.created', 'key.revoked']);
  out.length = 0;
  await run({ kind: 'list', json: true });
  const listed = JSON.parse(out.join('\n'));
  t.like(listed[0], { id, status: 'revoked' });
  t.false(out.join('\n').includes(key));
});
