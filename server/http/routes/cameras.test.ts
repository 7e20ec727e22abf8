import test from 'ava';
import { Writable } from 'node:stream';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { pino } from 'pino';
import { memoryAuditSink, type AuditSink } from '../../audit/port.ts';
import { TEST_CAMERAS, TEST_INCIDENT, TEST_PLAY, testCameraPort } from '../../cameras/testing.ts';
import type { Principal, UserPrincipal } from '../../contracts/access.ts';
import { streamPathOf, verifyPlaySign } from '../../video/play-url.ts';
import { invalidRequest, ProblemError } from '../problem.ts';
import { registerCameraRoutes } from './cameras.ts';

const NOW = Date.parse('2026-11-27T05:20:00Z');
const j = (r: Response): Promise<any> => r.json();

const user = (role: UserPrincipal['role'], login: string, districts: string[] = []): UserPrincipal => ({
  kind: 'user',
  id: `u-${login}`,
  login,
  role,
  districts,
  departments: [],
  sessionId: `s-${login}`,
});

const WHO: Record<string, Principal> = {
  mayor: user('mayor', 'mayor'),
  room: user('situation-room', 'room'),
  gangnam: user('district-head', 'gangnam', ['11680']),
  jongno: user('district-head', 'jongno', ['11110']),
  official: user('official', 'official'),
  auditor: user('auditor', 'auditor'),
  admin: user('administrator', 'admin'),
  key: { kind: 'key', id: 'key_0123456789abcdef', name: 'gangnam-vms', scope: { districts: ['11680'], resources: ['cameras'], access: 'write' } },
};

/** The principal is named by a test header here; the platform resolves it from the session or key. */
const principalOf = (c: Context): Principal => WHO[c.req.header('x-test-as') ?? ''] ?? { kind: 'anonymous' };

