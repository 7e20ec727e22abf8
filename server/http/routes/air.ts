/**
 * @module http/routes/air
 * GET /api/v1/air/latest — every district's CAI, grade and values now (the district actors' state).
 * GET /api/v1/air/history — bucketed history for a district, from the hourly rollup when possible.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { AIR_METRICS, DistrictAirSchema, METRIC_UNITS, type AirMetric } from '../../contracts/index.ts';
import type { ApiDeps, HistoryRow } from '../deps.ts';
import { problemResponses } from '../problem.ts';
import { cityAirOf } from '../../live/derived.ts';
import { HistoryQuerySchema, resolveHistoryQuery } from './air-query.ts';

const LatestSchema = z
  .object({ asOf: z.string().nullable(), districts: z.array(DistrictAirSchema) })
  .openapi('AirLatest');

const PointSchema = z.object({ t: z.string(), avg: z.number().nullable(), min: z.number().nullable(), max: z.number().nullable(), n: z.number().int() });
const HistorySchema = z
  .object({
    district: z.string(),
    station: z.string().nullable(),
    from: z.string(),
    to: z.string(),
    bucketSeconds: z.number().int(),
    servedFrom: z.enum(['rollup', 'raw']),
    series: z.array(z.object({ metric: z.string(), unit: z.string(), points: z.array(PointSchema) })),
  })
  .openapi('AirHistory');

const latestRoute = createRoute({
  method: 'get',
  path: '/api/v1/air/latest',
  tags: ['air'],
  summary: 'Comprehensive Air-quality Index (CAI) of every district now',
  responses: { 200: { description: 'One entry per district with data', content: { 'application/json': { schema: LatestSchema } } } },
});

const historyRoute = createRoute({
  method: 'get',
  path: '/api/v1/air/history',
  tags: ['air'],
  summary: 'Pollutant history of a district, bucketed',
  request: { query: HistoryQuerySchema },
  responses: { 200: { description: 'One series per pollutant', content: { 'application/json': { schema: HistorySchema } } }, ...problemResponses },
});

export function toSeries(rows: HistoryRow[]) {
  const byMetric = new Map<string, HistoryRow[]>();
  for (const r of rows) {
    const list = byMetric.get(r.metric) ?? [];
    list.push(r);
    byMetric.set(r.metric, list);
  }
  const known = (m: string): m is AirMetric => (AIR_METRICS as readonly string[]).includes(m);
  return [...byMetric].map(([metric, list]) => ({
    metric,
    unit: known(metric) ? METRIC_UNITS[metric] : '',
    points: list
      .sort((a, b) => a.bucket.getTime() - b.bucket.getTime())
      .map((r) => ({ t: r.bucket.toISOString(), avg: r.avg, min: r.min, max: r.max, n: r.n })),
  }));
}

export function registerAirRoutes(app: OpenAPIHono, deps: ApiDeps): void {
  app.openapi(latestRoute, (c) => {
    const districts = cityAirOf(deps.hub)?.districts ?? [];
    const asOf = districts.reduce<string | null>((m, d) => (d.asOf && (!m || d.asOf > m) ? d.asOf : m), null);
    return c.json({ asOf, districts }, 200);
  });
  app.openapi(historyRoute, async (c) => {
    const q = resolveHistoryQuery(c.req.valid('query'), deps.now());
    const { rows, servedFrom } = await deps.airHistory(q);
    return c.json(
      {
        district: q.district,
        station: q.station ?? null,
        from: q.from.toISOString(),
        to: q.to.toISOString(),
        bucketSeconds: q.bucketSeconds,
        servedFrom,
        series: toSeries(rows),
      },
      200,
    );
  });
}
