/**
 * The access matrix: every route of the API and every live channel family, against every kind of
 * principal. A route added without a rule, or a rule left without its route, fails here.
 */
import test from 'ava';
import { ANONYMOUS, type KeyScope, type Principal, type Role, type UserPrincipal } from '../contracts/access.ts';
import { createApp } from '../http/app.ts';
import { TEST_NOW, testAccess, testDeps } from '../http/testing.ts';
import { createMemoryRateLimiter } from '../keys/rate-limit.ts';
import { decideChannel, decideRoute, matchRoute, ruledRoutes } from './policy.ts';

const user = (role: Exclude<Role, 'public'>): Principal => ({
  kind: 'user',
  id: `u-${role}`,
  login: role,
  role,
  districts: role === 'district-head' ? ['11680'] : [],
  departments: role === 'official' ? ['air-policy'] : [],
  sessionId: 's1',
});
const key = (name: string, scope: KeyScope): Principal => ({ kind: 'key', id: `k-${name}`, name, scope });

/** Column order of the matrix. */
const WHO: Array<[string, Principal]> = [
  ['anonymous', ANONYMOUS],
  ['mayor', user('mayor')],
  ['deputy', user('deputy-mayor')],
  ['head', user('district-head')],
  ['official', user('official')],
  ['room', user('situation-room')],
  ['auditor', user('auditor')],
  ['admin', user('administrator')],
  ['key air 11680', key('air', { districts: ['11680'], resources: ['air', 'districts', 'stations'], access: 'read' })],
  ['key layouts', key('layouts', { districts: [], resources: ['layouts', 'sources'], access: 'write' })],
];

