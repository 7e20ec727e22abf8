import test from 'ava';
import { createMemoryKeyStore } from '../keys/memory.ts';
import { authorizeWithKeyStore, isPrivilegedKey } from './keys.ts';
import type { Filer } from './port.ts';

const NOW = Date.parse('2026-11-27T05:20:00Z');

test('a key the store accepts is the filer; unknown, revoked, expired, malformed or absent keys are not', async (t) => {
  let now = NOW;
  const keys = createMemoryKeyStore(() => now);
  const authorize = authorizeWithKeyStore(keys);
  const { key, info } = await keys.create({ name: 'gangnam-gu', scope: { districts: ['11680'], resources: ['complaints'], access: 'write' }, createdBy: 'test', days: 30 });
  const { key: other, info: otherInfo } = await keys.create({ name: 'mapo-gu', scope: { districts: ['11440'], resources: ['complaints'], access: 'read' }, createdBy: 'test' });
  t.deepEqual(await authorize(key), { kind: 'key', id: info.id, name: 'gangnam-gu', scope: { districts: ['11680'], resources: ['complaints'], access: 'write' } });
  t.is(await authorize(undefined), null);
  t.is(await authorize('not-a-key'), null);
  t.is(await authorize(`scpm_${'x'.repeat(43)}`), null);
  await keys.revoke(otherInfo.id);
  t.is(await authorize(other), null);
  now += 31 * 86_400_000;
  t.is(await authorize(key), null);
});

test('privileged: keys given complaints-private, whatever their access', (t) => {
  const key = (resources: string[], access: 'read' | 'write'): Filer => ({ kind: 'key', id: 'k', name: 'k', scope: { districts: [], resources, access } });
  t.true(isPrivilegedKey(key(['complaints-private'], 'read')));
  t.true(isPrivilegedKey(key(['complaints', 'complaints-private'], 'write')));
  t.false(isPrivilegedKey(key(['complaints'], 'write')));
  t.false(isPrivilegedKey(null));
});
