import test from 'ava';
import { ANONYMOUS, type Role, type UserPrincipal } from '../contracts/access.ts';
import { refusedCommand, sentToWalls, wallAccess, wallLabel, wallTargets } from './rules.ts';

const person = (role: Exclude<Role, 'public'>, districts: string[] = []): UserPrincipal => ({
  kind: 'user', id: `u-${role}`, login: `${role}.kim`, role, districts, departments: [], sessionId: 's',
});
const GU = [
  { code: '11680', nameKo: '강남구', nameEn: 'Gangnam-gu' },
  { code: '11110', nameKo: '종로구', nameEn: 'Jongno-gu' },
];

test('a district head drives their own gu wall and paired walls, not another gu', (t) => {
  const head = person('district-head', ['11680']);
  t.deepEqual(wallAccess(head, 'gu-11680', []), { ok: true, via: 'own' });
  t.like(wallAccess(head, 'gu-11110', []), { ok: false, status: 403 });
  t.deepEqual(wallAccess(head, 'situation-room', ['situation-room']), { ok: true, via: 'paired' });
});

test('those who run the walls may drive any of them; keys and visitors none', (t) => {
  for (const role of ['mayor', 'deputy-mayor', 'situation-room', 'administrator'] as const) {
    t.true(wallAccess(person(role), 'gu-11110', []).ok, role);
  }
  t.like(wallAccess(person('official'), 'mayor', []), { ok: false, status: 403 });
  t.like(wallAccess(ANONYMOUS, 'mayor', []), { ok: false, status: 401 });
  t.like(wallAccess({ kind: 'key', id: 'k', name: 'k', scope: { districts: [], resources: ['layouts'], access: 'write' } }, 'mayor', []), { ok: false, status: 403 });
});

test('each command needs its own permission; send-to-wall names the wall it needs', (t) => {
  const official = person('official');
  t.is(refusedCommand(official, [{ type: 'select-district', district: '11680' }]), null);
  t.deepEqual(refusedCommand(official, [{ type: 'next-screen' }, { type: 'call-official', role: 'fire-commander' }]), { index: 1, reason: 'a official may not issue call-official' });
  t.deepEqual(sentToWalls([{ type: 'send-to-wall', wall: 'gu-11680' }, { type: 'send-to-wall' }, { type: 'refresh' }]), ['gu-11680']);
});

test('targets: own first, then paired, then for authorities the main walls and every district head', (t) => {
  const room = wallTargets(person('situation-room'), ['mayor'], GU);
  t.deepEqual(room.map((w) => `${w.wall}:${w.via}`), ['situation-room:own', 'mayor:paired', 'gu-11680:authority', 'gu-11110:authority']);
  t.deepEqual(room[2]?.label, { ko: '강남구청장실', en: 'Gangnam-gu district head' });
  t.deepEqual(wallTargets(person('district-head', ['11110']), [], GU).map((w) => w.wall), ['gu-11110']);
  t.deepEqual(wallLabel('lobby-2', GU), { ko: 'lobby-2', en: 'lobby-2' });
});