/** A: allowed, 1: 401 (authenticate), 3: 403 (refused), one per column of WHO. */
const ROUTES: Array<[method: string, path: string, expect: string]> = [
  ['GET', '/api/openapi.json', 'AAAAAAAAAA'],
  ['GET', '/api/docs', 'AAAAAAAAAA'],
  ['GET', '/api/docs/swagger-ui.css', 'AAAAAAAAAA'],
  ['GET', '/sign-in?next=/wall/', 'AAAAAAAAAA'],
  ['GET', '/sign-in.js', 'AAAAAAAAAA'],
  ['GET', '/sign-in.css', 'AAAAAAAAAA'],
  ['GET', '/api/v1/health', 'AAAAAAAA33'],
  ['GET', '/api/v1/sources', 'AAAAAAAA3A'],
  ['GET', '/api/v1/sources/seoul-air/runs', '1AAAAAAA3A'],
  ['GET', '/api/v1/districts', 'AAAAAAAAA3'],
  ['GET', '/api/v1/districts/11680', 'AAAAAAAAA3'],
  ['GET', '/api/v1/districts/11110', 'AAAAAAAA33'],
  ['GET', '/api/v1/stations', 'AAAAAAAAA3'],
  ['GET', '/api/v1/stations?district=11110', 'AAAAAAAA33'],
  ['GET', '/api/v1/air/latest', 'AAAAAAAAA3'],
  ['GET', '/api/v1/air/history?district=11680', 'AAAAAAAAA3'],
  ['GET', '/api/v1/air/history?district=11110', 'AAAAAAAA33'],
  ['GET', '/api/v1/air/history?district=11680&bucket=1d', 'AAAAAAAAA3'],
  ['GET', '/api/v1/air/history?district=11680&bucket=5m', '1AAA3A3AA3'],
  ['GET', '/api/v1/air/history?district=11110&bucket=5m', '1AA33A3A33'],
  ['GET', '/api/v1/incidents', 'AAAAAAAA33'],
  ['GET', '/api/v1/incidents/kpis', 'AAAAAAAA33'],
  ['GET', '/api/v1/incidents/fire-119:20211201-0001', 'AAAAAAAA33'],
  ['GET', '/api/v1/cameras/counts', 'AAAAAAAA33'],
  ['GET', '/api/v1/cameras/nearest?lon=127.05&lat=37.51', '1AAAAAAA33'],
  ['GET', '/api/v1/cameras', '1AAAAAAA33'],
  ['GET', '/api/v1/cameras/cam-11680-00003', '1AAAAAAA33'],
  ['POST', '/api/v1/cameras/cam-11680-00003/play', '1AAAAA3333'],
  ['POST', '/api/v1/calls', '1AAAAA3333'],
  ['GET', '/api/v1/calls/c-abcdefghijklmnopqrstuvwxyz', '1AAAAA3333'],
  ['POST', '/api/v1/calls/c-abcdefghijklmnopqrstuvwxyz/hang-up', '1AAAAA3333'],
  ['GET', '/call', 'AAAAAAAAAA'],
  ['GET', '/api/v1/indicators', 'AAAAAAAA33'],
  ['GET', '/api/v1/indicators/rollups?grain=year&by=district', 'AAAAAAAA33'],
  ['GET', '/api/v1/indicators/employment-rate', 'AAAAAAAA33'],
  ['GET', '/api/v1/indicators/employment-rate/series?district=11680', 'AAAAAAAA33'],
  ['GET', '/api/v1/indicators/employment-rate/series.csv', 'AAAAAAAA33'],
  ['GET', '/api/v1/indicators/employment-rate/drilldown?period=2024&by=district', 'AAAAAAAA33'],
  ['GET', '/api/v1/pledges', 'AAAAAAAA33'],
  ['GET', '/api/v1/city-score', 'AAAAAAAA33'],
  ['GET', '/api/v1/budget', 'AAAAAAAA33'],
  ['GET', '/api/v1/budget/programs/bp-ge-101', 'AAAAAAAA33'],
  ['GET', '/api/v1/trends', 'AAAAAAAA33'],
  ['GET', '/api/v1/trends?district=11680', 'AAAAAAAA33'],
  ['GET', '/api/v1/trends/items?term=pothole', 'AAAAAAAA33'],
  ['GET', '/api/v1/complaints', 'AAAAAAAA33'],
  ['GET', '/api/v1/complaints/categories', 'AAAAAAAA33'],
  ['GET', '/api/v1/complaints/open311-sample:2026-000101', 'AAAAAAAA33'],
  ['GET', '/open311/v2/services.xml', 'AAAAAAAAAA'],
  ['GET', '/open311/v2/services/road-damage.json', 'AAAAAAAAAA'],
  ['GET', '/open311/v2/requests.json', 'AAAAAAAAAA'],
  ['GET', '/open311/v2/requests/dasan-120:2026-000101.json', 'AAAAAAAAAA'],
  ['GET', '/open311/v2/requests/dasan-120:2026-000101/history.xml', 'AAAAAAAAAA'],
  ['POST', '/open311/v2/requests.json', 'AAAAAAAAAA'],
  ['GET', '/api/v1/layouts', '1AAAAAAA3A'],
  ['GET', '/api/v1/layouts/resolve?role=mayor', 'AAAAAAAA3A'],
  ['GET', '/api/v1/layouts/resolve?role=district-head&user=mayor', '1A33333A33'],
  ['GET', '/api/v1/layouts/role/public', 'AAAAAAAA3A'],
  ['GET', '/api/v1/layouts/user/mayor', '1A33333A33'],
  ['PUT', '/api/v1/layouts/role/mayor', '1333333A33'],
  ['PUT', '/api/v1/layouts/user/official', '1333A33A33'],
  ['DELETE', '/api/v1/layouts/user/official', '1333A33A33'],
  ['GET', '/api/v1/commands', 'AAAAAAAAAA'],
  ['POST', '/api/v1/commands/interpret', 'AAAAAAAAAA'],
  ['POST', '/api/v1/walls/situation-room/commands', '1AAAAAAA33'],
  ['POST', '/api/v1/walls/situation-room/pairing', '1AAAAAAA33'],
  ['DELETE', '/api/v1/walls/situation-room/pairing', '1AAAAAAA33'],
  ['POST', '/api/v1/pairings', '1AAAAAAA33'],
  ['GET', '/api/v1/walls', '1AAAAAAA33'],
  ['GET', '/live', 'AAAAAAAAAA'],
  ['GET', '/wall', 'AAAAAAAAAA'],
  ['GET', '/wall/index.html', 'AAAAAAAAAA'],
  ['GET', '/tablet?code=123456', 'AAAAAAAAAA'],
  ['GET', '/', 'AAAAAAAAAA'],
  ['GET', '/public/wall?lang=en', 'AAAAAAAAAA'],
  ['POST', '/api/v1/auth/login', 'AAAAAAAAAA'],
  ['POST', '/api/v1/auth/logout', 'AAAAAAAAAA'],
  ['POST', '/api/v1/auth/logout-everywhere', '1AAAAAAA33'],
  ['GET', '/api/v1/auth/me', '1AAAAAAA33'],
  ['GET', '/api/v1/users', '1333333A33'],
  ['POST', '/api/v1/users', '1333333A33'],
  ['PATCH', '/api/v1/users/mayor', '1333333A33'],
  ['GET', '/api/v1/keys', '1333333A33'],
  ['POST', '/api/v1/keys', '1333333A33'],
  ['GET', '/api/v1/keys/k1', '1333333A33'],
  ['DELETE', '/api/v1/keys/k1', '1333333A33'],
  ['GET', '/api/v1/audit', '133333A333'],
  ['GET', '/api/v1/audit/export?format=csv', '133333A333'],
  ['GET', '/api/v1/audit/verify', '133333A333'],
];

