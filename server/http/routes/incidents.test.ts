import test from 'ava';
import { compileErrors, validate } from '@readme/openapi-parser';
import type { Incident, IncidentKpiBoard } from '../../contracts/index.ts';
import { foldAll, progress, reported, T0 } from '../../actors/incident/testing.ts';
import { publicIncident } from '../../live/public-incidents.ts';
import { createApp } from '../app.ts';
import type { ApiDeps } from '../deps.ts';
import { signedIn, testAccess, testDeps, testUser } from '../testing.ts';
import { memoryIncidentPort } from './incidents-memory.ts';
import { PUBLIC_DECIMALS, registerIncidentRoutes, seesExactPositions, type IncidentRouteDeps } from './incidents.ts';

const S = 1000;
const M = 60_000;
const j = (r: Response): Promise<any> => r.json();

const police = (n: string, at: number) =>
  foldAll([reported(n, at, { incident: `police-112:${n}`, agency: 'police', type: 'theft', district: '11110', lon: 126.978123, lat: 37.566789 }),
    progress(n, 'dispatched', at + 30 * S, {}, 'police-112'), progress(n, 'arrived', at + 230 * S, {}, 'police-112')]);
const LIST: Incident[] = [
  foldAll([reported('1', T0), progress('1', 'dispatched', T0 + 60 * S), progress('1', 'arrived', T0 + 500 * S),
    progress('1', 'resolved', T0 + 2000 * S, { casualties: { deaths: 0, injuries: 1 } })]),
  foldAll([reported('2', T0 + 10 * M, { lon: 127.05, lat: 37.51 })]),
  police('3', T0 + 20 * M),
  foldAll([reported('4', T0 + 30 * M), progress('4', 'dispatched', T0 + 31 * M)]),
];

/** The real app (access control, problems); the incident routes added when the app does not have them yet. */
function setup() {
  const port = memoryIncidentPort(LIST);
  const access = testAccess({ mayor: testUser('mayor'), room: testUser('situation-room') });
  const deps = { ...testDeps({ access, now: () => T0 + 60 * M }).deps, incidents: port } as ApiDeps & IncidentRouteDeps;
  const app = createApp(deps);
  if (!app.routes.some((r) => r.path === '/api/v1/incidents')) registerIncidentRoutes(app, deps);
  return { app, port };
}

test('staff see exact positions, newest report first; everyone else the public view', async (t) => {
  const { app } = setup();
  const staff = await j(await app.request('/api/v1/incidents', { headers: signedIn('mayor') }));
  t.deepEqual(staff.incidents.map((i: Incident) => i.id), ['fire-119:4', 'police-112:3', 'fire-119:2', 'fire-119:1']);
  t.is(staff.positions, 'exact');
  t.deepEqual(staff.incidents[1], LIST[2]);
  const anyone = await j(await app.request('/api/v1/incidents'));
  t.is(anyone.positions, 'public');
  t.deepEqual(anyone.incidents[1], publicIncident(LIST[2] as Incident));
  t.deepEqual([anyone.incidents[1].lon, anyone.incidents[1].lat], [126.98, 37.57]);
});

test('filters reach the port as typed values; a public bbox is matched against public positions', async (t) => {
  const { app, port } = setup();
  const res = await app.request('/api/v1/incidents?district=11680&agency=fire&stage=open&from=2026-11-27T01:05:00Z&to=2026-11-27T02:00:00%2B00:00&limit=5&bbox=127,37.4,127.1,37.6', { headers: signedIn('room') });
  t.is(res.status, 200);
  t.deepEqual((await j(res)).incidents.map((i: Incident) => i.id), ['fire-119:4', 'fire-119:2']);
  t.deepEqual(port.asked.at(-1), {
    limit: 5, district: '11680', bbox: [127, 37.4, 127.1, 37.6], from: new Date(T0 + 5 * M), to: new Date(T0 + 60 * M), agency: 'fire', stage: 'open',
  });
  await app.request('/api/v1/incidents?bbox=126.97,37.56,126.98,37.57');
  t.deepEqual(port.asked.at(-1)?.bboxDecimals, PUBLIC_DECIMALS);
});

test('the public decimals are those of the public board', (t) => {
  for (const i of LIST) {
    const d = PUBLIC_DECIMALS[i.agency];
    t.is(publicIncident(i).lon, Math.round(i.lon * 10 ** d) / 10 ** d);
  }
  t.false(seesExactPositions({ kind: 'anonymous' }));
  t.true(seesExactPositions(testUser('district-head')));
  t.true(seesExactPositions({ kind: 'key', id: 'k', name: 'k', scope: { districts: [], resources: ['incidents'], access: 'read' } }));
  t.false(seesExactPositions({ kind: 'key', id: 'k', name: 'k', scope: { districts: [], resources: ['air'], access: 'read' } }));
});

