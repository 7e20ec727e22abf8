import test from 'ava';
import { pino } from 'pino';
import { createLiveHub } from '../../live/hub.ts';
import { createMemoryLayoutStore } from '../../layouts/memory.ts';
import { builtInLayout } from '../../layouts/defaults.ts';
import type { Layout, StoredLayout } from '../../contracts/index.ts';
import type { ApiDeps } from '../deps.ts';
import { createApp } from '../app.ts';
import { signedIn, testDeps } from '../testing.ts';

const NOW = Date.parse('2026-11-27T05:20:00Z');
const j = (r: Response): Promise<any> => r.json();

function setup(over: Partial<ApiDeps> = {}) {
  const hub = createLiveHub();
  const deps: ApiDeps = {
    ...testDeps().deps,
    log: pino({ level: 'silent' }),
    version: 't',
    now: () => NOW,
    hub,
    modes: { database: 'pglite', storage: 'postgres', bus: 'memory', scheduler: 'none', embedded: [], roles: ['api'] },
    checks: async () => ({}),
    sources: async () => [],
    runs: async () => [],
    districts: async () => ['11680', '11110'].map((code) => ({ code, nameKo: code, nameEn: code, centroid: [127, 37.5] as [number, number], geometry: null })),
    stations: async () => [],
    airHistory: async () => ({ rows: [], servedFrom: 'raw' }),
    layouts: createMemoryLayoutStore(() => NOW),
    ...over,
  };
  return { app: createApp(deps), hub };
}

