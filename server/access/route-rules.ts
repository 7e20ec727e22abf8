/**
 * @module access/route-rules
 * One rule per HTTP route (method and Hono path): the publication policy of the platform.
 * Air quality (hourly and coarser), districts, stations and the health of source systems are
 * published: everyone sees them, as the mayor does; finer detail is for staff by scope. Operations detail (connector runs), people, keys and the audit log are
 * not. A route without a rule here is refused, and the access matrix test fails the build.
 */
import type { Principal } from '../contracts/access.ts';
import { parseBucket } from '../http/routes/air-query.ts';
import { REGISTRY_ROLES } from '../cameras/viewers.ts';
import { CALLING_ROLES } from '../calls/rules.ts';
import { ALLOW, deny, isRole, keyDistrictOk, keyMay, STAFF, type Decision } from './decision.ts';

export interface RouteRequest {
  method: string;
  /** The Hono route path, e.g. `/api/v1/districts/:code`. */
  route: string;
  params: Record<string, string>;
  query: URLSearchParams;
}

export type Rule = (p: Principal, r: RouteRequest) => Decision;

/** Published data: everyone, and keys given the resource (within their districts). */
const published = (resource: string, districtOf?: (r: RouteRequest) => string | undefined): Rule => (p, r) => {
  if (p.kind !== 'key') return ALLOW;
  if (!keyMay(p.scope, resource, 'read')) return deny(p, `this key may not read ${resource}`);
  return keyDistrictOk(p.scope, districtOf?.(r)) ? ALLOW : deny(p, 'this key may not read that district');
};

/** The platform's own pages and documents: everyone. */
const open: Rule = () => ALLOW;

/** City staff, and keys given the resource. */
const staffOrKey = (resource: string): Rule => (p) => {
  if (p.kind === 'key') return keyMay(p.scope, resource, 'read') ? ALLOW : deny(p, `this key may not read ${resource}`);
  return isRole(p, STAFF) ? ALLOW : deny(p, 'for city staff only');
};

const onlyRole = (role: 'administrator' | 'auditor'): Rule => (p) => (isRole(p, [role]) ? ALLOW : deny(p, `for the ${role} only`));

const signedIn: Rule = (p) => (p.kind === 'user' ? ALLOW : deny(p, 'sign in first'));
/** People only: what a person does with their own hands (drive a wall), never an API key. */
const person: Rule = (p) => (p.kind === 'user' ? ALLOW : deny(p, p.kind === 'key' ? 'for people, not API keys' : 'sign in first'));

/** A stored layout: an administrator edits any; a person edits their own user layout. */
const layoutWrite: Rule = (p, r) => {
  if (isRole(p, ['administrator'])) return ALLOW;
  if (p.kind === 'user' && r.params['scope'] === 'user' && r.params['owner'] === p.login) return ALLOW;
  return deny(p, 'only an administrator, or the owner of a user layout, may change it');
};

/** Reading one stored layout: a role's layout is published; a user's is for that user and staff. */
const layoutRead: Rule = (p, r) => {
  if (r.params['scope'] === 'role') return published('layouts')(p, r);
  if (p.kind === 'user' && (p.login === r.params['owner'] || isRole(p, ['administrator']))) return ALLOW;
  return deny(p, "a user's layout is for that user");
};

/** Resolving a wall layout for a user: that user (or an administrator); for a role: everyone. */
const layoutResolve: Rule = (p, r) => {
  const user = r.query.get('user');
  if (user === null) return published('layouts')(p, r);
  if (p.kind === 'user' && (p.login === user || isRole(p, ['administrator']))) return ALLOW;
  return deny(p, "a user's layout is for that user");
};

/** Camera video: signed-in operating roles; the registry's keepers (administrator, auditor) see positions, never video. */
const videoViewer: Rule = (p) => {
  if (p.kind !== 'user') return deny(p, 'camera video is for signed-in city staff only');
  return REGISTRY_ROLES.includes(p.role) ? deny(p, `the ${p.role} keeps the camera registry and does not view video`) : ALLOW;
};

/** Calls: the people who place and take them; the routes narrow a call to its parties (server/calls/). */
const callers: Rule = (p) => {
  if (p.kind !== 'user') return deny(p, 'calls are for signed-in people');
  return CALLING_ROLES.includes(p.role) ? ALLOW : deny(p, `the ${p.role} neither places nor takes calls`);
};

/** The gu an indicator request names (`city` is the whole city). */
const indicatorDistrict = (r: RouteRequest): string | undefined => {
  const d = r.query.get('district');
  return d === null || d === 'city' ? undefined : d;
};

/** Who sees the whole city in detail. */
const CITYWIDE = ['mayor', 'deputy-mayor', 'situation-room', 'administrator'] as const;

/**
 * Air history: hourly and coarser buckets are published (the summary everyone sees); finer ones are
 * the working detail — for the city-wide roles, a district head in their own gu, and keys within
 * their districts.
 */
const airHistory: Rule = (p, r) => {
  const district = r.query.get('district') ?? undefined;
  const base = published('air', () => district)(p, r);
  if (!base.allow) return base;
  const bucket = parseBucket(r.query.get('bucket') ?? '1h');
  if (bucket === null || bucket >= 3600) return ALLOW;
  if (p.kind === 'key' || isRole(p, CITYWIDE)) return ALLOW;
  if (p.kind === 'user' && p.role === 'district-head' && district !== undefined && p.districts.includes(district)) return ALLOW;
  return deny(p, 'readings finer than an hour are for city-wide staff, and for a district head in their own gu');
};

