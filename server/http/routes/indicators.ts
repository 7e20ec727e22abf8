/**
 * @module http/routes/indicators
 * GET /api/v1/indicators — the catalogue, with each indicator's provenance;
 * GET /api/v1/indicators/rollups — monthly or annual figures of many indicators (counts for city staff only);
 * GET /api/v1/indicators/{id} — one indicator and the tasks it measures;
 * GET /api/v1/indicators/{id}/series (and /series.csv, or ?format=csv) — one series as known on a date;
 * GET /api/v1/indicators/{id}/drilldown — one period by gu, age band or gender;
 * GET /api/v1/pledges — the plan's tasks with their computed status;
 * GET /api/v1/city-score — the city's or a gu's score per day, month or quarter.
 * All published. Counts are suppressed for small cells for everyone but signed-in city staff.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Principal } from '../../contracts/access.ts';
import type { Catalogue, Indicator, KnownObservation, Observation, Plan } from '../../contracts/indicator.ts';
import { isRole, STAFF } from '../../access/decision.ts';
import { indicatorIndex } from '../../indicators/catalogue.ts';
import { dayNumber } from '../../indicators/period.ts';
import { rollupScores } from '../../indicators/rollup.ts';
import { assessTasks } from '../../indicators/status.ts';
import type { DrilldownQuery, RollupGridQuery, RollupRow, SeriesQuery } from '../../store/indicators.ts';
import { invalidRequest, notFound } from '../problem.ts';
import {
  catalogueRoute, cityScoreRoute, drilldownRoute, indicatorRoute, pledgesRoute, rollupsRoute, seriesCsvRoute, seriesRoute, type ServedValue,
} from './indicators-api.ts';
import { checkRollupSize, indicatorsAsked, rollupScope, rollupYears, servedRollupRows } from './indicators-rollups.ts';
import { checkCell, checkDrilldown, exactValues, publicValues, seriesCsv, SMALL_CELL_K } from './indicators-view.ts';

/** What the routes need of the stored values (server/store/indicators-port.ts, or indicators-memory.ts). */
export interface IndicatorPort {
  series(q: SeriesQuery): Promise<KnownObservation[]>;
  drilldown(q: DrilldownQuery): Promise<KnownObservation[]>;
  /** Every cell of an indicator (one period or all) as known on a date, in the periods with a cell 0 < value < smallBelow. */
  cube(q: { indicator: string; period?: string | undefined; asOf: string; smallBelow: number }): Promise<Observation[]>;
  /** Every revision of every headline cell released by a date. */
  headline(asOf: string): Promise<Observation[]>;
  /** Monthly or annual rows of the latest revision, in byte order of indicator, gu, age band and gender, then bucket. */
  rollups(q: RollupGridQuery): Promise<RollupRow[]>;
}

export interface IndicatorRouteDeps {
  indicators: IndicatorPort;
  catalogue: Catalogue;
  plan: Plan;
  principalOf(c: Context): Principal;
  now(): number;
  /** Small-cell threshold (default SMALL_CELL_K). */
  smallCellK?: number;
}

/** Whether a principal sees small counts: signed-in city staff. */
export const seesSmallCells = (p: Principal): boolean => isRole(p, STAFF);

const KST_MS = 9 * 3_600_000;
const todayIn = (now: number): string => new Date(now + KST_MS).toISOString().slice(0, 10);
const MAX_DAY_BUCKETS = 366;

