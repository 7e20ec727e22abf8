import test from 'ava';
import { compileErrors, validate } from '@readme/openapi-parser';
import type { ApiDeps } from './deps.ts';
import { signedIn, TEST_NOW as NOW, testDeps } from './testing.ts';
import { createApp } from './app.ts';

const j = (r: Response): Promise<any> => r.json();

function setup(over: Partial<ApiDeps> = {}) {
  const { deps, queries } = testDeps(over);
  return { app: createApp(deps), hub: deps.hub, queries };
}

test('health reports modes and degrades to 503 when a service is down', async (t) => {
  const ok = await setup().app.request('/api/v1/health');
  t.is(ok.status, 200);
  const body = await j(ok);
  t.is(body.modes.storage, 'postgres');
  const down = await setup({ checks: async () => ({ database: false, bus: true }) }).app.request('/api/v1/health');
  t.is(down.status, 503);
  t.is((await j(down)).status, 'degraded');
});

test('sources carry the health their actor published', async (t) => {
  const { app, hub } = setup();
  hub.set('sources/source/seoul-air', { source: 'seoul-air', status: 'healthy', lastRunAt: null, lastSuccessAt: null, lastError: null, lagSeconds: 3, stale: false, runs: 1, failures: 0, emitted: 51, dropped: 0 }, '2026-11-27T05:00:00Z');
  const body = await j(await app.request('/api/v1/sources'));
  t.is(body.sources[0].health.status, 'healthy');
  t.is(body.sources[0].quarantined, 2);
});

test('the runs of a source; an unknown source is a 404, a bad limit a 400', async (t) => {
  const { app } = setup();
  const staff = { headers: signedIn('mayor') };
  t.is((await app.request('/api/v1/sources/seoul-air/runs')).status, 401, 'connector runs are for city staff');
  const body = await j(await app.request('/api/v1/sources/seoul-air/runs?limit=2', staff));
  t.is(body.runs.length, 2);
  t.is(body.runs[0].source, 'seoul-air');
  t.is((await app.request('/api/v1/sources/nobody/runs', staff)).status, 404);
  const bad = await app.request('/api/v1/sources/seoul-air/runs?limit=0', staff);
  t.is(bad.status, 400);
  t.is((await j(bad)).errors[0].field, 'limit');
});

test('districts are GeoJSON; an unknown code is a 404 problem, a malformed one a 400', async (t) => {
  const { app } = setup();
  const res = await app.request('/api/v1/districts?geometry=false');
  t.regex(res.headers.get('content-type') ?? '', /geo\+json/);
  const fc = await j(res);
  t.is(fc.features[0].properties.nameEn, 'Gangnam-gu');
  t.is(fc.features[0].geometry, null);
  const one = await j(await app.request('/api/v1/districts/11680'));
  t.is(one.stations.length, 1);
  const missing = await app.request('/api/v1/districts/11999');
  t.is(missing.status, 404);
  t.regex(missing.headers.get('content-type') ?? '', /problem\+json/);
  const bad = await app.request('/api/v1/districts/gangnam');
  t.is(bad.status, 400);
  t.is((await j(bad)).errors[0].field, 'code');
});

test('air latest lists the district states in the hub', async (t) => {
  const { app, hub } = setup();
  const state = { district: '11680', cai: 87, grade: 'moderate', dominant: 'pm10', values: { pm10: 60, pm25: null, o3: null, no2: null, co: null, so2: null }, subIndices: { pm10: 87, pm25: null, o3: null, no2: null, co: null, so2: null }, stations: ['111261'], asOf: '2026-11-27T04:00:00.000Z', source: 'seoul-air' };
  hub.set('air/district/11680', state, '2026-11-27T04:00:00.000Z');
  hub.set('air/district/11110', { broken: true }, '2026-11-27T04:00:00.000Z');
  const body = await j(await app.request('/api/v1/air/latest'));
  t.is(body.districts.length, 1);
  t.is(body.asOf, '2026-11-27T04:00:00.000Z');
});

