/**
 * @module http/routes/cameras
 * /api/v1/cameras — the camera registry and its video. Counts per gu are published; positions and
 * video are not: a person lists and finds the nearest cameras (to a point or an incident) among
 * those they may view — administrators and auditors among the whole registry, without its video —
 * and asks for a signed play address that expires (`PLAY_TTL_S`). Every grant is written to the audit log as
 * `camera.viewed` (who, which camera, when, for which incident and why) before the address is
 * returned: a grant that cannot be recorded is not given. A refusal of a camera the person may not
 * view is logged as a warning with who and which camera.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Logger } from 'pino';
import type { Principal } from '../../contracts/access.ts';
import type { Camera } from '../../contracts/camera.ts';
import type { AuditSink } from '../../audit/port.ts';
import type { CameraPort, PlaySettings } from '../../cameras/port.ts';
import { inScope, mayView, registryScopeOf, viewerOf, type CameraViewer } from '../../cameras/viewers.ts';
import { signedPlayUrl } from '../../video/play-url.ts';
import { invalidRequest, notFound, ProblemError } from '../problem.ts';
import { countsRoute, getRoute, listRoute, nearestRoute, playRoute } from './cameras-api.ts';

export interface CameraRouteDeps {
  cameras: CameraPort;
  play: PlaySettings;
  audit: AuditSink;
  /** Who is asking, as the access middleware resolved it. */
  principalOf(c: Context): Principal;
  now(): number;
  log?: Logger;
}

const forbidden = (detail: string): ProblemError => new ProblemError(403, 'forbidden', 'Forbidden', detail);

/** How the audit log names who acted. */
const actorOf = (p: Principal): string => (p.kind === 'user' ? `user:${p.login}` : p.kind === 'key' ? `key:${p.id}` : 'anonymous');

/** The filter of the caller's registry scope: their viewer, or null for the whole registry. */
const registryViewer = (p: Principal): CameraViewer | null => {
  const scope = registryScopeOf(p);
  if (scope.kind === 'none') throw forbidden('camera positions are for signed-in city staff only');
  return scope.kind === 'all' ? null : scope.viewer;
};

const bboxOf = (s: string | undefined): readonly [number, number, number, number] | undefined => {
  if (s === undefined) return undefined;
  const [w = 0, south = 0, e = 0, n = 0] = s.split(',').map(Number);
  if (!(w <= e && south <= n)) throw invalidRequest([{ path: ['bbox'], message: 'west ≤ east and south ≤ north' }], 'query');
  return [w, south, e, n];
};

/** The point of a nearest query: lon and lat, or an incident's position. */
async function pointOf(deps: CameraRouteDeps, q: { lon?: number | undefined; lat?: number | undefined; incident?: string | undefined }) {
  const given = q.lon !== undefined || q.lat !== undefined;
  if (given && q.incident !== undefined) throw invalidRequest([{ path: ['incident'], message: 'give lon and lat, or incident, not both' }], 'query');
  if (q.incident !== undefined) {
    const place = await deps.cameras.incident(q.incident);
    if (!place) throw notFound(`no incident ${q.incident}`);
    return { lon: place.lon, lat: place.lat };
  }
  if (q.lon === undefined || q.lat === undefined) throw invalidRequest([{ path: [q.lon === undefined ? 'lon' : 'lat'], message: 'lon and lat (or incident) are required' }], 'query');
  return { lon: q.lon, lat: q.lat };
}

async function grant(deps: CameraRouteDeps, p: Principal, camera: Camera, body: { incident?: string | undefined; reason?: string | undefined }) {
  if (body.incident !== undefined && !(await deps.cameras.incident(body.incident))) {
    throw invalidRequest([{ path: ['incident'], message: `no incident ${body.incident}` }], 'json');
  }
  if (!camera.streaming) throw new ProblemError(409, 'not-streamed', 'Not streamed', `camera ${camera.id} has no stream on this platform`);
  const { url, expiresAt } = signedPlayUrl(camera.id, { ...deps.play, now: deps.now() });
  // recorded before the address leaves: an unrecorded view must not happen
  await deps.audit.record({
    action: 'camera.viewed',
    actor: actorOf(p),
    target: camera.id,
    details: { district: camera.district, incident: body.incident ?? null, reason: body.reason ?? null, expiresAt: expiresAt.toISOString() },
  });
  deps.log?.info({ camera: camera.id, actor: actorOf(p), incident: body.incident ?? null }, 'camera play granted');
  return { camera: camera.id, url, expiresAt: expiresAt.toISOString() };
}

export function registerCameraRoutes(app: OpenAPIHono, deps: CameraRouteDeps): void {
  app.openapi(countsRoute, async (c) => {
    const districts = await deps.cameras.counts();
    const sum = (f: (d: (typeof districts)[number]) => number): number => districts.reduce((s, d) => s + f(d), 0);
    return c.json({ total: sum((d) => d.cameras), synthetic: sum((d) => d.synthetic), districts }, 200);
  });

  app.openapi(nearestRoute, async (c) => {
    const viewer = registryViewer(deps.principalOf(c));
    const q = c.req.valid('query');
    const point = await pointOf(deps, q);
    const cameras = await deps.cameras.nearest({ ...point, limit: q.limit, viewer, ...(q.within === undefined ? {} : { maxDistanceM: q.within }) });
    return c.json({ point, incident: q.incident ?? null, cameras }, 200);
  });

  app.openapi(listRoute, async (c) => {
    const viewer = registryViewer(deps.principalOf(c));
    const q = c.req.valid('query');
    const bbox = bboxOf(q.bbox);
    const page = await deps.cameras.list({
      viewer,
      limit: q.limit,
      ...(q.district === undefined ? {} : { district: q.district }),
      ...(bbox === undefined ? {} : { bbox }),
      ...(q.cursor === undefined ? {} : { cursor: q.cursor }),
    });
    return c.json(page, 200);
  });

  app.openapi(getRoute, async (c) => {
    const { id } = c.req.valid('param');
    const camera = await deps.cameras.get(id);
    if (!camera) throw notFound(`no camera ${id}`);
    if (!inScope(registryScopeOf(deps.principalOf(c)), camera)) throw forbidden(`camera ${id} is not one you may see`);
    return c.json(camera, 200);
  });

  app.openapi(playRoute, async (c) => {
    const p = deps.principalOf(c);
    if (viewerOf(p) === null) throw forbidden('camera video is for signed-in city staff only');
    const { id } = c.req.valid('param');
    const camera = await deps.cameras.get(id);
    if (!camera) throw notFound(`no camera ${id}`);
    if (!mayView(p, camera)) {
      deps.log?.warn({ camera: id, district: camera.district, actor: actorOf(p) }, 'camera play refused');
      throw forbidden(`you may not view camera ${id}`);
    }
    const body = (c.req.valid('json') as { incident?: string; reason?: string } | undefined) ?? {};
    return c.json(await grant(deps, p, camera, body), 200, { 'Cache-Control': 'no-store' });
  });
}
