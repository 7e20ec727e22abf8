/**
 * @module scripts/simulator/dasan-120/places
 * Where synthetic complaints come from: a gu drawn by its resident population, then an administrative dong of
 * that gu by its own population (db/reference/population.json: MOIS resident registration, April 2025, the real
 * figures of /work/shared/data/population/seoul_resident_pop_by_age_sex_202504.csv), then a position inside
 * the dong and the gu polygon (police-112/places.ts: db/reference/neighborhoods.json and districts.json).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PopulationReferenceSchema, populationByBoundary } from '../../../db/reference/population.ts';
import { pointIn } from '../safety-common/geo.ts';
import { cumulative, pickIndex, type Rand } from '../safety-common/random.ts';
import { loadDongs, type Dong, type DongIndex } from '../police-112/places.ts';

export const POPULATION_FILE = fileURLToPath(new URL('../../../db/reference/population.json', import.meta.url));

export interface WeightedGu {
  code: string;
  population: number;
  dongs: readonly Dong[];
  /** Cumulative dong populations, in `dongs` order. */
  dongCum: readonly number[];
}

export interface ComplaintPlaces {
  /** The 25 gu in code order. */
  gu: readonly WeightedGu[];
  /** Cumulative gu populations, in `gu` order. */
  guCum: readonly number[];
  byCode: ReadonlyMap<string, WeightedGu>;
}

export const buildPlaces = (dongs: DongIndex, guPopulation: ReadonlyMap<string, number>, dongPopulation: ReadonlyMap<string, number>): ComplaintPlaces => {
  const gu = [...dongs.keys()].sort().map((code): WeightedGu => {
    const list = dongs.get(code) ?? [];
    const population = guPopulation.get(code);
    if (population === undefined || population <= 0) throw new RangeError(`no population for gu ${code}`);
    return { code, population, dongs: list, dongCum: cumulative(list.map((d) => dongPopulation.get(d.code) ?? 0)) };
  });
  return { gu, guCum: cumulative(gu.map((g) => g.population)), byCode: new Map(gu.map((g) => [g.code, g])) };
};

/** Reads the boundaries and the population reference. */
export const loadPlaces = async (populationFile = POPULATION_FILE, dongs?: DongIndex): Promise<ComplaintPlaces> => {
  const [index, ref] = await Promise.all([
    dongs ?? loadDongs(),
    readFile(populationFile, 'utf8').then((t) => PopulationReferenceSchema.parse(JSON.parse(t))),
  ]);
  const codes = [...index.values()].flatMap((list) => list.map((d) => d.code));
  const byBoundary = populationByBoundary(codes, ref.neighborhoods);
  return buildPlaces(
    index,
    new Map(ref.districts.map((d) => [d.code, d.total])),
    new Map([...byBoundary].map(([code, counts]) => [code, counts.total])),
  );
};

/** A gu drawn by population. */
export const drawGu = (rand: Rand, places: ComplaintPlaces): WeightedGu => places.gu[pickIndex(rand, places.guCum)] as WeightedGu;

/** A dong of the gu drawn by population. */
export const drawDong = (rand: Rand, gu: WeightedGu): Dong => {
  const dong = gu.dongs[pickIndex(rand, gu.dongCum)];
  if (!dong) throw new RangeError(`no dong known in gu ${gu.code}`);
  return dong;
};

/** A position in the dong (and its gu), `jitterM` metres around its centre. */
export const positionIn = (rand: Rand, dong: Dong, jitterM = 350): [number, number] => {
  const [lon, lat] = pointIn(rand, dong, jitterM, dong.gu);
  return [lon, lat];
};
