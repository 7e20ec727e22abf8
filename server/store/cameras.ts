/**
 * @module server/store/cameras
 * The camera registry: bulk, idempotent seeding; keyset pages with the viewer rule in SQL; one
 * camera; the streamed ones; counts per gu. The nearest cameras are in cameras-nearest.ts.
 */
import type { Database } from '../../db/client.ts';
import type { CameraViewer } from '../cameras/viewers.ts';
import {
  CAMERA_COLUMNS,
  CAMERA_SELECT,
  cameraChunks,
  CameraQueryError,
  checkCameras,
  checkLimit,
  toCamera,
  viewerWhere,
  type CameraRecord,
  type CameraRow,
  type RegistryCameraInput,
} from './camera-rows.ts';

export { CameraQueryError, CameraRowError, type CameraRecord, type RegistryCameraInput } from './camera-rows.ts';
export { MAX_NEAREST, nearestCameras, type NearbyCameraRecord, type NearestQuery } from './cameras-nearest.ts';

export interface SeedCamerasOptions {
  /** The address the relay pulls a camera's stream from; null (the default): not streamed. */
  streamUrlOf?: (c: RegistryCameraInput) => string | null;
}

export interface SeedCamerasResult {
  inserted: number;
  updated: number;
  unchanged: number;
}

const UPDATABLE = CAMERA_COLUMNS.filter((c) => c !== 'id');

/**
 * Upserts the cameras by id in one transaction: COPY into a temporary table, then one
 * `INSERT … ON CONFLICT` that rewrites only rows that changed. Cameras not in the list stay.
 */
export const seedCameras = async (db: Database, cameras: readonly RegistryCameraInput[], o: SeedCamerasOptions = {}): Promise<SeedCamerasResult> => {
  const rows = checkCameras(cameras, o.streamUrlOf ?? (() => null));
  if (rows.length === 0) return { inserted: 0, updated: 0, unchanged: 0 };
  const cols = CAMERA_COLUMNS.join(', ');
  const set = UPDATABLE.map((c) => `${c} = excluded.${c}`).join(', ');
  const changed = `(${UPDATABLE.map((c) => `cameras.${c}`).join(', ')}) IS DISTINCT FROM (${UPDATABLE.map((c) => `excluded.${c}`).join(', ')})`;
  const [r] = await db.transaction(async (tx) => {
    await tx.query(`CREATE TEMP TABLE cameras_seed (LIKE cameras) ON COMMIT DROP`);
    await tx.copyText('cameras_seed', CAMERA_COLUMNS, cameraChunks(rows));
    return tx.query<{ inserted: number; updated: number }>(
      `WITH up AS (INSERT INTO cameras (${cols}) SELECT ${cols} FROM cameras_seed
         ON CONFLICT (id) DO UPDATE SET ${set} WHERE ${changed}
         RETURNING (xmax = 0) AS inserted)
       SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM up`,
    );
  });
  const inserted = r?.inserted ?? 0;
  const updated = r?.updated ?? 0;
  return { inserted, updated, unchanged: rows.length - inserted - updated };
};

export interface ListCamerasQuery {
  viewer: CameraViewer | null;
  district?: string;
  /** [west, south, east, north] in degrees. */
  bbox?: readonly [number, number, number, number];
  limit: number;
  /** The last id of the previous page. */
  cursor?: string;
}

export const MAX_PAGE = 1000;

/** A page of cameras by id; `next` is the cursor of the following page, or null after the last. */
export const listCameras = async (db: Database, q: ListCamerasQuery): Promise<{ cameras: CameraRecord[]; next: string | null }> => {
  checkLimit(q.limit, MAX_PAGE);
  const params: unknown[] = [];
  const where = viewerWhere(q.viewer, params);
  const add = (sql: (n: number) => string, v: unknown): void => {
    params.push(v);
    where.push(sql(params.length));
  };
  if (q.district !== undefined) add((n) => `district_code = $${n}::bpchar`, q.district);
  if (q.cursor !== undefined) add((n) => `id > $${n}::text`, q.cursor);
  if (q.bbox !== undefined) {
    const [w, s, e, n] = q.bbox;
    if (!(w <= e && s <= n)) throw new CameraQueryError('bbox must be west,south,east,north with west ≤ east and south ≤ north');
    add((i) => `lon >= $${i}::float8`, w);
    add((i) => `lat >= $${i}::float8`, s);
    add((i) => `lon <= $${i}::float8`, e);
    add((i) => `lat <= $${i}::float8`, n);
  }
  params.push(q.limit + 1);
  const rows = await db.query<CameraRow>(
    `SELECT ${CAMERA_SELECT} FROM cameras ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id LIMIT $${params.length}`,
    params,
  );
  const page = rows.slice(0, q.limit).map(toCamera);
  return { cameras: page, next: rows.length > q.limit ? (page.at(-1)?.id ?? null) : null };
};

export const getCamera = async (db: Database, id: string): Promise<CameraRecord | null> => {
  const [r] = await db.query<CameraRow>(`SELECT ${CAMERA_SELECT} FROM cameras WHERE id = $1`, [id]);
  return r ? toCamera(r) : null;
};

/** Cameras with a stream address, for the relay. */
export const streamingCameras = async (db: Database): Promise<CameraRecord[]> =>
  (await db.query<CameraRow>(`SELECT ${CAMERA_SELECT} FROM cameras WHERE stream_url IS NOT NULL ORDER BY id`)).map(toCamera);

export interface CameraCount {
  district: string;
  agency: string;
  cameras: number;
  synthetic: number;
}

/** How many cameras each gu has, by agency. */
export const cameraCounts = (db: Database): Promise<CameraCount[]> =>
  db.query<CameraCount>(
    `SELECT district_code AS district, agency, count(*)::int AS cameras, count(*) FILTER (WHERE synthetic)::int AS synthetic
     FROM cameras GROUP BY district_code, agency ORDER BY district_code, agency`,
  );
