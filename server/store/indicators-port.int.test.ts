import test from 'ava';
import { migratedTempDatabase } from '../../db/testing/temp-database.ts';
import { setupIndicatorStorage } from '../../db/storage/indicators.ts';
import type { Observation } from '../contracts/indicator.ts';
import { asKnownOn, observationKey } from '../indicators/known.ts';
import { buildObservations, loadBuildInputs } from '../indicators/values/build.ts';
import { memoryIndicatorPort } from '../http/routes/indicators-memory.ts';
import type { IndicatorPort } from '../http/routes/indicators.ts';
import { dbIndicatorPort } from './indicators-port.ts';
import { loadObservations, type RollupGridQuery, type RollupRow } from './indicators.ts';

/** A monthly count and share, a quarterly share, annual counts and a rate: every line, with revisions. */
const IDS = ['jobs-created', 'good-air-days', 'employment-rate', 'traffic-deaths', 'suicide-rate', 'fire-deaths'];

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const key = (r: RollupRow): string => `${r.indicator}|${r.bucket}|${r.district}|${r.age}|${r.gender}|${r.n}`;
const same = (a: RollupRow[], b: RollupRow[]): boolean =>
  a.length === b.length && a.every((x, i) => {
    const y = b[i] as RollupRow;
    return key(x) === key(y) && close(x.sum, y.sum) && close(x.min, y.min) && close(x.max, y.max) && close(x.mean, y.mean);
  });

/** Every grain and line: all indicators (all years, or some), a few, one. */
const QUESTIONS: RollupGridQuery[] = (['month', 'year'] as const).flatMap((grain) => ([undefined, 'district', 'age', 'gender'] as const).flatMap((by) => [
  { grain, by }, { grain, by, from: 2019, to: 2022 }, { grain, by, indicators: IDS.slice(0, 3), from: 2016, to: 2025 }, { grain, by, indicators: ['fire-deaths'], from: 2023, to: 2023 },
]));

const compare = async (t: { true: (v: boolean, m?: string) => void }, db: IndicatorPort, memory: IndicatorPort, what: string) => {
  for (const q of QUESTIONS) {
    const [a, b] = await Promise.all([db.rollups(q), memory.rollups(q)]);
    t.true(a.length > 0 && same(a, b), `${what} ${JSON.stringify(q)}: ${a.length} rows from the database, ${b.length} in memory; first apart: ${JSON.stringify(a.find((x, i) => key(x) !== key(b[i] as RollupRow)))}`);
  }
};

test('the database port and the memory port give the same rollup rows, before and after a correction', async (t) => {
  const { db, mode, done } = await migratedTempDatabase();
  try {
    await db.session((s) => setupIndicatorStorage(s, mode));
    const inputs = await loadBuildInputs();
    const obs = (await buildObservations({ seed: 20250501, scale: 0.08, inputs })).filter((o) => IDS.includes(o.indicator));
    t.true(obs.some((o) => o.revision > 0), 'the set has revisions');
    await loadObservations(db, obs);
    const port = dbIndicatorPort(db);
    await compare(t, port, memoryIndicatorPort(obs), 'loaded');
    const total = (await port.rollups({ grain: 'year' })).length;
    t.true(total > 0);
    // a new revision of a headline month: both pick it
    const head = obs.find((o) => o.indicator === 'jobs-created' && o.period === '2024-05' && o.district === 'city' && o.age === 'all' && o.gender === 'all') as Observation;
    const latest = asKnownOn(obs.filter((o) => observationKey(o) === observationKey(head)), '9999-12-31')[0] as Observation;
    const correction: Observation = { ...latest, value: latest.value + 1000, revision: latest.revision + 1, released: '2026-02-01' };
    await loadObservations(db, [correction]);
    const after = [...obs, correction];
    await compare(t, port, memoryIndicatorPort(after), 'corrected');
    const may = (await port.rollups({ grain: 'month', indicators: ['jobs-created'], from: 2024, to: 2024 })).find((r) => r.bucket === '2024-05' && r.district === 'city');
    t.is(may?.sum, correction.value);
  } finally {
    await done();
  }
});