test('pages follow the cursor to the end', async (t) => {
  const { app } = setup();
  const ids: string[] = [];
  let url: string | null = '/api/v1/incidents?limit=3';
  while (url !== null) {
    const body: { incidents: Incident[]; nextCursor: string | null } = await j(await app.request(url, { headers: signedIn('mayor') }));
    ids.push(...body.incidents.map((i) => i.id));
    url = body.nextCursor === null ? null : `/api/v1/incidents?limit=3&cursor=${body.nextCursor}`;
  }
  t.deepEqual(ids, ['fire-119:4', 'police-112:3', 'fire-119:2', 'fire-119:1']);
});

test('bad filters are 400 problems naming the field', async (t) => {
  const { app, port } = setup();
  const cases: Array<[string, string]> = [
    ['district=gangnam', 'district'], ['bbox=1,2,3', 'bbox'], ['bbox=127.1,37.5,127.0,37.6', 'bbox'], ['bbox=a,b,c,d', 'bbox'],
    ['from=yesterday', 'from'], ['from=2026-11-27T02:00:00Z&to=2026-11-27T01:00:00Z', 'from'], ['agency=army', 'agency'],
    ['stage=closed', 'stage'], ['limit=0', 'limit'], ['limit=501', 'limit'], ['limit=ten', 'limit'], ['cursor=bm9wZQ', 'cursor'],
  ];
  for (const [q, field] of cases) {
    const res = await app.request(`/api/v1/incidents?${q}`);
    t.is(res.status, 400, q);
    t.regex(res.headers.get('content-type') ?? '', /problem\+json/);
    t.is((await j(res)).errors?.[0]?.field, field, q);
  }
  t.is(port.asked.length, 0);
});

test('one incident by id, in the view of who asks; unknown is a 404 problem, malformed a 400', async (t) => {
  const { app } = setup();
  const exact = await app.request('/api/v1/incidents/police-112:3', { headers: signedIn('mayor') });
  t.is(exact.status, 200);
  t.deepEqual(await j(exact), LIST[2]);
  t.deepEqual(await j(await app.request('/api/v1/incidents/police-112%3A3')), publicIncident(LIST[2] as Incident));
  const missing = await app.request('/api/v1/incidents/fire-119:999');
  t.is(missing.status, 404);
  t.like(await j(missing), { type: '/problems/not-found', detail: 'no incident fire-119:999' });
  t.is((await app.request('/api/v1/incidents/nonsense')).status, 400);
});

test('KPIs: both agencies over the last 24 h by default, or one agency and gu over a window', async (t) => {
  const { app } = setup();
  const all: IncidentKpiBoard = await j(await app.request('/api/v1/incidents/kpis'));
  t.deepEqual(all.kpis.map((k) => [k.scope, k.agency, k.reported]), [['city', 'fire', 3], ['city', 'police', 1]]);
  t.like(all.kpis[0], { arrived: 1, withinTarget: 0, medianTravelS: 440, injuries: 1, to: new Date(T0 + 60 * M).toISOString() });
  t.like(all.kpis[1], { arrived: 1, withinTarget: 1, shareWithinTarget: 1, targetS: 300 });
  const one: IncidentKpiBoard = await j(await app.request('/api/v1/incidents/kpis?agency=fire&district=11680&from=2026-11-27T01:05:00Z&to=2026-11-27T01:35:00Z'));
  t.deepEqual(one.kpis.map((k) => [k.scope, k.agency, k.reported, k.open]), [['11680', 'fire', 2, 2]]);
  for (const q of ['from=2026-11-28T00:00:00Z', 'from=2025-01-01T00:00:00Z&to=2026-11-27T00:00:00Z', 'district=11', 'agency=army']) {
    const res = await app.request(`/api/v1/incidents/kpis?${q}`);
    t.is(res.status, 400, q);
  }
});

test('the routes are in a valid OpenAPI document', async (t) => {
  const { app } = setup();
  const doc = await j(await app.request('/api/openapi.json'));
  const result = await validate(structuredClone(doc));
  t.true(result.valid, result.valid ? '' : compileErrors(result));
  for (const p of ['/api/v1/incidents', '/api/v1/incidents/kpis', '/api/v1/incidents/{id}']) t.truthy(doc.paths[p]?.get, p);
  t.deepEqual(doc.paths['/api/v1/incidents'].get.parameters.map((p: { name: string }) => p.name),
    ['district', 'bbox', 'from', 'to', 'agency', 'stage', 'limit', 'cursor']);
});
