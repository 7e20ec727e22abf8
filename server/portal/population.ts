/**
 * @module portal/population
 * The city's resident-registration population for the portal, from the committed reference layer
 * `db/reference/population.json` (read and checked once, then kept).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PopulationReferenceSchema, type PopulationReference } from '../../db/reference/population.ts';

export const POPULATION_FILE = fileURLToPath(new URL('../../db/reference/population.json', import.meta.url));

/** What the portal shows of the population: city totals only, never a small cell. */
export interface PopulationSummary {
  /** Month of the registration count, YYYY-MM. */
  asOf: string;
  source: string;
  total: number;
  male: number;
  female: number;
  age65plus: number;
}

export const summarizePopulation = (ref: PopulationReference): PopulationSummary => ({
  asOf: ref.asOf,
  source: ref.source,
  total: ref.city.total,
  male: ref.city.male,
  female: ref.city.female,
  age65plus: ref.city.age65plus,
});

/** A loader that reads the file on first use and keeps the summary (a failed read is retried). */
export function populationLoader(file: string = POPULATION_FILE): () => Promise<PopulationSummary> {
  let held: Promise<PopulationSummary> | null = null;
  return () => {
    held ??= readFile(file, 'utf8')
      .then((text) => summarizePopulation(PopulationReferenceSchema.parse(JSON.parse(text))))
      .catch((err: unknown) => {
        held = null;
        throw err;
      });
    return held;
  };
}
