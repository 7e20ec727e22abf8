/**
 * @module scripts/bench/query/workload
 * The requests of the query benchmark, drawn with a fixed seed from the catalogue: series of valid
 * cells (with or without an as-of date) and drill-downs of valid periods and dimensions, each as a
 * URL for the API and as the SQL text and parameters the store runs for it; and the rollup questions.
 */
import type { Age, AreaCode, Dimension, Gender, Indicator } from '../../../server/contracts/indicator.ts';
import { INDICATOR_AGE_BANDS, PLAN_AREAS } from '../../../server/contracts/indicator.ts';
import { periodsOfYears } from '../../../server/indicators/period.ts';
import { drilldownSql, LATEST, SERIES_SQL } from '../../../server/store/indicators-sql.ts';
import type { RollupGridQuery } from '../../../server/store/indicators.ts';

export interface BenchRequest {
  kind: 'series' | 'drilldown';
  url: string;
  sql: string;
  params: unknown[];
}

const pick = <T>(xs: readonly T[], u: number): T => xs[Math.min(xs.length - 1, Math.floor(u * xs.length))] as T;

/** An as-of date in 2018–2026, or none (today) one time in three. */
const asOfOf = (rand: () => number): string | undefined =>
  rand() < 1 / 3 ? undefined : `${2018 + Math.floor(rand() * 9)}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-15`;

export const seriesRequest = (ind: Indicator, districts: readonly string[], rand: () => number, today: string): BenchRequest => {
  const district: AreaCode = ind.dimensions.includes('district') && rand() < 0.8 ? (pick(districts, rand()) as AreaCode) : 'city';
  const age: Age = ind.dimensions.includes('age') && rand() < 0.5 ? pick(ind.ageBands ?? INDICATOR_AGE_BANDS, rand()) : 'all';
  const gender: Gender = ind.dimensions.includes('gender') && rand() < 0.5 ? pick(['male', 'female'] as const, rand()) : 'all';
  const asOf = asOfOf(rand);
  const url = `/api/v1/indicators/${ind.id}/series?district=${district}&age=${encodeURIComponent(age)}&gender=${gender}${asOf === undefined ? '' : `&asOf=${asOf}`}`;
  return { kind: 'series', url, sql: SERIES_SQL, params: [ind.id, district, age, gender, asOf ?? today] };
};

export const drilldownRequest = (ind: Indicator, rand: () => number, today: string): BenchRequest => {
  const by: Dimension = pick(ind.dimensions, rand());
  const period = pick(periodsOfYears(2016, 2025, ind.frequency), rand());
  const asOf = asOfOf(rand);
  const url = `/api/v1/indicators/${ind.id}/drilldown?period=${period}&by=${by}${asOf === undefined ? '' : `&asOf=${asOf}`}`;
  return { kind: 'drilldown', url, sql: drilldownSql(by), params: [ind.id, period, asOf ?? today] };
};

/** `n` series and `n` drill-downs, interleaved. */
export const workload = (indicators: readonly Indicator[], districts: readonly string[], n: number, rand: () => number, today: string): BenchRequest[] => {
  const broken = indicators.filter((i) => i.dimensions.length > 0);
  return Array.from({ length: n }, () => [
    seriesRequest(pick(indicators, rand()), districts, rand, today),
    drilldownRequest(pick(broken, rand()), rand, today),
  ]).flat();
};

/** One question of the wall or the API, answered from the rollups and from the raw values. */
export interface RollupQuestion {
  /** What is asked, e.g. `grid year total` or `indicator year district`. */
  kind: string;
  query: RollupGridQuery;
}

const YEARS = { from: 2016, to: 2025 } as const;

/**
 * The grid (every indicator's annual city value, and every indicator by gu per year: the map), each
 * plan area's indicators (total and by gu per year), then per indicator its annual and monthly figures: the total and by each of its dimensions.
 */
export const rollupQuestions = (indicators: readonly Indicator[]): RollupQuestion[] => [
  { kind: 'grid year total', query: { grain: 'year', ...YEARS } },
  { kind: 'grid year district', query: { grain: 'year', by: 'district', ...YEARS } },
  // The plan's areas screen: each area's indicators, annual, in total and by gu.
  ...PLAN_AREAS.flatMap((area) => {
    const ids = indicators.filter((i) => i.area === area).map((i) => i.id);
    return ids.length === 0 ? [] : (['total', 'district'] as const).map((line) => ({
      kind: `area year ${line}`,
      query: { indicators: ids, grain: 'year' as const, by: line === 'total' ? undefined : line, ...YEARS },
    }));
  }),
  ...indicators.flatMap((i) => (['year', 'month'] as const).flatMap((grain) => [undefined, ...i.dimensions].map((by) => ({
    kind: `indicator ${grain} ${by ?? 'total'}`,
    query: { indicators: [i.id], grain, by, ...YEARS },
  })))),
];

export { LATEST };