const CHANNELS: Array<[channel: string, expect: string]> = [
  ['air/district/11680', 'AAAAAAAAA3'],
  ['air/district/11110', 'AAAAAAAA33'],
  ['air/city/latest', 'AAAAAAAAA3'],
  ['sources/source/seoul-air', 'AAAAAAAA3A'],
  ['sources/city/all', 'AAAAAAAA3A'],
  ['layouts/role/mayor', 'AAAAAAAA3A'],
  ['layouts/user/official', '1333A33A33'],
  ['cameras/city/signals', '1AAAAAAA33'],
  ['cameras/feed/all', '1333333333'],
  ['incidents/public/active', 'AAAAAAAA33'],
  ['incidents/kpi/all', 'AAAAAAAA33'],
  ['incidents/city/active', '1AAAAAAA33'],
  ['complaints/city/feed', '1AAAAAAA33'],
  ['complaints/public/feed', 'AAAAAAAA33'],
  ['complaints/kpi/all', 'AAAAAAAA33'],
  ['complaints/rising/all', 'AAAAAAAA33'],
  ['opinion/city/participation', 'AAAAAAAA33'],
  ['trends/city/board', 'AAAAAAAA33'],
  ['incidents/incident/fire-119_d20210101-0001', '1AAAAAAA33'],
  ['er/city/all', 'AAAAAAAA33'],
  ['walls/wall/situation-room', '1AA33A3A33'],
  ['walls/wall/gu-11680', '1AAA3A3A33'],
  ['calls/user/mayor', '1A33333333'],
  ['calls/user/official', '1333A33333'],
  ['calls/call/c-abcdefghijklmnopqrstuvwxyz', '1AAAAA3333'],
];

/**
 * Routes whose handlers narrow further than their rule, with what the API answers: only those who may
 * drive the situation room's wall get a pairing code for it (server/walls/rules.ts).
 */
const NARROWED_BY_ROUTE: Record<string, string> = {
  'POST /api/v1/walls/situation-room/pairing': '1AA33A3A33',
};

const code = (d: { allow: boolean; status?: number }): string => (d.allow ? 'A' : d.status === 401 ? '1' : '3');

test('every route is decided as the matrix says', (t) => {
  for (const [method, path, expect] of ROUTES) {
    const url = new URL(path, 'http://wall.local');
    const route = matchRoute(method, url.pathname, url.searchParams);
    if (!route) {
      t.fail(`${method} ${path} matches no rule`);
      continue;
    }
    const got = WHO.map(([, p]) => code(decideRoute(p, route))).join('');
    t.is(got, expect, `${method} ${path}: ${WHO.map(([n], i) => `${n}=${got[i]}`).join(' ')}`);
  }
});

test('every live channel is decided as the matrix says; unknown families are refused', (t) => {
  for (const [channel, expect] of CHANNELS) {
    const got = WHO.map(([, p]) => code(decideChannel(p, channel))).join('');
    t.is(got, expect, `${channel}: ${WHO.map(([n], i) => `${n}=${got[i]}`).join(' ')}`);
  }
});

test('every route of the API has a rule, every rule a route, and the matrix covers them all', (t) => {
  const app = createApp(testDeps().deps);
  const served = new Set(app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`));
  const ruled = new Set(ruledRoutes());
  t.deepEqual([...served].filter((r) => !ruled.has(r)), [], 'routes without a rule');
  t.deepEqual([...ruled].filter((r) => !served.has(r)), [], 'rules without a route');
  const covered = new Set(
    ROUTES.map(([m, p]) => {
      const url = new URL(p, 'http://wall.local');
      const r = matchRoute(m, url.pathname, url.searchParams);
      return r ? `${r.method} ${r.route}` : '';
    }),
  );
  t.deepEqual([...ruled].filter((r) => !covered.has(r)), [], 'rules the matrix does not exercise');
});

test('the API itself answers as the matrix says, for sessions, keys and anonymous visitors', async (t) => {
  const sessions = Object.fromEntries(WHO.flatMap(([name, p]) => (p.kind === 'user' ? [[name, { ...p, sessionId: name }]] : [])));
  // every route in its own minute: the matrix makes more requests from one address than a minute allows
  let clock = TEST_NOW;
  const access = { ...testAccess(sessions as Record<string, UserPrincipal>), rateLimiter: createMemoryRateLimiter(() => clock) };
  const keys = new Map<string, string>();
  for (const [name, p] of WHO) {
    if (p.kind !== 'key') continue;
    keys.set(name, (await access.keys.create({ name: p.name, scope: p.scope, createdBy: 'test' })).key);
  }
  const { deps } = testDeps({ access });
  const app = createApp(deps);
  const headersOf = (name: string, p: Principal): Record<string, string> =>
    p.kind === 'user' ? { cookie: `scpm_session=${name}`, origin: 'http://localhost' } : p.kind === 'key' ? { authorization: `Bearer ${keys.get(name)}` } : {};
  for (const [method, path, expect] of ROUTES) {
    clock += 60_000;
    if (path === '/live') continue; // a WebSocket upgrade: its channels are checked above
    if (method === 'POST' && path.startsWith('/open311/')) continue; // checks its own api_key: server/open311/file-route.test.ts
    const got = await Promise.all(
      WHO.map(async ([name, p]) => {
        const body = ['PUT', 'POST', 'PATCH'].includes(method) ? '{}' : undefined;
        const res = await app.request(`http://localhost${path}`, { method, headers: { 'content-type': 'application/json', ...headersOf(name, p) }, ...(body ? { body } : {}) });
        return res.status === 401 ? '1' : res.status === 403 ? '3' : 'A';
      }),
    );
    const answered = NARROWED_BY_ROUTE[`${method} ${path}`] ?? expect;
    t.is(got.join(''), answered, `${method} ${path}: ${WHO.map(([n], i) => `${n}=${got[i]}`).join(' ')}`);
  }
});