test('air history resolves defaults and returns sorted series', async (t) => {
  const { app, queries } = setup();
  const body = await j(await app.request('/api/v1/air/history?district=11680'));
  t.is(queries[0]?.bucketSeconds, 3600);
  // whole-hour buckets widen the range to whole hours, so the hourly rollup can answer
  t.is(queries[0]?.to.toISOString(), '2026-11-27T06:00:00.000Z');
  t.is(queries[0]?.from.toISOString(), '2026-11-26T05:00:00.000Z');
  t.is((await app.request('/api/v1/air/history?district=11680&bucket=15m')).status, 401, 'finer than an hour is working detail');
  await app.request('/api/v1/air/history?district=11680&bucket=15m', { headers: signedIn('mayor') });
  t.is(queries[1]?.to.getTime(), NOW);
  t.is(body.servedFrom, 'rollup');
  t.deepEqual(body.series[0].points.map((p: { t: string }) => p.t), ['2026-11-27T00:00:00.000Z', '2026-11-27T01:00:00.000Z']);
  t.is(body.series[0].unit, 'µg/m³');
});

test('a bad history request is a 400 problem naming the field', async (t) => {
  const { app } = setup();
  for (const [qs, field] of [
    ['district=11680&bucket=7x', 'bucket'],
    ['district=abc', 'district'],
    ['district=11680&from=2026-11-27T00:00:00Z&to=2026-11-26T00:00:00Z', 'from'],
    ['district=11680&from=2016-01-01T00:00:00Z&bucket=1m', 'bucket'],
    ['district=11680&to=yesterday', 'to'],
  ] as const) {
    const res = await app.request(`/api/v1/air/history?${qs}`, { headers: signedIn('mayor') });
    t.is(res.status, 400, qs);
    const p = await j(res);
    t.is(p.type, '/problems/invalid-request');
    t.true(p.errors.some((e: { field: string }) => e.field === field), `${qs} → ${JSON.stringify(p.errors)}`);
  }
});

test('unknown routes are 404 problems', async (t) => {
  const res = await setup().app.request('/api/v1/nope');
  t.is(res.status, 404);
  t.is((await j(res)).status, 404);
});

test('the OpenAPI document is valid OpenAPI 3.1 and lists every route', async (t) => {
  const doc = await j(await setup().app.request('/api/openapi.json'));
  t.is(doc.openapi, '3.1.0');
  const result = await validate(structuredClone(doc));
  t.true(result.valid, result.valid ? '' : compileErrors(result));
  for (const p of ['/api/v1/health', '/api/v1/sources', '/api/v1/sources/{id}/runs', '/api/v1/districts', '/api/v1/districts/{code}', '/api/v1/air/latest', '/api/v1/air/history', '/api/v1/stations', '/api/v1/layouts', '/api/v1/layouts/resolve', '/api/v1/layouts/{scope}/{owner}', '/api/v1/incidents', '/api/v1/incidents/kpis', '/api/v1/incidents/{id}', '/api/v1/cameras', '/api/v1/cameras/counts', '/api/v1/cameras/nearest', '/api/v1/cameras/{id}', '/api/v1/cameras/{id}/play', '/api/v1/complaints', '/api/v1/complaints/categories', '/api/v1/complaints/{id}', '/api/v1/indicators/rollups', '/api/v1/indicators/{id}']) {
    t.truthy(doc.paths[p], p);
  }
});

test('the API reference is served without a CDN, and the document declares both ways to authenticate', async (t) => {
  const { app } = setup();
  const page = await app.request('/api/docs');
  t.is(page.status, 200);
  t.regex(await page.text(), /swagger-ui-bundle\.js/);
  t.is((await app.request('/api/docs/swagger-ui-bundle.js')).headers.get('content-type'), 'text/javascript; charset=utf-8');
  t.regex(await (await app.request('/api/docs/init.js')).text(), /\/api\/openapi\.json/);
  t.is((await app.request('/api/docs/secrets.txt')).status, 404);
  const doc = await j(await app.request('/api/openapi.json'));
  t.deepEqual(Object.keys(doc.components.securitySchemes).sort(), ['apiKey', 'session']);
  t.truthy(doc.paths['/api/v1/keys'], 'the key routes are documented');
  t.truthy(doc.paths['/api/v1/audit/verify'], 'the audit routes are documented');
});
