/**
 * @module server/store/camera-rows
 * Pure: checks registry cameras before they are loaded, writes them as COPY text, maps stored rows
 * back to cameras, and writes the viewer rule as SQL. The column order of CAMERA_COLUMNS is the
 * order of every line.
 */
import { z } from 'zod';
import { escapeCopyText } from '../../db/copy-text.ts';
import { CameraSchema, type Camera } from '../contracts/camera.ts';
import type { CameraViewer } from '../cameras/viewers.ts';

export const RegistryCameraSchema = CameraSchema.omit({ streaming: true }).extend({
  lon: z.number().min(124).max(132),
  lat: z.number().min(33).max(39),
  installedYear: z.number().int().min(1900).max(2100).nullable(),
});
export type RegistryCameraInput = z.input<typeof RegistryCameraSchema>;

/** A camera as the server keeps it: the contract's camera, its year, and (server side only) its source. */
export type CameraRecord = Camera & { installedYear: number | null; streamUrl: string | null };

export const CAMERA_COLUMNS = [
  'id',
  'name_ko',
  'name_en',
  'district_code',
  'lon',
  'lat',
  'agency',
  'purpose',
  'viewers',
  'synthetic',
  'installed_year',
  'stream_url',
] as const;

export class CameraRowError extends Error {
  override readonly name = 'CameraRowError';
}

const STREAM_URL = /^(rtsp|rtmp|https?):\/\/\S+$/;

/** Validates every camera (naming the first bad one) and refuses duplicate ids. */
export const checkCameras = (
  cameras: readonly RegistryCameraInput[],
  streamUrlOf: (c: RegistryCameraInput) => string | null,
): Array<z.infer<typeof RegistryCameraSchema> & { streamUrl: string | null }> => {
  const seen = new Set<string>();
  return cameras.map((c, i) => {
    const parsed = RegistryCameraSchema.safeParse(c);
    const where = `camera #${i} (${JSON.stringify((c as { id?: unknown }).id)})`;
    if (!parsed.success) throw new CameraRowError(`${where}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    const cam = parsed.data;
    if (!cam.id.startsWith(`cam-${cam.district}-`)) throw new CameraRowError(`${where}: the id must name its gu ${cam.district}`);
    if (seen.has(cam.id)) throw new CameraRowError(`${where}: the id appears twice`);
    seen.add(cam.id);
    const streamUrl = streamUrlOf(c);
    if (streamUrl !== null && !STREAM_URL.test(streamUrl)) throw new CameraRowError(`${where}: stream address ${JSON.stringify(streamUrl)} is not rtsp, rtmp or http`);
    return { ...cam, streamUrl };
  });
};

/** One COPY text line (viewers are role names, which need no quoting in an array literal). */
export const cameraLine = (c: ReturnType<typeof checkCameras>[number]): string =>
  [
    c.id,
    escapeCopyText(c.name.ko),
    escapeCopyText(c.name.en),
    c.district,
    String(c.lon),
    String(c.lat),
    c.agency,
    c.purpose,
    `{${c.viewers.join(',')}}`,
    c.synthetic ? 't' : 'f',
    c.installedYear === null ? '\\N' : String(c.installedYear),
    c.streamUrl === null ? '\\N' : escapeCopyText(c.streamUrl),
  ].join('\t') + '\n';

/** COPY text in chunks of about 1 MiB. */
export function* cameraChunks(rows: ReturnType<typeof checkCameras>): Generator<string> {
  let chunk = '';
  for (const r of rows) {
    chunk += cameraLine(r);
    if (chunk.length >= 1 << 20) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk.length > 0) yield chunk;
}

/** The select list every camera query uses (the row shape of `toCamera`). */
export const CAMERA_SELECT = `id, name_ko, name_en, district_code, lon, lat, agency, purpose, viewers, synthetic, installed_year, stream_url`;

export interface CameraRow {
  id: string;
  name_ko: string;
  name_en: string;
  district_code: string;
  lon: number;
  lat: number;
  agency: string;
  purpose: string;
  viewers: string[] | string;
  synthetic: boolean;
  installed_year: number | null;
  stream_url: string | null;
}

/** `{a,b}` when a driver leaves an array as text. */
const arrayOf = (v: string[] | string): string[] => (Array.isArray(v) ? v : v.replace(/^\{|\}$/g, '').split(',').filter((s) => s.length > 0));

/** A stored row as a camera; a row that breaks the contract is an error, not a silent skip. */
export const toCamera = (r: CameraRow): CameraRecord => {
  const parsed = CameraSchema.safeParse({
    id: r.id,
    name: { ko: r.name_ko, en: r.name_en },
    district: r.district_code,
    lon: Number(r.lon),
    lat: Number(r.lat),
    agency: r.agency,
    purpose: r.purpose,
    viewers: arrayOf(r.viewers),
    synthetic: r.synthetic,
    streaming: r.stream_url !== null,
  });
  if (!parsed.success) throw new CameraRowError(`stored camera ${r.id} is not valid: ${parsed.error.message}`);
  return { ...parsed.data, installedYear: r.installed_year, streamUrl: r.stream_url };
};

export class CameraQueryError extends Error {
  override readonly name = 'CameraQueryError';
}

export const checkLimit = (limit: number, max: number): void => {
  if (!Number.isInteger(limit) || limit < 1 || limit > max) throw new CameraQueryError(`limit must be an integer from 1 to ${max}, got ${limit}`);
};

/** The viewer rule of cameras/viewers.ts `visibleTo`, as SQL; pushes its parameters onto `params`. */
export const viewerWhere = (viewer: CameraViewer | null, params: unknown[]): string[] => {
  if (viewer === null) return [];
  params.push(viewer.role);
  const where = [`$${params.length}::text = ANY (viewers)`];
  if (viewer.role === 'district-head') {
    params.push([...viewer.districts]);
    where.push(`district_code = ANY ($${params.length}::bpchar[])`);
  }
  return where;
};
