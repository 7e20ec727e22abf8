import test from 'ava';
import type { Role, UserPrincipal } from '../contracts/access.ts';
import { channels, WallFeedSchema } from '../contracts/index.ts';
import { createApp } from '../http/app.ts';
import { signedIn, testAccess, testDeps } from '../http/testing.ts';

const person = (login: string, role: Exclude<Role, 'public'>, districts: string[] = []): UserPrincipal => ({
  kind: 'user', id: `u-${login}`, login, role, districts, departments: [], sessionId: login,
});

function setup() {
  const access = testAccess({
    room: person('room.kim', 'situation-room'),
    head: person('head.lee', 'district-head', ['11680']),
    official: person('official.park', 'official'),
  });
  const { deps } = testDeps({ access });
  const app = createApp(deps);
  const call = (who: string | null, method: string, path: string, body?: unknown) =>
    app.request(`http://localhost${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(who ? signedIn(who) : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return { app, deps, audit: access.audit, call };
}

test('the registry lists every command with its patterns; interpret answers a command, a question or why not', async (t) => {
  const { call } = setup();
  const registry = (await (await call(null, 'GET', '/api/v1/commands')).json()) as { commands: Array<{ type: string; patterns: { ko: string[]; en: string[] } }> };
  t.is(registry.commands.length, 33);
  t.true(registry.commands.reduce((n, c) => n + c.patterns.ko.length + c.patterns.en.length, 0) >= 200);

  const ko = await (await call(null, 'POST', '/api/v1/commands/interpret', { utterance: '강남구 보여줘' })).json();
  t.like(ko, { kind: 'command', command: { type: 'select-district', district: '11680' }, allowed: true });
  const cams = await (await call(null, 'POST', '/api/v1/commands/interpret', { utterance: 'show the cameras near the fire', selection: { incident: 'fire-119:20211201-0001' } })).json();
  t.like(cams, { kind: 'command', command: { type: 'open-cameras' }, allowed: false }, 'visitors may not open cameras');
  t.like(await (await call(null, 'POST', '/api/v1/commands/interpret', { utterance: 'xyzzy plugh' })).json(), { kind: 'none' });
  t.is((await call(null, 'POST', '/api/v1/commands/interpret', { utterance: '' })).status, 400);
});

test('issuing: audited, then on the wall’s feed in order; refused commands and walls say why', async (t) => {
  const { call, deps, audit } = setup();
  const res = await call('room', 'POST', '/api/v1/walls/gu-11680/commands', {
    commands: [{ type: 'show-screen', screen: 'city' }, { type: 'select-district', district: '11680' }],
    source: 'tablet',
  });
  t.is(res.status, 202);
  const { ids } = (await res.json()) as { ids: string[] };
  const feed = WallFeedSchema.parse(deps.hub.get(channels.wall('gu-11680'))?.data);
  t.deepEqual(feed.items.map((i) => i.id), ids);
  t.like(feed.items[1], { issued: { command: { type: 'select-district' }, source: 'tablet' }, by: { login: 'room.kim', role: 'situation-room' } });
  t.deepEqual(audit.entries.filter((e) => e.action === 'wall.command').map((e) => [e.actor, e.target, (e.details as { id: string }).id]), ids.map((id) => ['user:room.kim', 'wall:gu-11680', id]));

  const other = await call('head', 'POST', '/api/v1/walls/gu-11110/commands', { commands: [{ type: 'next-screen' }], source: 'voice', utterance: '다음 화면' });
  t.is(other.status, 403);
  t.regex(((await other.json()) as { detail: string }).detail, /not yours/);
  const video = await call('official', 'POST', '/api/v1/walls/official/commands', { commands: [{ type: 'call-official', role: 'fire-commander' }], source: 'keyboard' });
  t.is(video.status, 403);
  const send = await call('head', 'POST', '/api/v1/walls/gu-11680/commands', { commands: [{ type: 'send-to-wall', wall: 'mayor' }], source: 'tablet' });
  t.is(send.status, 403, 'a district head may not broadcast');
  t.is((await call('room', 'POST', '/api/v1/walls/gu-11680/commands', { commands: [{ type: 'warp', speed: 9 }], source: 'tablet' })).status, 400);
  t.is(audit.entries.filter((e) => e.action === 'wall.command').length, 2, 'nothing refused was recorded as issued');
});

test('pairing: the wall gets a code, a tablet enters it and may then drive that wall', async (t) => {
  const { call, audit } = setup();
  const offer = (await (await call('room', 'POST', '/api/v1/walls/situation-room/pairing')).json()) as { code: string };
  t.is((await call('head', 'POST', '/api/v1/walls/situation-room/commands', { commands: [{ type: 'next-screen' }], source: 'tablet' })).status, 403);
  const paired = await call('head', 'POST', '/api/v1/pairings', { code: offer.code });
  t.is(paired.status, 201);
  t.like(await paired.json(), { wall: 'situation-room', login: 'head.lee' });
  t.is((await call('head', 'POST', '/api/v1/walls/situation-room/commands', { commands: [{ type: 'next-screen' }], source: 'tablet' })).status, 202);
  t.is((await call('official', 'POST', '/api/v1/pairings', { code: offer.code })).status, 409);
  t.is((await call('official', 'POST', '/api/v1/pairings', { code: '12345' })).status, 400);
  const walls = (await (await call('head', 'GET', '/api/v1/walls')).json()) as { walls: Array<{ wall: string; via: string }> };
  t.deepEqual(walls.walls.map((w) => `${w.wall}:${w.via}`), ['gu-11680:own', 'situation-room:paired']);
  t.is((await call('head', 'DELETE', '/api/v1/walls/situation-room/pairing')).status, 204);
  t.is((await call('head', 'POST', '/api/v1/walls/situation-room/commands', { commands: [{ type: 'next-screen' }], source: 'tablet' })).status, 403);
  t.deepEqual(audit.entries.filter((e) => e.action.startsWith('wall.') && e.action !== 'wall.command').map((e) => e.action), ['wall.paired', 'wall.unpaired']);
});