export const ROUTE_RULES: Readonly<Record<string, Rule>> = {
  'GET /api/openapi.json': open,
  'GET /api/docs': open,
  'GET /api/docs/:asset': open,
  'GET /sign-in': open,
  'GET /sign-in.js': open,
  'GET /sign-in.css': open,
  'GET /api/v1/health': published('health'),
  'GET /api/v1/sources': published('sources'),
  'GET /api/v1/sources/:id/runs': staffOrKey('sources'),
  'GET /api/v1/districts': published('districts'),
  'GET /api/v1/districts/:code': published('districts', (r) => r.params['code']),
  'GET /api/v1/stations': published('stations', (r) => r.query.get('district') ?? undefined),
  'GET /api/v1/air/latest': published('air'),
  'GET /api/v1/air/history': airHistory,
  // incidents: everyone; the route coarsens positions for everyone but staff and keys
  'GET /api/v1/incidents': published('incidents', (r) => r.query.get('district') ?? undefined),
  'GET /api/v1/incidents/kpis': published('incidents', (r) => r.query.get('district') ?? undefined),
  'GET /api/v1/incidents/:id': published('incidents'),
  // cameras: counts per gu are published; positions and video are for signed-in staff, and the
  // routes narrow further by role and gu (server/cameras/viewers.ts). Static paths before `:id`.
  'GET /api/v1/cameras/counts': published('cameras', (r) => r.query.get('district') ?? undefined),
  'GET /api/v1/cameras/nearest': signedIn,
  'GET /api/v1/cameras': signedIn,
  'GET /api/v1/cameras/:id': signedIn,
  'POST /api/v1/cameras/:id/play': videoViewer,
  // calls: placed by the responders; a call is read and hung up by its parties (the service checks)
  'POST /api/v1/calls': callers,
  'GET /api/v1/calls/:id': callers,
  'POST /api/v1/calls/:id/hang-up': callers,
  'GET /call': open,
  // administration indicators: published; small cells are suppressed by the routes for all but city staff
  'GET /api/v1/indicators': published('indicators'),
  // counts are left out for all but city staff by the route; every gu at once, like the drill-down. Static before `:id`.
  'GET /api/v1/indicators/rollups': published('indicators'),
  'GET /api/v1/indicators/:id': published('indicators'),
  'GET /api/v1/indicators/:id/series': published('indicators', indicatorDistrict),
  'GET /api/v1/indicators/:id/series.csv': published('indicators', indicatorDistrict),
  'GET /api/v1/indicators/:id/drilldown': published('indicators'),
  'GET /api/v1/pledges': published('indicators'),
  'GET /api/v1/city-score': published('indicators', indicatorDistrict),
  // budget execution: published, city-wide
  'GET /api/v1/budget': published('budget'),
  'GET /api/v1/budget/programs/:id': published('budget'),
  // media trends: published; the items route removes authors and redacts texts for everyone but signed-in staff
  'GET /api/v1/trends': published('trends', (r) => r.query.get('district') ?? undefined),
  'GET /api/v1/trends/items': published('trends', (r) => r.query.get('district') ?? undefined),
  // complaints: everyone reads them; the routes redact them for all but officials (and private-scoped keys)
  'GET /api/v1/complaints': published('complaints', (r) => r.query.get('district') ?? undefined),
  'GET /api/v1/complaints/categories': published('complaints'),
  'GET /api/v1/complaints/:id': published('complaints'),
  // Open311 GeoReport v2: reading is public and redacted by the route; filing checks the request's own
  // api_key (in the form body, which this layer does not read): server/open311/file-route.ts
  'GET /open311/v2/:resource': open,
  'GET /open311/v2/services/:file': open,
  'GET /open311/v2/requests/:file': open,
  'GET /open311/v2/requests/:id/:file': open,
  'POST /open311/v2/:resource': open,
  'GET /api/v1/layouts': staffOrKey('layouts'),
  'GET /api/v1/layouts/resolve': layoutResolve,
  'GET /api/v1/layouts/:scope/:owner': layoutRead,
  'PUT /api/v1/layouts/:scope/:owner': layoutWrite,
  'DELETE /api/v1/layouts/:scope/:owner': layoutWrite,
  // the command layer: the registry and interpreting words are open (the public wall has a command box
  // too); driving a wall is for people, and the routes narrow to the walls each may drive (server/walls/rules.ts)
  'GET /api/v1/commands': open,
  'POST /api/v1/commands/interpret': open,
  'POST /api/v1/walls/:wall/commands': person,
  'POST /api/v1/walls/:wall/pairing': person,
  'DELETE /api/v1/walls/:wall/pairing': person,
  'POST /api/v1/pairings': person,
  'GET /api/v1/walls': person,
  'GET /live': open,
  'GET /wall': open,
  'GET /wall/*': open,
  // The tablet remote's page: everyone may load it; it sends a visitor who is not signed in to /sign-in.
  'GET /tablet': open,
  'GET /': open,
  'GET /public/wall': open,
  'POST /api/v1/auth/login': open,
  'POST /api/v1/auth/logout': open,
  'POST /api/v1/auth/logout-everywhere': signedIn,
  'GET /api/v1/auth/me': signedIn,
  'GET /api/v1/users': onlyRole('administrator'),
  'POST /api/v1/users': onlyRole('administrator'),
  'PATCH /api/v1/users/:login': onlyRole('administrator'),
  'GET /api/v1/keys': onlyRole('administrator'),
  'POST /api/v1/keys': onlyRole('administrator'),
  'GET /api/v1/keys/:id': onlyRole('administrator'),
  'DELETE /api/v1/keys/:id': onlyRole('administrator'),
  'GET /api/v1/audit': onlyRole('auditor'),
  'GET /api/v1/audit/export': onlyRole('auditor'),
  'GET /api/v1/audit/verify': onlyRole('auditor'),
};
