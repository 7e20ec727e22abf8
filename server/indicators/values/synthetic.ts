/**
 * @module indicators/values/synthetic
 * Generates the values of a synthetic (or not yet computed derived) indicator: every period of the
 * years asked, every cell, released after the period ends, and revised at the catalogue's revision
 * lags when the model draws a revision for that period. Deterministic for a seed.
 *
 * A finest cell's value = city level (path × COVID-19 × season) × the cell's share (counts, amounts)
 * or relative level (the rest) × (1 + the gu's drift × time) × (1 + noise). The gu's level, the age
 * band's and the sex's are fixed per indicator; margins are sums or resident-weighted means of the
 * finest cells, so totals agree with their parts in every release.
 */
import { ADDITIVE_MEASURES, type AgeBand, type Indicator, type Observation } from '../../contracts/indicator.ts';
import { addDays, periodEnd, periodsOfYears } from '../period.ts';
import { aggregate, cellsOf, finestSize, layoutOf, type CubeLayout } from './cube.ts';
import { levelAt, timeOf, type SyntheticModel } from './model.ts';
import { randomStream } from './random.ts';
import { bandIndex, type PopulationWeights } from './weights.ts';

export interface SyntheticOptions {
  seed: number;
  /** The gu to generate (their sums and means make the city). */
  districts: readonly string[];
  /** First and last year. */
  from: number;
  to: number;
  /** Only values released on or before this date (YYYY-MM-DD); all when absent. */
  through?: string | undefined;
}

/** Residents weighing each finest cell. */
export const cellWeights = (l: CubeLayout, weights: PopulationWeights, districts: readonly string[], femaleOnly: boolean): Float64Array => {
  const out = new Float64Array(finestSize(l));
  let f = 0;
  for (const d of l.districts) {
    const gus = d === 'city' ? districts : [d];
    for (const a of l.ages) {
      const bands = a === 'all' ? [0, 1, 2, 3, 4, 5, 6, 7, 8] : [bandIndex(a as AgeBand)];
      for (const g of l.genders) {
        let w = 0;
        for (const gu of gus) {
          const r = weights.get(gu);
          if (!r) throw new RangeError(`no residents for gu ${gu}`);
          for (const b of bands) {
            if (g !== 'female' && !(g === 'all' && femaleOnly)) w += r.male[b] ?? 0;
            if (g !== 'male') w += r.female[b] ?? 0;
          }
        }
        out[f++] = w;
      }
    }
  }
  return out;
};

interface Static {
  layout: CubeLayout;
  weights: Float64Array;
  /** Per finest cell: its share of the total (additive) or its level relative to the city's. */
  factor: Float64Array;
  /** Per gu of the layout: extra relative change from the first to the last year. */
  drift: Float64Array;
  additive: boolean;
  bounds: [number, number];
  /** 10^decimals: counts and amounts are rounded to it at random (up with the probability of the fraction), which keeps small counts unbiased. */
  scale: number;
}

const prepare = (ind: Indicator, model: SyntheticModel, population: PopulationWeights, o: SyntheticOptions): Static => {
  const layout = layoutOf(ind, o.districts);
  const weights = cellWeights(layout, population, o.districts, model.population === 'female');
  const additive = ADDITIVE_MEASURES.includes(ind.measure);
  const raw = new Float64Array(weights.length);
  const drift = new Float64Array(layout.districts.length);
  let f = 0;
  layout.districts.forEach((d, di) => {
    const r = randomStream(o.seed, ind.id, 'gu', d);
    const level = d === 'city' ? 1 : Math.exp(model.spread * r.normal() - (model.spread * model.spread) / 2);
    drift[di] = d === 'city' ? 0 : model.drift * r.normal();
    for (const a of layout.ages) {
      for (const g of layout.genders) {
        raw[f] = level * (a === 'all' ? 1 : (model.age?.[a] ?? 1)) * (g === 'female' ? model.female : 1);
        f++;
      }
    }
  });
  let num = 0;
  let den = 0;
  raw.forEach((x, i) => {
    num += x * (weights[i] as number);
    den += weights[i] as number;
  });
  const factor = raw.map((x, i) => (additive ? (x * (weights[i] as number)) / num : x / (num / den)));
  centre(drift, factor, additive ? null : weights);
  const bounds = model.bounds ?? (ind.measure === 'share' ? [0, 100] : [0, Number.POSITIVE_INFINITY]);
  return { layout, weights, factor, drift, additive, bounds, scale: 10 ** ind.decimals };
};

