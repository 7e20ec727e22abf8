import test from 'ava';
import { parseWallParams } from './params.ts';

test('no parameters: whoever is signed in (or the public), with the layout’s own screen and language', (t) => {
  t.deepEqual(parseWallParams(''), { ok: true, params: { role: null, user: null, district: null, screen: null, lang: null, hz: null, wall: null } });
  t.deepEqual(parseWallParams('?'), parseWallParams(''));
});

test('a district head’s URL, and a user’s screen in English', (t) => {
  t.deepEqual(parseWallParams('?role=district-head&district=11680'), {
    ok: true,
    params: { role: 'district-head', user: null, district: '11680', screen: null, lang: null, hz: null, wall: null },
  });
  t.deepEqual(parseWallParams('user=kim&screen=city&lang=en&hz=10'), {
    ok: true,
    params: { role: null, user: 'kim', district: null, screen: 'city', lang: 'en', hz: 10, wall: null },
  });
});

test('a wall named in the address drives that wall; a bad wall id is rejected', (t) => {
  const named = parseWallParams('?role=mayor&wall=lobby-1');
  t.true(named.ok && named.params.wall === 'lobby-1');
  const bad = parseWallParams('?wall=Lobby%201');
  t.false(bad.ok);
  if (!bad.ok) t.regex(bad.error, /^wall: /);
});

test('an unknown role, a district outside Seoul or a bad language is rejected with a readable error', (t) => {
  const role = parseWallParams('?role=king');
  t.false(role.ok);
  if (!role.ok) t.regex(role.error, /^role: .*mayor/);
  const district = parseWallParams('?role=district-head&district=26110');
  t.false(district.ok);
  if (!district.ok) t.regex(district.error, /^district: /);
  const both = parseWallParams('?lang=fr&district=gangnam');
  t.false(both.ok);
  if (!both.ok) {
    t.regex(both.error, /district: /);
    t.regex(both.error, /lang: /);
    t.true(both.error.includes('; '));
  }
});
