/**
 * @module indicators/values/real
 * The real observations: the source builders run over the shared data files (at the edge, once, by
 * db/reference/indicators/prepare.ts) and the result is committed as
 * `db/reference/indicators/real-observations.json`, one series (indicator × cell) per line.
 *
 * A value becomes an observation with revision 0, `synthetic: false`, rounded to the indicator's
 * decimals, and released at the period's end plus the catalogue's publication lag — an estimate of
 * when such a figure is public, not a recorded publication date. The 2010 census is the exception:
 * its results were published during 2011, so its values count as released on 2011-12-31.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { AgeSchema, AreaCodeSchema, CalendarDateSchema, GenderSchema, IndicatorIdSchema, IndicatorPeriodSchema, type Indicator, type Observation } from '../../contracts/indicator.ts';
import { addDays, periodEnd } from '../period.ts';
import { airRows } from './air.ts';
import { bikeRows } from './bike.ts';
import { cctvRows } from './cctv.ts';
import { crimeRows } from './crime.ts';
import { fireByGuRows } from './fire-by-gu.ts';
import { fireDispatchRows } from './fire-dispatch.ts';
import { censusRows, registrationRows } from './population.ts';
import { subwayRows } from './subway.ts';
import type { Residents, ValueRow } from './value-row.ts';

export const REAL_OBSERVATIONS_FILE = fileURLToPath(new URL('../../../db/reference/indicators/real-observations.json', import.meta.url));

/** The shared data files each builder reads, relative to the data folder. */
export const SOURCE_FILES = {
  registration: 'population/seoul_resident_pop_by_age_sex_202504.csv',
  census: 'population/seoul_census2010_gu_age5_sex.csv',
  air: 'air_quality/seoul_daily_air_by_station_20180101_20220630.csv',
  fireDispatch: 'safety/seoul_fire_dispatch_incidents_2021_jan_nov.csv',
  fireByGu: 'safety/seoul_fire_by_gu_2018_2023.csv',
  cctv: 'safety/seoul_cctv_by_gu_2016.csv',
  crime: 'safety/seoul_crime_by_police_station_2016.csv',
  subway: 'mobility/seoul_subway_daily_by_station_20250501_20250528.csv',
  bike: 'mobility/seoul_bike_hourly_demand_uci_20171201_20181031.csv',
} as const;
export type SourceTexts = Record<keyof typeof SOURCE_FILES, string>;

/** Release dates that do not follow the catalogue's lag, by period. */
export const RELEASE_OVERRIDES: Readonly<Record<string, string>> = { '2010-11': '2011-12-31' };

/** Residents per area (all ages, both sexes) among the rows of one period of population-total. */
export const residentsOf = (rows: readonly ValueRow[], period: string): Residents =>
  new Map(rows.filter((r) => r.indicator === 'population-total' && r.period === period && r.age === 'all' && r.gender === 'all').map((r) => [r.district, r.value]));

/** Every builder over the source texts. Pure. */
export const realRows = (texts: SourceTexts): ValueRow[] => {
  const registration = registrationRows(texts.registration);
  const residents = residentsOf(registration, '2025-04');
  return [
    ...censusRows(texts.census),
    ...registration,
    ...airRows(texts.air),
    ...fireDispatchRows(texts.fireDispatch),
    ...fireByGuRows(texts.fireByGu, residents),
    ...cctvRows(texts.cctv, residents),
    ...crimeRows(texts.crime, residents),
    ...subwayRows(texts.subway),
    ...bikeRows(texts.bike),
  ];
};

export const readSourceTexts = async (dataDir: string): Promise<SourceTexts> => {
  const entries = await Promise.all(Object.entries(SOURCE_FILES).map(async ([k, f]) => [k, await readFile(join(dataDir, f), 'utf8')] as const));
  return Object.fromEntries(entries) as SourceTexts;
};

const roundTo = (x: number, decimals: number): number => {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
};

/** Rows into observations of the catalogue's indicators; a row of an unknown or synthetic indicator is an error. */
export const toRealObservations = (rows: readonly ValueRow[], indicators: ReadonlyMap<string, Indicator>): Observation[] =>
  rows.map((r) => {
    const ind = indicators.get(r.indicator);
    if (!ind) throw new RangeError(`no indicator ${r.indicator} in the catalogue`);
    if (ind.provenance.kind !== 'real') throw new RangeError(`${r.indicator} is ${ind.provenance.kind} in the catalogue, not real`);
    const released = RELEASE_OVERRIDES[r.period] ?? addDays(periodEnd(r.period), ind.release.lagDays);
    return { ...r, value: roundTo(r.value, ind.decimals), released, revision: 0, synthetic: false };
  });

// ── the committed file: one series per line ─────────────────────────────────────────────────────────

const SeriesSchema = z.object({
  indicator: IndicatorIdSchema,
  district: AreaCodeSchema,
  age: AgeSchema,
  gender: GenderSchema,
  /** [period, value, released] */
  values: z.array(z.tuple([IndicatorPeriodSchema, z.number().finite(), CalendarDateSchema])).min(1),
});
export const RealObservationsFileSchema = z.object({ version: z.literal(1), series: z.array(SeriesSchema) });

export const formatRealObservations = (observations: readonly Observation[]): string => {
  const series = new Map<string, z.infer<typeof SeriesSchema>>();
  for (const o of observations) {
    const key = `${o.indicator}|${o.district}|${o.age}|${o.gender}`;
    const s = series.get(key) ?? { indicator: o.indicator, district: o.district, age: o.age, gender: o.gender, values: [] };
    s.values.push([o.period, o.value, o.released]);
    series.set(key, s);
  }
  const lines = [...series.values()].map((s) => JSON.stringify({ ...s, values: [...s.values].sort((a, b) => a[0].localeCompare(b[0])) }));
  return `{"version":1,"series":[\n${lines.join(',\n')}\n]}\n`;
};

export const parseRealObservations = (text: string): Observation[] =>
  RealObservationsFileSchema.parse(JSON.parse(text)).series.flatMap((s) =>
    s.values.map(([period, value, released]) => ({ indicator: s.indicator, period, district: s.district, age: s.age, gender: s.gender, value, released, revision: 0, synthetic: false })),
  );

export const loadRealObservations = async (file: string = REAL_OBSERVATIONS_FILE): Promise<Observation[]> => parseRealObservations(await readFile(file, 'utf8'));
