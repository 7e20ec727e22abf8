/**
 * @module cameras/nearest
 * Pure: great-circle distance and the nearest cameras by brute force over a list. The store answers
 * the same question with the database's index; this is the in-memory port's answer and the check
 * the store's tests and the benchmark compare it with.
 */
import { visibleTo, type CameraViewer } from './viewers.ts';
import type { Camera } from '../contracts/camera.ts';

/** The earth's radius of PostgreSQL's earthdistance module (`earth()`), so that both measure alike. */
export const EARTH_RADIUS_M = 6_378_168;

const rad = (deg: number): number => (deg * Math.PI) / 180;

/** Haversine distance in metres between two lon/lat points. */
export const distanceM = (lon1: number, lat1: number, lon2: number, lat2: number): number => {
  const s = Math.sin(rad(lat2 - lat1) / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(rad(lon2 - lon1) / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(s)));
};

export interface NearestOf {
  lon: number;
  lat: number;
  limit: number;
  viewer: CameraViewer | null;
  maxDistanceM?: number;
}

type Placed = Pick<Camera, 'id' | 'lon' | 'lat' | 'viewers' | 'district'>;

const before = (a: { distanceM: number; id: string }, b: { distanceM: number; id: string }): boolean =>
  a.distanceM < b.distanceM || (a.distanceM === b.distanceM && a.id < b.id);

/** The `limit` cameras nearest to the point that the viewer may view: nearest first, then by id. */
export const nearestOf = <C extends Placed>(cameras: readonly C[], q: NearestOf): Array<C & { distanceM: number }> => {
  const top: Array<C & { distanceM: number }> = [];
  for (const c of cameras) {
    if (q.viewer !== null && !visibleTo(q.viewer, c)) continue;
    const d = distanceM(q.lon, q.lat, c.lon, c.lat);
    if (q.maxDistanceM !== undefined && d > q.maxDistanceM) continue;
    const last = top[top.length - 1];
    if (top.length >= q.limit && last !== undefined && !before({ distanceM: d, id: c.id }, last)) continue;
    const item = { ...c, distanceM: d };
    let i = top.length;
    while (i > 0 && before(item, top[i - 1] as C & { distanceM: number })) i--;
    top.splice(i, 0, item);
    if (top.length > q.limit) top.pop();
  }
  return top;
};
