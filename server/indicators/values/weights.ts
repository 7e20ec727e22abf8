/**
 * @module indicators/values/weights
 * Resident counts per gu × age band × sex that weigh the synthetic cells: a gu's share of a count,
 * and how a city or all-ages rate averages its parts. From the committed April 2025 registration
 * layer (db/reference/population.json), whose 80–89 and 90+ bands are joined into 80+.
 */
import { readFile } from 'node:fs/promises';
import { PopulationReferenceSchema } from '../../../db/reference/population.ts';
import { INDICATOR_AGE_BANDS, type AgeBand } from '../../contracts/indicator.ts';

export const POPULATION_FILE_URL = new URL('../../../db/reference/population.json', import.meta.url);

export interface ResidentsBySex {
  male: readonly number[];
  female: readonly number[];
}

/** Residents per gu code, each sex by INDICATOR_AGE_BANDS. */
export type PopulationWeights = ReadonlyMap<string, ResidentsBySex>;

/** 10 bands (… 80-89, 90+) into the 9 of INDICATOR_AGE_BANDS. */
export const toNineBands = (ten: readonly number[]): number[] => {
  if (ten.length !== 10) throw new RangeError(`expected 10 age bands, got ${ten.length}`);
  return [...ten.slice(0, 8), (ten[8] as number) + (ten[9] as number)];
};

export const weightsFromPopulation = (ref: { districts: readonly { code: string; maleByAge: readonly number[]; femaleByAge: readonly number[] }[] }): PopulationWeights =>
  new Map(ref.districts.map((d) => [d.code, { male: toNineBands(d.maleByAge), female: toNineBands(d.femaleByAge) }]));

export const loadPopulationWeights = async (): Promise<PopulationWeights> =>
  weightsFromPopulation(PopulationReferenceSchema.parse(JSON.parse(await readFile(POPULATION_FILE_URL, 'utf8'))));

export const bandIndex = (band: AgeBand): number => INDICATOR_AGE_BANDS.indexOf(band);
