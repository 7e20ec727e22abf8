import test from 'ava';
import type { KeyScope } from '../contracts/access.ts';
import { hashKey } from './key-material.ts';
import type { ApiKeyRecord } from './port.ts';
import { auditDetails, expiryOf, judgeKey, KeyRequestError, planKey, shouldTouch, statusOf, toInfo, validateScope } from './rules.ts';

const NOW = Date.parse('2026-11-27T05:20:00Z');
const DAY = 86_400_000;
const scope: KeyScope = { districts: ['11680'], resources: ['air'], access: 'read' };

const issuesOf = (t: import('ava').ExecutionContext, fn: () => unknown): { field: string; message: string }[] => {
  const err = t.throws(fn, { instanceOf: KeyRequestError });
  return err?.issues ?? [];
};

test('scope: deduplicated and sorted; no districts means the whole city', (t) => {
  t.deepEqual(validateScope({ districts: ['11680', '11110', '11680'], resources: ['stations', 'air', 'air'], access: 'write' }), {
    districts: ['11110', '11680'],
    resources: ['air', 'stations'],
    access: 'write',
  });
  t.deepEqual(validateScope({ districts: [], resources: ['air'], access: 'read' }).districts, []);
});

test('scope: wrong forms are refused field by field', (t) => {
  t.deepEqual(issuesOf(t, () => validateScope({ districts: ['1168'], resources: ['air'], access: 'read' })).map((i) => i.field), ['scope.districts.0']);
  t.deepEqual(issuesOf(t, () => validateScope({ districts: [], resources: [], access: 'read' })).map((i) => i.field), ['scope.resources']);
  t.deepEqual(issuesOf(t, () => validateScope({ districts: [], resources: ['Air!'], access: 'read' })).map((i) => i.field), ['scope.resources.0']);
  t.deepEqual(issuesOf(t, () => validateScope({ districts: [], resources: ['air'], access: 'admin' })).map((i) => i.field), ['scope.access']);
  t.deepEqual(issuesOf(t, () => validateScope(null)).map((i) => i.field), ['scope']);
});

test('scope: districts must be Seoul gu; resources are checked when the caller lists them', (t) => {
  const [issue] = issuesOf(t, () => validateScope({ districts: ['11680', '11999'], resources: ['air'], access: 'read' }));
  t.like(issue, { field: 'scope.districts', message: 'not a Seoul gu code: 11999' });
  t.notThrows(() => validateScope({ districts: ['11999'], resources: ['air'], access: 'read' }, { districts: ['11999'] }));
  const rules = { resources: ['air', 'districts'] };
  t.notThrows(() => validateScope({ districts: ['11680'], resources: ['air'], access: 'read' }, rules));
  const [r] = issuesOf(t, () => validateScope({ districts: ['11999'], resources: ['cctv'], access: 'read' }, rules)).slice(1);
  t.like(r, { field: 'scope.resources' });
  t.regex(r?.message ?? '', /cctv.*one of air, districts/);
});

test('expiry: 90 days by default, days or an instant up to a year ahead', (t) => {
  t.is(expiryOf({}, NOW).getTime(), NOW + 90 * DAY);
  t.is(expiryOf({ days: 1 }, NOW).getTime(), NOW + DAY);
  t.is(expiryOf({ days: 365 }, NOW).getTime(), NOW + 365 * DAY);
  const at = new Date(NOW + 30 * DAY);
  t.is(expiryOf({ expiresAt: at }, NOW).getTime(), at.getTime());
  t.is(expiryOf({ expiresAt: new Date(NOW + 365 * DAY) }, NOW).getTime(), NOW + 365 * DAY);
});

