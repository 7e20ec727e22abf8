/**
 * @module indicators/values/build
 * Every observation: the committed real ones and the generated synthetic and derived ones, as a
 * stream (`streamObservations`, for millions of rows without holding them) or an array
 * (`buildObservations`). Inputs are loaded at the edge (`loadBuildInputs`) or passed in.
 *
 * Options: `seed` (the same seed gives the same values); `through` keeps only what was released on or
 * before that date; `scale` in (0, 1] keeps that share of the 25 gu (the first by code, at least one) —
 * the city of a scaled run is the sum or mean of the gu kept; `from`/`to` are the years of the
 * synthetic values (2016–2025 by default); `indicators` limits the run to some ids.
 */
import type { Catalogue, Observation } from '../../contracts/indicator.ts';
import { loadCatalogue } from '../catalogue.ts';
import { loadSyntheticModels, type SyntheticModel } from './model.ts';
import { loadRealObservations } from './real.ts';
import { syntheticObservations } from './synthetic.ts';
import { loadPopulationWeights, type PopulationWeights } from './weights.ts';

export interface BuildInputs {
  catalogue: Catalogue;
  models: readonly SyntheticModel[];
  population: PopulationWeights;
  real: readonly Observation[];
}

export interface BuildOptions {
  seed: number;
  through?: string | undefined;
  scale?: number | undefined;
  from?: number | undefined;
  to?: number | undefined;
  indicators?: readonly string[] | undefined;
}

export const DEFAULT_YEARS = { from: 2016, to: 2025 } as const;

export const loadBuildInputs = async (): Promise<BuildInputs> => {
  const [catalogue, models, population, real] = await Promise.all([loadCatalogue(), loadSyntheticModels(), loadPopulationWeights(), loadRealObservations()]);
  return { catalogue, models, population, real };
};

/** The gu of a scaled run: the first ⌈scale · n⌉ by code. */
export const districtsAt = (population: PopulationWeights, scale = 1): string[] => {
  if (!(scale > 0 && scale <= 1)) throw new RangeError(`scale must be in (0, 1], got ${scale}`);
  const all = [...population.keys()].sort();
  return all.slice(0, Math.max(1, Math.ceil(scale * all.length)));
};

export function* streamObservations(inputs: BuildInputs, o: BuildOptions): Generator<Observation> {
  const districts = districtsAt(inputs.population, o.scale);
  const kept = new Set<string>(['city', ...districts]);
  const wanted = o.indicators ? new Set(o.indicators) : null;
  const from = o.from ?? DEFAULT_YEARS.from;
  const to = o.to ?? DEFAULT_YEARS.to;
  if (!(Number.isInteger(from) && Number.isInteger(to) && from <= to)) throw new RangeError(`years must run forward, got ${from}–${to}`);
  for (const r of inputs.real) {
    if ((wanted === null || wanted.has(r.indicator)) && kept.has(r.district) && (o.through === undefined || r.released <= o.through)) yield r;
  }
  const models = new Map(inputs.models.map((m) => [m.indicator, m]));
  for (const ind of inputs.catalogue.indicators) {
    if (ind.provenance.kind === 'real' || (wanted !== null && !wanted.has(ind.id))) continue;
    const model = models.get(ind.id);
    if (!model) throw new RangeError(`no synthetic model for ${ind.id}`);
    yield* syntheticObservations(ind, model, inputs.population, { seed: o.seed, districts, from, to, through: o.through });
  }
}

/** Everything as one array (loads the committed inputs unless given). */
export const buildObservations = async (o: BuildOptions & { inputs?: BuildInputs }): Promise<Observation[]> => [...streamObservations(o.inputs ?? (await loadBuildInputs()), o)];