/** Removes the gu drifts' weighted mean, so that the city follows the model's path and only the gu differ. */
const centre = (drift: Float64Array, factor: Float64Array, weights: Float64Array | null): void => {
  const perGu = factor.length / drift.length;
  let num = 0;
  let den = 0;
  drift.forEach((d, di) => {
    for (let k = 0; k < perGu; k++) {
      const f = di * perGu + k;
      const mass = (factor[f] as number) * (weights === null ? 1 : (weights[f] as number));
      num += d * mass;
      den += mass;
    }
  });
  if (den > 0) for (let i = 0; i < drift.length; i++) drift[i] = (drift[i] as number) - num / den;
};

const rounder = (decimals: number): ((x: number) => number) => {
  const k = 10 ** decimals;
  return (x) => Math.round(x * k) / k;
};

/** Clamps a finest value; counts and amounts are rounded at random with `u`. */
const settle = (v: number, s: Static, u: number): number => {
  const c = Math.min(s.bounds[1], Math.max(s.bounds[0], v));
  if (!s.additive) return c;
  const x = c * s.scale;
  const floor = Math.floor(x);
  return (floor + (u < x - floor ? 1 : 0)) / s.scale;
};

const DRIFT_YEARS = [2016, 2026] as const;

/** How much of a gu's drift has happened by a period: none before 2016, all of it from 2026 on (fixed, so a run over fewer years gives the same values). */
export const driftShare = (period: string): number => Math.min(1, Math.max(0, (timeOf(period) - DRIFT_YEARS[0]) / (DRIFT_YEARS[1] - DRIFT_YEARS[0])));

/** The finest values of one period, before any revision. */
const finestValues = (ind: Indicator, model: SyntheticModel, s: Static, seed: number, period: string): Float64Array => {
  const level = levelAt(model, period);
  const x = driftShare(period);
  const perGu = s.layout.ages.length * s.layout.genders.length;
  const out = new Float64Array(s.factor.length);
  s.layout.districts.forEach((d, di) => {
    const r = randomStream(seed, ind.id, period, d);
    const trend = 1 + (s.drift[di] as number) * x;
    for (let k = 0; k < perGu; k++) {
      const f = di * perGu + k;
      out[f] = settle(level * (s.factor[f] as number) * trend * (1 + model.noise * r.normal()), s, r.uniform());
    }
  });
  return out;
};

/** One indicator's observations, period by period, cell by cell, revisions after the first release. */
export function* syntheticObservations(ind: Indicator, model: SyntheticModel, population: PopulationWeights, o: SyntheticOptions): Generator<Observation> {
  if (model.indicator !== ind.id) throw new RangeError(`model ${model.indicator} given for indicator ${ind.id}`);
  const s = prepare(ind, model, population, o);
  const cells = cellsOf(s.layout);
  const round = rounder(ind.decimals);
  const perGu = s.layout.ages.length * s.layout.genders.length;
  for (const period of periodsOfYears(o.from, o.to, ind.frequency)) {
    const end = periodEnd(period);
    const first = addDays(end, ind.release.lagDays);
    if (o.through !== undefined && first > o.through) break;
    const finest = finestValues(ind, model, s, o.seed, period);
    let published = aggregate(s.layout, finest, s.additive ? null : s.weights).map(round);
    for (let i = 0; i < cells.length; i++) {
      if (Number.isNaN(published[i] as number)) continue;
      yield { indicator: ind.id, period, ...(cells[i] as (typeof cells)[number]), value: published[i] as number, released: first, revision: 0, synthetic: true };
    }
    const revise = model.revise;
    let revision = 0;
    for (const [j, lag] of ind.release.revisionLagDays.entries()) {
      const released = addDays(end, lag);
      if ((o.through !== undefined && released > o.through) || !revise) break;
      if (randomStream(o.seed, ind.id, period, 'revise', j).uniform() >= revise.share) continue;
      s.layout.districts.forEach((d, di) => {
        const r = randomStream(o.seed, ind.id, period, 'revise', j, d);
        for (let k = 0; k < perGu; k++) {
          const f = di * perGu + k;
          finest[f] = settle((finest[f] as number) * (1 + revise.sd * r.normal()), s, r.uniform());
        }
      });
      const next = aggregate(s.layout, finest, s.additive ? null : s.weights).map(round);
      revision++;
      for (let i = 0; i < cells.length; i++) {
        if (next[i] === published[i] || Number.isNaN(next[i] as number)) continue;
        yield { indicator: ind.id, period, ...(cells[i] as (typeof cells)[number]), value: next[i] as number, released, revision, synthetic: true };
      }
      published = next;
    }
  }
}