test('expiry: refused when past, beyond a year, not whole days, or given twice', (t) => {
  const fieldOf = (input: Parameters<typeof expiryOf>[0]) => issuesOf(t, () => expiryOf(input, NOW))[0]?.field;
  t.is(fieldOf({ days: 0 }), 'days');
  t.is(fieldOf({ days: 366 }), 'days');
  t.is(fieldOf({ days: 1.5 }), 'days');
  t.is(fieldOf({ expiresAt: new Date(NOW) }), 'expiresAt');
  t.is(fieldOf({ expiresAt: new Date(NOW + 365 * DAY + 1) }), 'expiresAt');
  t.is(fieldOf({ expiresAt: new Date('nonsense') }), 'expiresAt');
  t.is(fieldOf({ expiresAt: new Date(NOW + DAY), days: 2 }), 'expiresAt');
});

test('planKey: the record holds the hash and the prefix of the key it returns, never the key', (t) => {
  const { key, record } = planKey({ name: '  Gangnam air  ', scope, createdBy: 'user:admin' }, NOW);
  t.is(record.keyHash, hashKey(key));
  t.is(record.prefix, key.slice(0, 12));
  t.false(JSON.stringify(record).includes(key));
  t.like(record, { name: 'Gangnam air', rateLimit: 600, createdBy: 'user:admin', revokedAt: null, lastUsedAt: null });
  t.is(record.createdAt.getTime(), NOW);
  t.is(record.expiresAt.getTime(), NOW + 90 * DAY);
});

test('planKey: name and rate limit are checked together', (t) => {
  const issues = issuesOf(t, () => planKey({ name: ' ', scope, rateLimit: 0, createdBy: 'cli:ops' }, NOW));
  t.deepEqual(issues.map((i) => i.field), ['name', 'rateLimit']);
  t.deepEqual(issuesOf(t, () => planKey({ name: 'a\nb', scope, createdBy: 'cli:ops' }, NOW)).map((i) => i.field), ['name']);
  t.deepEqual(issuesOf(t, () => planKey({ name: 'x', scope, rateLimit: 60_001, createdBy: 'cli:ops' }, NOW)).map((i) => i.field), ['rateLimit']);
  t.is(planKey({ name: 'x', scope, rateLimit: 5, createdBy: 'cli:ops' }, NOW).record.rateLimit, 5);
});

const record = (over: Partial<ApiKeyRecord> = {}): ApiKeyRecord => ({
  ...planKey({ name: 'k', scope, createdBy: 'cli:ops', rateLimit: 30 }, NOW).record,
  ...over,
});

test('judge: unknown, revoked (even when also expired), expired, else the key principal and its limit', (t) => {
  t.deepEqual(judgeKey(null, NOW), { ok: false, reason: 'unknown' });
  t.deepEqual(judgeKey(record({ revokedAt: new Date(NOW - 1), expiresAt: new Date(NOW - 1) }), NOW), { ok: false, reason: 'revoked' });
  t.deepEqual(judgeKey(record({ expiresAt: new Date(NOW) }), NOW), { ok: false, reason: 'expired' });
  const r = record();
  t.deepEqual(judgeKey(r, NOW), { ok: true, principal: { kind: 'key', id: r.id, name: 'k', scope }, rateLimit: 30 });
  t.is(statusOf(r, NOW), 'active');
});

test('info and audit details carry no hash and no key', (t) => {
  const { key, record: r } = planKey({ name: 'k', scope, createdBy: 'cli:ops' }, NOW);
  const info = toInfo(r, NOW);
  t.false('keyHash' in info);
  t.is(info.status, 'active');
  t.deepEqual(auditDetails(info), { id: r.id, name: 'k', scope, rateLimit: 600, expiresAt: r.expiresAt.toISOString() });
  for (const text of [JSON.stringify(info), JSON.stringify(auditDetails(info))]) {
    t.false(text.includes(r.keyHash));
    t.false(text.includes(key));
  }
});

test('last use is written when never written or a minute old', (t) => {
  t.true(shouldTouch(null, NOW));
  t.false(shouldTouch(new Date(NOW - 59_999), NOW));
  t.true(shouldTouch(new Date(NOW - 60_000), NOW));
});