const put = (app: ReturnType<typeof setup>['app'], path: string, body: unknown, ifMatch?: string) =>
  app.request(`/api/v1/layouts/${path}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', ...signedIn('admin'), ...(ifMatch === undefined ? {} : { 'if-match': ifMatch }) },
    body: JSON.stringify(body),
  });

const named = (ko: string): Layout => ({ ...builtInLayout('mayor'), name: { ko, en: ko } });

test('a role without a stored layout gets its built-in (the mayor’s when it has none); a user gets a 404', async (t) => {
  const { app } = setup();
  const res = await app.request('/api/v1/layouts/role/situation-room');
  t.is(res.status, 200);
  t.is(res.headers.get('etag'), '"0"');
  const body: StoredLayout = await j(res);
  t.like(body, { scope: 'role', owner: 'situation-room', revision: 0, builtIn: true, updatedAt: null });
  t.deepEqual(body.layout, builtInLayout('situation-room'));
  const deputy: StoredLayout = await j(await app.request('/api/v1/layouts/role/deputy-mayor'));
  t.like(deputy, { owner: 'deputy-mayor', builtIn: true });
  t.deepEqual(deputy.layout, builtInLayout('mayor'));
  t.is((await app.request('/api/v1/layouts/role/emperor')).status, 404);
  t.is((await app.request('/api/v1/layouts/user/kim.minsu', { headers: signedIn('admin') })).status, 404);
  t.is((await app.request('/api/v1/layouts/group/mayor', { headers: signedIn('admin') })).status, 400);
  t.is((await app.request('/api/v1/layouts/user/Kim!', { headers: signedIn('admin') })).status, 400);
});

test('put: If-Match guards each revision, the ETag gives the next one, the list shows it', async (t) => {
  const { app } = setup();
  const first = await put(app, 'role/mayor', named('하나'), '"0"');
  t.is(first.status, 200);
  t.is(first.headers.get('etag'), '"1"');
  t.like(await j(first), { scope: 'role', owner: 'mayor', revision: 1, builtIn: false, updatedAt: new Date(NOW).toISOString() });

  const stale = await put(app, 'role/mayor', named('둘'), '"0"');
  t.is(stale.status, 412);
  t.regex(stale.headers.get('content-type') ?? '', /problem\+json/);
  t.like(await j(stale), { type: '/problems/revision-mismatch', status: 412 });
  t.is((await put(app, 'role/mayor', named('둘'), '"7"')).status, 412);

  t.is((await put(app, 'role/mayor', named('둘'), '"1"')).headers.get('etag'), '"2"');
  t.is((await put(app, 'role/mayor', named('셋'))).headers.get('etag'), '"3"');
  const got = await app.request('/api/v1/layouts/role/mayor');
  t.is(got.headers.get('etag'), '"3"');
  t.is((await j(got)).layout.name.ko, '셋');

  await put(app, 'user/kim.minsu', named('민수'));
  const list = await j(await app.request('/api/v1/layouts', { headers: signedIn('admin') }));
  t.deepEqual(
    list.layouts.map((l: { scope: string; owner: string; revision: number; name: { ko: string } }) => `${l.scope}/${l.owner}@${l.revision} ${l.name.ko}`),
    ['role/mayor@3 셋', 'user/kim.minsu@1 민수'],
  );
  t.deepEqual([...list.builtIn].sort(), ['district-head', 'mayor', 'public', 'situation-room']);
  t.is(list.roles.length, 8);
});

test('put: a bad layout is a 400 listing each issue; an unknown role or a malformed If-Match too', async (t) => {
  const { app } = setup();
  const bad = named('나쁜');
  const [first] = bad.screens;
  if (!first?.panels[0]) throw new Error('the mayor layout has a panel');
  first.panels[0].area = { col: 20, row: 0, cols: 8, rows: 2 };
  const res = await put(app, 'role/mayor', { ...bad, startScreen: 'nowhere', rotateSeconds: -1 });
  t.is(res.status, 400);
  const p = await j(res);
  t.is(p.type, '/problems/invalid-request');
  const fields = p.errors.map((e: { field: string }) => e.field);
  t.true(fields.includes('rotateSeconds'), JSON.stringify(fields));
  t.true(fields.includes('screens.0.panels.0.area'), JSON.stringify(fields));
  const badStart = await j(await put(app, 'role/mayor', { ...named('x'), startScreen: 'nowhere' }));
  t.deepEqual(badStart.errors.map((e: { field: string }) => e.field), ['startScreen']);

  const unknown = await put(app, 'role/emperor', named('황제'));
  t.is(unknown.status, 400);
  t.is((await j(unknown)).errors[0].field, 'owner');
  const ifMatch = await put(app, 'role/mayor', named('x'), 'W/"1"');
  t.is(ifMatch.status, 400);
  t.is((await j(ifMatch)).errors[0].field, 'if-match');
  t.is((await app.request('/api/v1/layouts/role/mayor')).headers.get('etag'), '"0"', 'nothing was stored');
});

test('changes go live on layouts/{scope}/{owner}; a deleted role layout goes back to its built-in', async (t) => {
  const { app, hub } = setup();
  const seen: unknown[] = [];
  hub.subscribe('layouts/role/public', (_c, v) => seen.push(v.data));
  await put(app, 'role/public', named('공공'), '"0"');
  t.like(hub.get('layouts/role/public')?.data, { revision: 1, builtIn: false });

  t.is((await app.request('/api/v1/layouts/role/public', { method: 'DELETE', headers: { ...signedIn('admin'), 'if-match': '"2"' } })).status, 412);
  const del = await app.request('/api/v1/layouts/role/public', { method: 'DELETE', headers: { ...signedIn('admin'), 'if-match': '"1"' } });
  t.is(del.status, 204);
  t.like(hub.get('layouts/role/public')?.data, { revision: 0, builtIn: true });
  t.deepEqual((await j(await app.request('/api/v1/layouts/role/public'))).layout, builtInLayout('public'));
  t.is(seen.length, 2);
  t.is((await app.request('/api/v1/layouts/role/public', { method: 'DELETE', headers: signedIn('admin') })).status, 204, 'deleting nothing is fine');
  t.is(seen.length, 2, 'and publishes nothing');
  t.is((await app.request('/api/v1/layouts/role/emperor', { method: 'DELETE', headers: signedIn('admin') })).status, 404);

  await put(app, 'user/kim.minsu', named('민수'));
  t.like(hub.get('layouts/user/kim_dminsu')?.data, { owner: 'kim.minsu', revision: 1 });
  t.is((await app.request('/api/v1/layouts/user/kim.minsu', { method: 'DELETE', headers: signedIn('admin') })).status, 204);
  t.is(hub.get('layouts/user/kim_dminsu')?.data, null);
});

test('with a publishLive port, changes go through it instead of the local hub', async (t) => {
  const published: { channel: string; at: string }[] = [];
  const { app, hub } = setup({ publishLive: (channel, _data, at) => published.push({ channel, at }) });
  await put(app, 'role/mayor', named('버스'));
  t.deepEqual(published, [{ channel: 'layouts/role/mayor', at: new Date(NOW).toISOString() }]);
  t.is(hub.get('layouts/role/mayor'), undefined);
});

test('resolve: the user’s layout, else the role’s stored one, else the role’s built-in', async (t) => {
  const { app } = setup();
  const resolve = async (qs: string): Promise<StoredLayout> => j(await app.request(`/api/v1/layouts/resolve?${qs}`, { headers: signedIn('admin') }));
  t.like(await resolve('role=mayor&user=kim.minsu'), { scope: 'role', owner: 'mayor', builtIn: true });
  t.deepEqual((await resolve('role=auditor')).layout, builtInLayout('mayor'));
  const pub = await resolve('role=public');
  t.deepEqual(pub.layout, builtInLayout('public'));
  t.false(pub.layout.screens.some((s) => s.panels.some((p) => p.kind === 'source-health')));

  await put(app, 'role/mayor', named('역할'));
  t.like(await resolve('role=mayor&user=kim.minsu'), { scope: 'role', owner: 'mayor', revision: 1, layout: { name: { ko: '역할' } } });
  await put(app, 'user/kim.minsu', named('사용자'));
  t.like(await resolve('role=mayor&user=kim.minsu'), { scope: 'user', owner: 'kim.minsu', layout: { name: { ko: '사용자' } } });
  t.like(await resolve('role=mayor'), { scope: 'role', owner: 'mayor' });
});

test('resolve: a district head’s wall is centred on its gu, which must be one of the 25', async (t) => {
  const { app } = setup();
  const head: StoredLayout = await j(await app.request('/api/v1/layouts/resolve?role=district-head&district=11680'));
  t.like(head, { owner: 'district-head', builtIn: true, layout: { focusDistrict: '11680' } });
  t.deepEqual(head.layout.screens.map((s) => s.id), ['glance', 'city', 'safety', 'opinion', 'administration']);
  t.is((await j(await app.request('/api/v1/layouts/resolve?role=district-head'))).layout.focusDistrict, null);
  t.is((await j(await app.request('/api/v1/layouts/resolve?role=mayor&district=11680'))).layout.focusDistrict, null);
  for (const [qs, field] of [
    ['role=district-head&district=11999', 'district'],
    ['role=district-head&district=gangnam', 'district'],
    ['role=emperor', 'role'],
    ['', 'role'],
  ] as const) {
    const res = await app.request(`/api/v1/layouts/resolve?${qs}`, { headers: signedIn('admin') });
    t.is(res.status, 400, qs);
    t.is((await j(res)).errors[0].field, field, qs);
  }
});

test('every stored or deleted layout is in the audit log, with who did it', async (t) => {
  const { deps } = testDeps();
  const app = createApp(deps);
  const res = await app.request('/api/v1/layouts/role/public', {
    method: 'PUT',
    headers: { 'content-type': 'application/json', ...signedIn('admin') },
    body: JSON.stringify(named('공개')),
  });
  t.is(res.status, 200);
  t.is((await app.request('/api/v1/layouts/role/public', { method: 'DELETE', headers: signedIn('admin') })).status, 204);
  const audit = deps.access.audit as unknown as { entries: Array<{ action: string; actor: string; target: string | null; details: unknown }> };
  t.deepEqual(
    audit.entries.map((e) => [e.action, e.actor, e.target, e.details]),
    [
      ['config.changed', 'user:admin', 'layout:role/public', { revision: 1 }],
      ['config.changed', 'user:admin', 'layout:role/public', { deleted: true }],
    ],
  );
});
