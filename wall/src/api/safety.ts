/**
 * @module wall/api/safety
 * The REST calls of the safety screens, each checked with zod: one incident, the cameras near an
 * incident or a point or in a gu (only those the signed-in person may view), and a camera's signed,
 * expiring play address (every request is recorded in the audit log, so one is asked for each
 * (re)connection, never cached).
 */
import { z } from 'zod';
import { CameraSchema, IncidentSchema, NearbyCameraSchema, PlayGrantSchema, type Incident, type PlayGrant } from '../../../server/contracts/index.ts';
import type { CctvCamera, CctvTarget } from '../state/safety-state.ts';
import { getJson } from './rest.ts';

export const fetchIncident = (base: string, id: string, signal?: AbortSignal): Promise<Incident> =>
  getJson(`${base}/api/v1/incidents/${encodeURIComponent(id)}`, IncidentSchema, signal);

const NearbySchema = z.object({ cameras: z.array(NearbyCameraSchema) });
const CamerasSchema = z.object({ cameras: z.array(CameraSchema) });

/** The query for a target's cameras. */
export function camerasUrl(base: string, target: CctvTarget, limit: number): string {
  const q = new URLSearchParams({ limit: String(limit) });
  switch (target.kind) {
    case 'incident':
      q.set('incident', target.incident);
      return `${base}/api/v1/cameras/nearest?${q}`;
    case 'point':
      q.set('lon', target.lon.toFixed(5));
      q.set('lat', target.lat.toFixed(5));
      return `${base}/api/v1/cameras/nearest?${q}`;
    case 'district':
      q.set('district', target.district);
      return `${base}/api/v1/cameras?${q}`;
  }
}

export async function fetchCameras(base: string, target: CctvTarget, limit: number, signal?: AbortSignal): Promise<CctvCamera[]> {
  const url = camerasUrl(base, target, limit);
  if (target.kind === 'district') return (await getJson(url, CamerasSchema, signal)).cameras.map((c) => ({ ...c, distanceM: null }));
  return (await getJson(url, NearbySchema, signal)).cameras;
}

export const requestPlay = (base: string, camera: string, incident: string | null): Promise<PlayGrant> =>
  getJson(`${base}/api/v1/cameras/${encodeURIComponent(camera)}/play`, PlayGrantSchema, undefined, incident === null ? {} : { incident });
