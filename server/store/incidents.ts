/**
 * @module server/store/incidents
 * Emergency incidents, one row per incident (`state` is the whole Incident). Writes upsert by id and
 * an older state never replaces a newer one (`updated_at`), so redeliveries and racing writers are
 * harmless. Reads: one incident, the open ones (to resume the actors), a filtered page newest report
 * first with a keyset cursor (on the time and district indexes), and response-time KPIs in SQL.
 */
import { and, asc, desc, eq, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { incidents } from '../../db/schema/index.ts';
import { excludedColumns } from './excluded.ts';
import {
  AgencySchema, DistrictCodeSchema, IncidentIdSchema, IncidentSchema, IncidentStageSchema,
  type Agency, type Incident, type IncidentKpi,
} from '../contracts/index.ts';

export class IncidentDocumentError extends Error {
  override name = 'IncidentDocumentError';
}

export const MAX_INCIDENT_PAGE = 500;

/** Keyset position: the last row of a page. Opaque to clients (base64url JSON). */
const CursorSchema = z.object({ r: z.iso.datetime(), id: IncidentIdSchema });
export const encodeIncidentCursor = (i: Pick<Incident, 'id'> & { reportedAt: string }): string =>
  Buffer.from(JSON.stringify({ r: i.reportedAt, id: i.id })).toString('base64url');
export const decodeIncidentCursor = (s: string): { reportedAt: Date; id: string } | null => {
  try {
    const c = CursorSchema.safeParse(JSON.parse(Buffer.from(s, 'base64url').toString('utf8')));
    return c.success ? { reportedAt: new Date(c.data.r), id: c.data.id } : null;
  } catch {
    return null;
  }
};

export const IncidentBboxSchema = z
  .tuple([z.number().min(-180).max(180), z.number().min(-90).max(90), z.number().min(-180).max(180), z.number().min(-90).max(90)])
  .refine(([w, s, e, n]) => w < e && s < n, 'west < east and south < north');

export const IncidentQuerySchema = z
  .object({
    district: DistrictCodeSchema.optional(),
    /** [west, south, east, north] in WGS84 degrees. */
    bbox: IncidentBboxSchema.optional(),
    /** Reported at or after. */
    from: z.date().optional(),
    /** Reported before. */
    to: z.date().optional(),
    agency: AgencySchema.optional(),
    /** A stage, or `open` for every stage but resolved. */
    stage: z.union([IncidentStageSchema, z.literal('open')]).optional(),
    limit: z.number().int().min(1).max(MAX_INCIDENT_PAGE),
    cursor: z.string().refine((c) => decodeIncidentCursor(c) !== null, 'not a cursor from a previous page').optional(),
    /** Match `bbox` against positions rounded to these decimals per agency (the public view) instead of exact ones. */
    bboxDecimals: z.object({ fire: z.number().int().min(0).max(6), police: z.number().int().min(0).max(6) }).optional(),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from < q.to, { message: 'from must be before to', path: ['from'] });
export type IncidentQuery = z.input<typeof IncidentQuerySchema>;

export interface IncidentPage {
  incidents: Incident[];
  /** Pass as `cursor` for the next page; null on the last one. */
  nextCursor: string | null;
}

type Row = typeof incidents.$inferSelect;

const UPDATED_COLUMNS = [
  'source', 'agency', 'type', 'stage', 'districtCode', 'lon', 'lat', 'reportedAt', 'resolvedAt', 'travelS', 'state', 'updatedAt',
] as const;

const toIncident = (r: Pick<Row, 'id' | 'state'>): Incident => {
  const parsed = IncidentSchema.safeParse(r.state);
  if (!parsed.success) throw new IncidentDocumentError(`stored incident ${r.id} is not a valid incident: ${parsed.error.message}`);
  return parsed.data;
};

const toRow = (i: Incident): typeof incidents.$inferInsert => ({
  id: i.id, source: i.source, agency: i.agency, type: i.type, stage: i.stage, districtCode: i.district,
  lon: i.lon, lat: i.lat, reportedAt: new Date(i.times.reported),
  resolvedAt: i.times.resolved === null ? null : new Date(i.times.resolved),
  travelS: i.durations.travelS, state: i, updatedAt: new Date(i.updatedAt),
});

/** Inserts or updates incidents by id; a row keeps its state when the incoming one is not newer. */
export const upsertIncidents = async (db: Database, list: readonly Incident[]): Promise<void> => {
  const newest = new Map<string, Incident>();
  for (const raw of list) {
    const i = IncidentSchema.parse(raw);
    const prev = newest.get(i.id);
    if (prev === undefined || Date.parse(prev.updatedAt) <= Date.parse(i.updatedAt)) newest.set(i.id, i);
  }
  if (newest.size === 0) return;
  await db.orm
    .insert(incidents)
    .values([...newest.values()].map(toRow))
    .onConflictDoUpdate({
      target: incidents.id,
      set: excludedColumns(incidents, UPDATED_COLUMNS),
      setWhere: sql`excluded.updated_at > ${incidents.updatedAt}`,
    });
};

export const getIncident = async (db: Database, id: string): Promise<Incident | null> => {
  if (!IncidentIdSchema.safeParse(id).success) return null;
  const [r] = await db.orm.select({ id: incidents.id, state: incidents.state }).from(incidents).where(eq(incidents.id, id));
  return r === undefined ? null : toIncident(r);
};

const OPEN_STAGES = ['reported', 'dispatched', 'arrived'] as const;

/** Incidents not resolved yet, oldest report first (to seed the actors). */
export const openIncidents = async (db: Database, opts: { reportedSince?: Date; limit?: number } = {}): Promise<Incident[]> => {
  const since = opts.reportedSince === undefined ? undefined : gte(incidents.reportedAt, opts.reportedSince);
  const rows = await db.orm
    .select({ id: incidents.id, state: incidents.state })
    .from(incidents)
    .where(and(inArray(incidents.stage, [...OPEN_STAGES]), since))
    .orderBy(asc(incidents.reportedAt), asc(incidents.id))
    .limit(opts.limit ?? 10_000);
  return rows.map(toIncident);
};

/**
 * What the incident actors resume from after a restart: every incident reported since `since` (the
 * KPIs need the resolved ones too) and every open one updated since then. Oldest report first.
 */
export const incidentsToResume = async (db: Database, opts: { since: Date; limit?: number }): Promise<Incident[]> => {
  const rows = await db.orm
    .select({ id: incidents.id, state: incidents.state })
    .from(incidents)
    .where(or(gte(incidents.reportedAt, opts.since), and(inArray(incidents.stage, [...OPEN_STAGES]), gte(incidents.updatedAt, opts.since))))
    .orderBy(asc(incidents.reportedAt), asc(incidents.id))
    .limit(opts.limit ?? 20_000);
  return rows.map(toIncident);
};

/** A coordinate as the public sees it: rounded per agency (PostgreSQL rounds halves away from zero). */
const rounded = (column: typeof incidents.lon | typeof incidents.lat, d: { fire: number; police: number }): SQL =>
  sql`round(${column}::numeric, CASE WHEN ${incidents.agency} = 'police' THEN ${d.police}::int ELSE ${d.fire}::int END)`;

const conditions = (q: z.infer<typeof IncidentQuerySchema>): Array<SQL | undefined> => {
  const c = q.cursor === undefined ? null : decodeIncidentCursor(q.cursor);
  const lon = q.bboxDecimals === undefined ? sql`${incidents.lon}` : rounded(incidents.lon, q.bboxDecimals);
  const lat = q.bboxDecimals === undefined ? sql`${incidents.lat}` : rounded(incidents.lat, q.bboxDecimals);
  return [
    q.district === undefined ? undefined : eq(incidents.districtCode, q.district),
    q.agency === undefined ? undefined : eq(incidents.agency, q.agency),
    q.stage === undefined ? undefined : q.stage === 'open' ? inArray(incidents.stage, [...OPEN_STAGES]) : eq(incidents.stage, q.stage),
    q.from === undefined ? undefined : gte(incidents.reportedAt, q.from),
    q.to === undefined ? undefined : lt(incidents.reportedAt, q.to),
    q.bbox === undefined ? undefined : sql`${lon} BETWEEN ${q.bbox[0]} AND ${q.bbox[2]} AND ${lat} BETWEEN ${q.bbox[1]} AND ${q.bbox[3]}`,
    c === null ? undefined : or(lt(incidents.reportedAt, c.reportedAt), and(eq(incidents.reportedAt, c.reportedAt), lt(incidents.id, c.id))),
  ];
};

/** One page of incidents matching the filters, newest report first. */
export const queryIncidents = async (db: Database, query: IncidentQuery): Promise<IncidentPage> => {
  const q = IncidentQuerySchema.parse(query);
  const rows = await db.orm
    .select({ id: incidents.id, state: incidents.state })
    .from(incidents)
    .where(and(...conditions(q)))
    .orderBy(desc(incidents.reportedAt), desc(incidents.id))
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit).map(toIncident);
  const last = page.at(-1);
  const more = rows.length > q.limit && last !== undefined;
  return { incidents: page, nextCursor: more ? encodeIncidentCursor({ id: last.id, reportedAt: last.times.reported }) : null };
};

export const IncidentKpiQuerySchema = z
  .object({
    from: z.date(),
    to: z.date(),
    district: DistrictCodeSchema.optional(),
    agency: AgencySchema,
    targetS: z.number().positive(),
    goalShare: z.number().min(0).max(1),
  })
  .refine((q) => q.from < q.to, { message: 'from must be before to', path: ['from'] });
export type IncidentKpiQuery = z.input<typeof IncidentKpiQuerySchema>;

interface KpiRow {
  reported: number; open: number; arrived: number; within: number; late: number; deaths: number; injuries: number;
  median_travel: number | null; p90_travel: number | null; median_dispatch: number | null;
}

export const incidentKpiSql = (byDistrict: boolean): string => `
  SELECT count(*)::int AS reported,
         count(*) FILTER (WHERE stage <> 'resolved')::int AS open,
         count(travel_s)::int AS arrived,
         count(*) FILTER (WHERE travel_s <= $4)::int AS within,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY travel_s) AS median_travel,
         percentile_cont(0.9) WITHIN GROUP (ORDER BY travel_s) AS p90_travel,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY (state->'durations'->>'dispatchS')::float8) AS median_dispatch,
         count(*) FILTER (WHERE jsonb_array_length(state->'late') > 0)::int AS late,
         coalesce(sum((state->'casualties'->>'deaths')::int), 0)::int AS deaths,
         coalesce(sum((state->'casualties'->>'injuries')::int), 0)::int AS injuries
    FROM incidents
   WHERE agency = $1 AND reported_at >= $2 AND reported_at < $3${byDistrict ? ' AND district_code = $5' : ''}`;

const r1 = (v: number | string | null): number | null => (v === null ? null : Math.round(Number(v) * 10) / 10);

/** The KPI of one agency over incidents reported in [from, to), city-wide or in one gu (see actors/incident/kpi.ts). */
export const incidentKpisFromStore = async (db: Database, query: IncidentKpiQuery): Promise<IncidentKpi> => {
  const q = IncidentKpiQuerySchema.parse(query);
  const params: unknown[] = [q.agency, q.from, q.to, q.targetS];
  if (q.district !== undefined) params.push(q.district);
  const [r] = await db.query<KpiRow>(incidentKpiSql(q.district !== undefined), params);
  const k = r ?? { reported: 0, open: 0, arrived: 0, within: 0, late: 0, deaths: 0, injuries: 0, median_travel: null, p90_travel: null, median_dispatch: null };
  return {
    scope: q.district ?? 'city', agency: q.agency as Agency,
    from: q.from.toISOString(), to: q.to.toISOString(),
    reported: k.reported, open: k.open, arrived: k.arrived, withinTarget: k.within,
    shareWithinTarget: k.arrived === 0 ? null : k.within / k.arrived,
    targetS: q.targetS, goalShare: q.goalShare,
    medianTravelS: r1(k.median_travel), p90TravelS: r1(k.p90_travel), medianDispatchS: r1(k.median_dispatch),
    late: k.late, deaths: k.deaths, injuries: k.injuries,
  };
};
