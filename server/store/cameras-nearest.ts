/**
 * @module server/store/cameras-nearest
 * The nearest cameras to a point that a viewer may view: the GiST k-nearest-neighbour scan over
 * `ll_to_earth(lat, lon)` (migration 0005), with the viewer rule in the same statement.
 */
import type { Database } from '../../db/client.ts';
import type { CameraViewer } from '../cameras/viewers.ts';
import { CAMERA_SELECT, CameraQueryError, checkLimit, toCamera, viewerWhere, type CameraRecord, type CameraRow } from './camera-rows.ts';

export interface NearestQuery {
  lon: number;
  lat: number;
  limit: number;
  /** Only cameras this viewer may view; null: every camera (server use). */
  viewer: CameraViewer | null;
  /** Only cameras within this many metres (great-circle). */
  maxDistanceM?: number;
}

export type NearbyCameraRecord = CameraRecord & { distanceM: number };

const checkPoint = (lon: number, lat: number): void => {
  if (!(Number.isFinite(lon) && lon >= -180 && lon <= 180 && Number.isFinite(lat) && lat >= -90 && lat <= 90)) {
    throw new CameraQueryError(`(${lon}, ${lat}) is not a longitude and latitude`);
  }
};

export const MAX_NEAREST = 100;

type NearRow = CameraRow & { distance_m: number };

/** earthdistance's `earth()`, metres. */
const EARTH_M = 6_378_168;

/** The point is always $1 (lat) and $2 (lon). */
const HERE = 'll_to_earth($1::float8, $2::float8)';
const COLUMNS = `${CAMERA_SELECT}, earth_distance(${HERE}, ll_to_earth(lat, lon)) AS distance_m`;
const where = (w: readonly string[]): string => (w.length > 0 ? `WHERE ${w.join(' AND ')}` : '');

/** The viewer's `limit` nearest by the index: the filter is checked as the scan walks outwards. */
const indexed = (db: Database, q: NearestQuery): Promise<NearRow[]> => {
  const params: unknown[] = [q.lat, q.lon];
  const w = viewerWhere(q.viewer, params);
  params.push(q.limit);
  return db.query<NearRow>(`SELECT ${COLUMNS} FROM cameras ${where(w)} ORDER BY ll_to_earth(lat, lon) <-> ${HERE} LIMIT $${params.length}`, params);
};

/** `indexed`, run only when the camera nearest to the point is in one of the viewer's gu (else no rows). */
const gated = (db: Database, q: NearestQuery): Promise<NearRow[]> => {
  const params: unknown[] = [q.lat, q.lon];
  const w = viewerWhere(q.viewer, params);
  w.push(`(SELECT district_code FROM cameras ORDER BY ll_to_earth(lat, lon) <-> ${HERE} LIMIT 1) = ANY ($${params.length}::bpchar[])`);
  params.push(q.limit);
  return db.query<NearRow>(`SELECT ${COLUMNS} FROM cameras ${where(w)} ORDER BY ll_to_earth(lat, lon) <-> ${HERE} LIMIT $${params.length}`, params);
};

/** The point's unit vector, and the squared chord between it and a camera, in plain arithmetic. */
const unit = (lon: number, lat: number): [number, number, number] => {
  const [l, f] = [(lon * Math.PI) / 180, (lat * Math.PI) / 180];
  return [Math.cos(f) * Math.cos(l), Math.cos(f) * Math.sin(l), Math.sin(f)];
};
const chord2 = (x: number, y: number, z: number): string =>
  `(cos(radians(lat)) * cos(radians(lon)) - $${x}::float8) ^ 2 + (cos(radians(lat)) * sin(radians(lon)) - $${y}::float8) ^ 2 + (sin(radians(lat)) - $${z}::float8) ^ 2`;

/**
 * The viewer's cameras sorted by distance (the district index narrows them to the gu). The sort key
 * is the squared chord on the unit sphere — the same order as great-circle distance, and several
 * times cheaper per row than `ll_to_earth`; metres are computed for the rows returned only.
 */
const sorted = (db: Database, q: NearestQuery, max: number | undefined): Promise<NearRow[]> => {
  const params: unknown[] = [q.lat, q.lon];
  const w = viewerWhere(q.viewer, params);
  params.push(...unit(q.lon, q.lat));
  const key = chord2(params.length - 2, params.length - 1, params.length);
  if (max !== undefined && max < Math.PI * EARTH_M) {
    // a little generous here; the exact cut in metres is made on the rows returned
    params.push((2 * Math.sin(max / (2 * EARTH_M))) ** 2 * (1 + 1e-9));
    w.push(`${key} <= $${params.length}::float8`);
  }
  params.push(q.limit);
  return db.query<NearRow>(`SELECT ${COLUMNS} FROM cameras ${where(w)} ORDER BY ${key} LIMIT $${params.length}`, params);
};

/**
 * A district head's cameras are one gu's. When the camera nearest to the point, whoever's it is,
 * is in the head's gu, the point is in or at the gu and the index walk finds the head's cameras at
 * once; otherwise (a point far from the gu) that walk could pass most of the city first, so the
 * gu's own cameras are sorted by distance instead, which costs one gu's cameras wherever the point is.
 */
const nearestRows = async (db: Database, q: NearestQuery, max: number | undefined): Promise<NearRow[]> => {
  if (q.viewer === null || q.viewer.role !== 'district-head') return indexed(db, q);
  const rows = await gated(db, q);
  return rows.length === q.limit ? rows : sorted(db, q, max);
};

/**
 * The `limit` cameras nearest to (lon, lat) that the viewer may view, nearest first (equal
 * distances by id), with their great-circle distance in metres; with `maxDistanceM`, those of them
 * within it (the nearest within a radius are the nearest, cut at the radius). The GiST index orders
 * by chord distance, which orders as great-circle distance does.
 */
export const nearestCameras = async (db: Database, q: NearestQuery): Promise<NearbyCameraRecord[]> => {
  checkPoint(q.lon, q.lat);
  checkLimit(q.limit, MAX_NEAREST);
  const max = q.maxDistanceM;
  if (max !== undefined && !(max >= 0)) throw new CameraQueryError(`maxDistanceM must be ≥ 0, got ${max}`);
  const rows = (await nearestRows(db, q, max)).map((r) => ({ ...toCamera(r), distanceM: Number(r.distance_m) }));
  return rows.filter((c) => max === undefined || c.distanceM <= max).sort((a, b) => a.distanceM - b.distanceM || (a.id < b.id ? -1 : 1));
};