function setup(audit: AuditSink = memoryAuditSink()) {
  const lines: string[] = [];
  const log = pino({ level: 'info' }, new Writable({ write: (chunk, _e, cb) => (lines.push(String(chunk)), cb()) }));
  const app = new OpenAPIHono({
    defaultHook: (result) => {
      if (!result.success) throw invalidRequest(result.error.issues, result.target);
    },
  });
  registerCameraRoutes(app, { cameras: testCameraPort(), play: TEST_PLAY, audit, principalOf, now: () => NOW, log });
  app.onError((err, c) => {
    if (err instanceof ProblemError) return c.json(err.toProblem(c.req.path), err.status, { 'content-type': 'application/problem+json' });
    return c.json({ status: 500, title: err.message }, 500);
  });
  const as = (who: string | null, path: string, init: RequestInit = {}) =>
    app.request(path, { ...init, headers: { ...(who ? { 'x-test-as': who } : {}), ...(init.body ? { 'content-type': 'application/json' } : {}), ...(init.headers ?? {}) } });
  const play = (who: string | null, id: string, body?: unknown) =>
    as(who, `/api/v1/cameras/${id}/play`, { method: 'POST', ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const events = (audit as ReturnType<typeof memoryAuditSink>).events;
  return { app, as, play, events, lines };
}

const ids = (body: { cameras: Array<{ id: string }> }): string[] => body.cameras.map((c) => c.id);

test('counts per gu and agency are published; they say how many are synthetic', async (t) => {
  const { as } = setup();
  const res = await as(null, '/api/v1/cameras/counts');
  t.is(res.status, 200);
  t.deepEqual(await j(res), {
    total: 7,
    synthetic: 7,
    districts: [
      { district: '11110', cameras: 2, byAgency: { district: 1, police: 0, fire: 0, transport: 1 }, synthetic: 2 },
      { district: '11680', cameras: 5, byAgency: { district: 2, police: 1, fire: 1, transport: 1 }, synthetic: 5 },
    ],
  });
});

test('the list: each person sees the cameras they may view; auditors and administrators all; keys and anonymous none', async (t) => {
  const { as } = setup();
  const list = async (who: string | null, q = '') => {
    const res = await as(who, `/api/v1/cameras${q}`);
    return res.status === 200 ? ids(await j(res)) : res.status;
  };
  const all = TEST_CAMERAS.map((c) => c.id).sort();
  t.deepEqual(await list('mayor'), all.filter((id) => id !== 'cam-11680-00002'));
  t.deepEqual(await list('room'), all);
  t.deepEqual(await list('gangnam'), ['cam-11680-00001', 'cam-11680-00003', 'cam-11680-00005']);
  t.deepEqual(await list('official'), ['cam-11110-00002', 'cam-11680-00003']);
  t.deepEqual(await list('auditor'), all);
  t.deepEqual(await list('admin'), all);
  t.is(await list('key'), 403);
  t.is(await list(null), 403);
});

test('the list: by gu, by box, in pages; bad filters are 400 naming the field', async (t) => {
  const { as } = setup();
  t.deepEqual(ids(await j(await as('room', '/api/v1/cameras?district=11110'))), ['cam-11110-00001', 'cam-11110-00002']);
  t.deepEqual(ids(await j(await as('room', '/api/v1/cameras?bbox=127.04,37.51,127.05,37.52'))), ['cam-11680-00001', 'cam-11680-00002', 'cam-11680-00005']);
  const first = await j(await as('room', '/api/v1/cameras?limit=4'));
  t.is(first.cameras.length, 4);
  t.is(first.next, 'cam-11680-00002');
  const second = await j(await as('room', `/api/v1/cameras?limit=4&cursor=${first.next}`));
  t.deepEqual(ids(second), ['cam-11680-00003', 'cam-11680-00004', 'cam-11680-00005']);
  t.is(second.next, null);
  for (const [q, field] of [
    ['district=gangnam', 'district'],
    ['bbox=1,2,3', 'bbox'],
    ['bbox=127.1,37.5,127.0,37.6', 'bbox'],
    ['limit=0', 'limit'],
    ['cursor=nope', 'cursor'],
  ] as const) {
    const res = await as('room', `/api/v1/cameras?${q}`);
    t.is(res.status, 400, q);
    t.is((await j(res)).errors[0].field, field, q);
  }
});

test('nearest: the cameras the caller may view, nearest first, with distances', async (t) => {
  const { as } = setup();
  const res = await as('mayor', '/api/v1/cameras/nearest?lon=127.0494&lat=37.5171&limit=3');
  t.is(res.status, 200);
  const body = await j(res);
  t.deepEqual(body.point, { lon: 127.0494, lat: 37.5171 });
  t.is(body.incident, null);
  t.deepEqual(ids(body), ['cam-11680-00001', 'cam-11680-00005', 'cam-11680-00004'], 'the police camera beside it is not the mayor’s');
  t.true(body.cameras[0].distanceM > 10 && body.cameras[0].distanceM < 20);
  t.true(body.cameras[0].distanceM < body.cameras[1].distanceM && body.cameras[1].distanceM < body.cameras[2].distanceM);
  const jongno = await j(await as('jongno', '/api/v1/cameras/nearest?lon=127.0494&lat=37.5171'));
  t.deepEqual(ids(jongno), ['cam-11110-00002', 'cam-11110-00001'], 'a district head: only their gu, however far');
  const within = await j(await as('room', '/api/v1/cameras/nearest?lon=127.0494&lat=37.5171&within=100'));
  t.deepEqual(ids(within), ['cam-11680-00001', 'cam-11680-00002']);
  const auditor = await j(await as('auditor', '/api/v1/cameras/nearest?lon=127.0494&lat=37.5171&limit=2'));
  t.deepEqual(ids(auditor), ['cam-11680-00001', 'cam-11680-00002'], 'the whole registry, as in the list');
  const official = await j(await as('official', '/api/v1/cameras/nearest?lon=127.0494&lat=37.5171'));
  t.deepEqual(ids(official), ['cam-11680-00003', 'cam-11110-00002']);
});

test('nearest to an incident: its position, looked up', async (t) => {
  const { as } = setup();
  const body = await j(await as('room', `/api/v1/cameras/nearest?incident=${TEST_INCIDENT}&limit=2`));
  t.deepEqual(body.point, { lon: 127.0494, lat: 37.5171 });
  t.is(body.incident, TEST_INCIDENT);
  t.deepEqual(ids(body), ['cam-11680-00001', 'cam-11680-00002']);
  t.is((await as('room', '/api/v1/cameras/nearest?incident=fire-119:nope')).status, 404);
});

test('nearest: lon and lat or an incident, never both or half; keys and anonymous are refused', async (t) => {
  const { as } = setup();
  for (const [q, field] of [
    [`lon=127&lat=37.5&incident=${TEST_INCIDENT}`, 'incident'],
    ['lon=127', 'lat'],
    ['lat=37.5', 'lon'],
    ['', 'lon'],
    ['lon=200&lat=37.5', 'lon'],
    ['lon=127&lat=37.5&limit=51', 'limit'],
    ['lon=127&lat=37.5&within=-5', 'within'],
    ['incident=not an id', 'incident'],
  ] as const) {
    const res = await as('room', `/api/v1/cameras/nearest?${q}`);
    t.is(res.status, 400, q);
    t.is((await j(res)).errors[0].field, field, q);
  }
  t.is((await as('key', '/api/v1/cameras/nearest?lon=127&lat=37.5')).status, 403);
  t.is((await as(null, '/api/v1/cameras/nearest?lon=127&lat=37.5')).status, 403);
});

test('one camera: within the caller’s registry, else 403; unknown 404; malformed 400', async (t) => {
  const { as } = setup();
  const res = await as('gangnam', '/api/v1/cameras/cam-11680-00001');
  t.is(res.status, 200);
  t.deepEqual(await j(res), TEST_CAMERAS[0]);
  t.false('streamUrl' in (await j(await as('auditor', '/api/v1/cameras/cam-11680-00002'))));
  t.is((await as('mayor', '/api/v1/cameras/cam-11680-00002')).status, 403);
  t.is((await as('jongno', '/api/v1/cameras/cam-11680-00001')).status, 403);
  t.is((await as('key', '/api/v1/cameras/cam-11680-00001')).status, 403);
  t.is((await as('room', '/api/v1/cameras/cam-11680-09999')).status, 404);
  t.is((await as('room', '/api/v1/cameras/camera-1')).status, 400);
});

test('play: a signed WS-FLV address that expires, given only after the audit log has it', async (t) => {
  const { play, events, lines } = setup();
  const res = await play('gangnam', 'cam-11680-00001', { incident: TEST_INCIDENT, reason: 'fire reported at the market' });
  t.is(res.status, 200);
  t.is(res.headers.get('cache-control'), 'no-store');
  const grant = await j(res);
  t.is(grant.camera, 'cam-11680-00001');
  t.is(grant.expiresAt, new Date(NOW + 300_000).toISOString());
  t.regex(grant.url, /^ws:\/\/127\.0\.0\.1:8000\/live\/cam-11680-00001\.flv\?sign=\d+-[0-9a-f]{32}$/);
  const sign = new URL(grant.url).searchParams.get('sign')!;
  t.true(verifyPlaySign(streamPathOf('cam-11680-00001'), sign, TEST_PLAY.secret, NOW + 299_000));
  t.false(verifyPlaySign(streamPathOf('cam-11680-00001'), sign, TEST_PLAY.secret, NOW + 301_000), 'dead after its expiry');
  t.false(verifyPlaySign(streamPathOf('cam-11680-00002'), sign, TEST_PLAY.secret, NOW), 'only for this camera');
  t.deepEqual(events, [
    {
      action: 'camera.viewed',
      actor: 'user:gangnam',
      target: 'cam-11680-00001',
      details: { district: '11680', incident: TEST_INCIDENT, reason: 'fire reported at the market', expiresAt: grant.expiresAt },
    },
  ]);
  t.true(lines.some((l) => l.includes('camera play granted')));
  t.false(JSON.stringify(events).includes(TEST_PLAY.secret));
});

test('play without a body, by the situation room, of a police camera', async (t) => {
  const { play, events } = setup();
  const res = await play('room', 'cam-11680-00002');
  t.is(res.status, 200);
  t.like(events[0], { action: 'camera.viewed', actor: 'user:room', target: 'cam-11680-00002', details: { incident: null, reason: null } });
});

test('play refused: not theirs (logged, no address), keys, anonymous, unknown, not streamed, unknown incident', async (t) => {
  const { play, events, lines } = setup();
  const refused: Array<[string | null, string, number]> = [
    ['jongno', 'cam-11680-00001', 403],
    ['mayor', 'cam-11680-00002', 403],
    ['official', 'cam-11680-00001', 403],
    ['admin', 'cam-11680-00001', 403],
    ['auditor', 'cam-11680-00001', 403],
    ['key', 'cam-11680-00001', 403],
    [null, 'cam-11680-00001', 403],
    ['room', 'cam-11680-09999', 404],
    ['room', 'cam-11680-00005', 409],
  ];
  for (const [who, id, status] of refused) {
    const res = await play(who, id);
    t.is(res.status, status, `${who} ${id}`);
    t.false(JSON.stringify(await j(res)).includes('sign='));
  }
  const badIncident = await play('room', 'cam-11680-00001', { incident: 'fire-119:nope' });
  t.is(badIncident.status, 400);
  t.is((await j(badIncident)).errors[0].field, 'incident');
  t.is((await play('room', 'cam-11680-00001', { reason: 'x'.repeat(201) })).status, 400);
  t.deepEqual(events, [], 'nothing was viewed');
  const warned = lines.map((l) => JSON.parse(l)).filter((l) => l.msg === 'camera play refused');
  t.deepEqual(
    warned.map((l) => [l.actor, l.camera]),
    [
      ['user:jongno', 'cam-11680-00001'],
      ['user:mayor', 'cam-11680-00002'],
      ['user:official', 'cam-11680-00001'],
      ['user:admin', 'cam-11680-00001'],
      ['user:auditor', 'cam-11680-00001'],
    ],
  );
});

test('play: when the audit log cannot record the grant, no address is given', async (t) => {
  const failing: AuditSink = { record: async () => Promise.reject(new Error('audit log unavailable')) };
  const { play } = setup(failing);
  const res = await play('room', 'cam-11680-00001');
  t.is(res.status, 500);
  t.false(JSON.stringify(await j(res)).includes('sign='));
});
