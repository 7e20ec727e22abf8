/**
 * @module db/reference/prepare-population
 * Builds `population.json` (city, 25 gu, every administrative dong: totals, sex, 10-year age bands,
 * 65+) from the MOIS resident-registration export in shared data.
 * Run once: `npx tsx db/reference/prepare-population.ts [csvFile]`; the output is committed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildPopulation, formatPopulation, PopulationReferenceSchema } from './population.ts';

const DEFAULT_CSV = '/work/shared/data/population/seoul_resident_pop_by_age_sex_202504.csv';
const SOURCE =
  'Ministry of the Interior and Safety (행정안전부), resident registration population by age and sex ' +
  '(주민등록 연령별 인구현황, monthly), jumin.mois.go.kr';

const main = (): void => {
  const file = process.argv[2] ?? DEFAULT_CSV;
  const ref = PopulationReferenceSchema.parse(buildPopulation(readFileSync(file, 'utf8'), SOURCE));
  const out = fileURLToPath(new URL('./population.json', import.meta.url));
  writeFileSync(out, formatPopulation(ref));
  const counts = `districts ${ref.districts.length}, neighborhoods ${ref.neighborhoods.length}`;
  process.stdout.write(`population ${ref.asOf}: city ${ref.city.total}, ${counts}\n`);
};

main();