export function registerIndicatorRoutes(app: OpenAPIHono, deps: IndicatorRouteDeps): void {
  const index = indicatorIndex(deps.catalogue);
  const k = deps.smallCellK ?? SMALL_CELL_K;
  const indicatorOf = (id: string): Indicator => {
    const ind = index.get(id);
    if (ind === undefined) throw notFound(`no indicator ${id}`);
    return ind;
  };
  const exactFor = (c: Context, ind: Indicator): boolean => ind.measure !== 'count' || seesSmallCells(deps.principalOf(c));

  const seriesOf = async (c: Context, id: string, q: { district: SeriesQuery['district']; age: SeriesQuery['age']; gender: SeriesQuery['gender']; asOf?: string | undefined }) => {
    const ind = indicatorOf(id);
    const cell = { district: q.district ?? 'city', age: q.age ?? 'all', gender: q.gender ?? 'all' };
    checkCell(ind, cell);
    const asOf = q.asOf ?? todayIn(deps.now());
    const values = await deps.indicators.series({ indicator: id, ...cell, asOf });
    const shown = exactFor(c, ind);
    const series: ServedValue[] = shown ? exactValues(values) : publicValues(values, await deps.indicators.cube({ indicator: id, asOf, smallBelow: k }), k);
    return { indicator: id, ...cell, asOf, values: shown ? ('exact' as const) : ('public' as const), series };
  };
  const csvResponse = (c: Context, body: { indicator: string; district: string; age: string; gender: string; asOf: string; series: ServedValue[] }) =>
    c.body(seriesCsv(body.series), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${body.indicator}-${body.district}-${body.age}-${body.gender}-${body.asOf}.csv"`,
    });

  app.openapi(catalogueRoute, (c) => c.json({ indicators: deps.catalogue.indicators }, 200));

  // Before `{id}`, which would take `rollups` for an indicator id.
  app.openapi(rollupsRoute, async (c) => {
    const q = c.req.valid('query');
    const { from, to } = rollupYears(q, Number(todayIn(deps.now()).slice(0, 4)));
    const asked = indicatorsAsked(index, q.indicator ?? deps.catalogue.indicators.map((i) => i.id));
    const { served, withheld } = rollupScope(asked, q.by, seesSmallCells(deps.principalOf(c)));
    checkRollupSize(served, q, { from, to });
    // Every indicator: the store's `all` scope (one scan of the line); the rows are filtered by `served` anyway.
    const everything = q.indicator === undefined && withheld.length === 0;
    const rows = served.length === 0 ? [] : await deps.indicators.rollups({ indicators: everything ? undefined : served.map((i) => i.id), grain: q.grain, by: q.by, from, to });
    return c.json({ grain: q.grain, by: q.by ?? null, from, to, rows: servedRollupRows(rows, served), withheld }, 200);
  });

  app.openapi(indicatorRoute, (c) => {
    const ind = indicatorOf(c.req.valid('param').id);
    return c.json({ indicator: ind, tasks: deps.plan.tasks.filter((t) => t.indicators.some((i) => i.indicator === ind.id)).map((t) => t.id) }, 200);
  });

  app.openapi(seriesCsvRoute, async (c) => csvResponse(c, await seriesOf(c, c.req.valid('param').id, c.req.valid('query'))) as never);

  app.openapi(seriesRoute, async (c) => {
    const { format, ...q } = c.req.valid('query');
    const body = await seriesOf(c, c.req.valid('param').id, q);
    return (format === 'csv' ? csvResponse(c, body) : c.json(body, 200)) as never;
  });

  app.openapi(drilldownRoute, async (c) => {
    const { id } = c.req.valid('param');
    const q = c.req.valid('query');
    const ind = indicatorOf(id);
    checkDrilldown(ind, q.period, q.by);
    const asOf = q.asOf ?? todayIn(deps.now());
    const values = await deps.indicators.drilldown({ indicator: id, period: q.period, by: q.by, asOf });
    const shown = exactFor(c, ind);
    const cells = shown ? exactValues(values) : publicValues(values, await deps.indicators.cube({ indicator: id, period: q.period, asOf, smallBelow: k }), k);
    return c.json({ indicator: id, period: q.period, by: q.by, asOf, values: shown ? ('exact' as const) : ('public' as const), cells }, 200);
  });

  app.openapi(pledgesRoute, async (c) => {
    const asOf = c.req.valid('query').asOf ?? todayIn(deps.now());
    const assessed = assessTasks(deps.plan.tasks, index, await deps.indicators.headline(asOf), asOf);
    const { name, years, areas, visions } = deps.plan;
    return c.json({ asOf, name, years, areas, visions, tasks: deps.plan.tasks.map((task, i) => ({ task, assessment: assessed[i] as (typeof assessed)[number] })) }, 200);
  });

  app.openapi(cityScoreRoute, async (c) => {
    const q = c.req.valid('query');
    const to = q.to ?? todayIn(deps.now());
    const from = q.from ?? `${deps.plan.years[0]}-01-01`;
    if (from > to) throw invalidRequest([{ path: ['from'], message: `must not be after \`to\` (${to})` }], 'query');
    if (q.grain === 'day' && dayNumber(to) - dayNumber(from) >= MAX_DAY_BUCKETS) throw invalidRequest([{ path: ['from'], message: `at most ${MAX_DAY_BUCKETS} days per request by day` }], 'query');
    const rollups = rollupScores(await deps.indicators.headline(to), index, deps.plan, { from, to, grain: q.grain, scopes: [q.district] });
    return c.json({ scope: q.district, grain: q.grain, rollups }, 200);
  });
}
