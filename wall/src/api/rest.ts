/**
 * @module wall/api/rest
 * The REST calls the wall makes, each checked with zod: its layout, the source catalogue, the
 * monitoring stations, a district's 24-hour history and the map asset.
 */
import { z } from 'zod';
import { StationSchema, StoredLayoutSchema, UserPrincipalSchema, type StoredLayout, type UserPrincipal } from '../../../server/contracts/index.ts';
import { MapAssetSchema, type MapAsset } from '../map/map-asset.ts';
import type { HistoryPoint, SourceInfo, Station } from '../state/wall-state.ts';

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(readonly url: string, readonly status: number, detail: string) {
    super(`${url}: ${status} ${detail}`);
  }
}

/** GETs (or POSTs `post` as JSON to) `url` and checks the answer against `schema`. */
export async function getJson<T>(url: string, schema: z.ZodType<T>, signal?: AbortSignal, post?: unknown): Promise<T> {
  const res = await fetch(url, {
    headers: { accept: 'application/json', ...(post === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(post === undefined ? {} : { method: 'POST', body: JSON.stringify(post) }),
    ...(signal ? { signal } : {}),
  });
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const detail = (body as { detail?: string; title?: string } | null)?.detail ?? (body as { title?: string } | null)?.title ?? res.statusText;
    throw new ApiError(url, res.status, detail);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiError(url, res.status, `unexpected response: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

/** The signed-in person, or null for an anonymous visitor (or a key: the wall is for people). */
export async function fetchMe(base: string): Promise<UserPrincipal | null> {
  const res = await fetch(`${base}/api/v1/auth/me`, { headers: { accept: 'application/json' } });
  if (res.status === 401) return null;
  const parsed = UserPrincipalSchema.safeParse(await res.json().catch(() => null));
  return parsed.success ? parsed.data : null;
}

export interface LayoutRequest {
  role: string;
  user: string | null;
  district: string | null;
}

export function fetchLayout(base: string, r: LayoutRequest): Promise<StoredLayout> {
  const q = new URLSearchParams({ role: r.role });
  if (r.user) q.set('user', r.user);
  if (r.district) q.set('district', r.district);
  return getJson(`${base}/api/v1/layouts/resolve?${q}`, StoredLayoutSchema);
}

const Localized = z.object({ ko: z.string(), en: z.string() });
const SourceListSchema = z.array(
  z.object({ id: z.string(), title: Localized, department: Localized, cadence: z.string(), staleAfterSeconds: z.number(), synthetic: z.boolean(), attribution: z.string() }),
);
const SourcesSchema = z.object({ sources: SourceListSchema }).transform((b) => b.sources);

export const fetchSources = (base: string): Promise<SourceInfo[]> => getJson(`${base}/api/v1/sources`, SourcesSchema);

const StationsBodySchema = z.object({ stations: z.array(StationSchema) }).transform((b) => b.stations);

export const fetchStations = (base: string): Promise<Station[]> => getJson(`${base}/api/v1/stations`, StationsBodySchema);

const HistorySchema = z.object({
  series: z.array(z.object({ metric: z.string(), points: z.array(z.object({ t: z.string(), avg: z.number().nullable() })) })),
});

export async function fetchHistory(base: string, district: string, now: number): Promise<Record<string, HistoryPoint[]>> {
  const q = new URLSearchParams({ district, from: new Date(now - 86_400_000).toISOString(), to: new Date(now).toISOString(), bucket: '1h' });
  const body = await getJson(`${base}/api/v1/air/history?${q}`, HistorySchema);
  return Object.fromEntries(body.series.map((s) => [s.metric, s.points.map((p) => ({ t: Date.parse(p.t), value: p.avg }))]));
}

export const fetchMapAsset = (url: string): Promise<MapAsset> => getJson(url, MapAssetSchema as z.ZodType<MapAsset>);
