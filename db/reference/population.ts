/**
 * @module db/reference/population
 * Pure parsing of the MOIS resident-registration export (주민등록 연령별 인구현황, monthly, by single
 * year of age and sex) into the committed `population.json`: the city, the 25 gu and every
 * administrative dong, each with totals by sex, 10-year age bands by sex and the 65+ count.
 */
import { z } from 'zod';

export class PopulationError extends Error {
  override readonly name = 'PopulationError';
}

/** Upper band is open: 90 and over (the source's last column is "100세 이상"). */
export const AGE_BANDS = ['0-9', '10-19', '20-29', '30-39', '40-49', '50-59', '60-69', '70-79', '80-89', '90+'] as const;

const Count = z.number().int().nonnegative();
const Bands = z.array(Count).length(AGE_BANDS.length);
const CountsShape = {
  code: z.string(),
  nameKo: z.string(),
  total: Count,
  male: Count,
  female: Count,
  age65plus: Count,
  /** Counts per entry of AGE_BANDS. */
  maleByAge: Bands,
  femaleByAge: Bands,
};
export const PopulationCountsSchema = z.object(CountsShape);
export const DistrictPopulationSchema = z.object({ ...CountsShape, code: z.string().regex(/^11\d{3}$/) });
export const NeighborhoodPopulationSchema = z.object({
  ...CountsShape,
  code: z.string().regex(/^11\d{8}$/),
  district: z.string().regex(/^11\d{3}$/),
});
export const PopulationReferenceSchema = z.object({
  asOf: z.string().regex(/^\d{4}-\d{2}$/),
  source: z.string(),
  ageBands: z.array(z.string()),
  city: PopulationCountsSchema,
  districts: z.array(DistrictPopulationSchema),
  neighborhoods: z.array(NeighborhoodPopulationSchema),
});
export type PopulationCounts = z.infer<typeof PopulationCountsSchema>;
export type DistrictPopulation = z.infer<typeof DistrictPopulationSchema>;
export type NeighborhoodPopulation = z.infer<typeof NeighborhoodPopulationSchema>;
export type PopulationReference = z.infer<typeof PopulationReferenceSchema>;

/** CSV with double-quoted fields ("4,501,804"); quotes inside fields are doubled. Empty lines are dropped. */
export const parseQuotedCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const endField = (): void => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i] ?? '';
    if (quoted && c === '"' && src[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted || (c !== ',' && c !== '\n')) field += c;
    else {
      endField();
      if (c === '\n') {
        rows.push(row);
        row = [];
      }
    }
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || (r[0] ?? '') !== '');
};

/** "4,501,804" → 4501804. */
export const parseCount = (cell: string): number => {
  const s = cell.trim().replaceAll(',', '');
  if (!/^\d+$/.test(s)) throw new PopulationError(`not a count: "${cell}"`);
  return Number(s);
};

export type Level = 'city' | 'district' | 'neighborhood';
export interface Region {
  level: Level;
  /** "11" for the city, 5 digits for a gu, 10 digits for a dong. */
  code: string;
  nameKo: string;
}

/** "서울특별시 종로구 청운효자동(1111051500)" → the dong 1111051500 청운효자동. */
export const parseRegion = (cell: string): Region => {
  const m = /^(.*?)\s*\((\d{10})\)\s*$/.exec(cell.trim());
  if (!m) throw new PopulationError(`no 10-digit code in "${cell}"`);
  const [, names = '', code = ''] = m;
  const nameKo = names.trim().split(/\s+/).at(-1) ?? names;
  if (code.endsWith('00000000')) return { level: 'city', code: code.slice(0, 2), nameKo };
  if (code.endsWith('00000')) return { level: 'district', code: code.slice(0, 5), nameKo };
  return { level: 'neighborhood', code, nameKo };
};

type Sex = 'male' | 'female';
const SEX: Record<string, Sex> = { 남: 'male', 여: 'female' };

/** Where each value of one sex lives in a row. */
interface SexColumns {
  total: number;
  banded: number;
  /** Column index of each single year of age, 0 … 100 (100 = "100세 이상"). */
  ages: number[];
}
export interface Columns {
  asOf: string;
  male: SexColumns;
  female: SexColumns;
}

const HEADER = /^(\d{4})년(\d{2})월_(남|여)_(?:(총인구수)|(연령구간인구수)|(\d+)세(?: 이상)?)$/;

/** Locates the columns by name; every sex needs its totals and ages 0 … 100. */
export const locateColumns = (header: readonly string[]): Columns => {
  const empty = (): SexColumns => ({ total: -1, banded: -1, ages: [] });
  const found = { male: empty(), female: empty() };
  const months = new Set<string>();
  header.forEach((name, i) => {
    const m = HEADER.exec(name.trim());
    const sex = m ? SEX[m[3] ?? ''] : undefined;
    if (!m || !sex) return;
    months.add(`${m[1]}-${m[2]}`);
    if (m[4]) found[sex].total = i;
    else if (m[5]) found[sex].banded = i;
    else found[sex].ages[Number(m[6])] = i;
  });
  const [asOf, ...others] = [...months];
  for (const sex of ['male', 'female'] as const) {
    const c = found[sex];
    const complete = c.total >= 0 && c.banded >= 0 && c.ages.length === 101 && c.ages.every((i) => i >= 0);
    if (!complete) throw new PopulationError(`header lacks the ${sex} totals or single ages 0 … 100`);
  }
  if (!asOf || others.length > 0) throw new PopulationError(`header must cover exactly one month, got ${[...months].join(', ')}`);
  return { asOf, ...found };
};

const at = (row: readonly string[], i: number): number => parseCount(row[i] ?? '');

/** The single-year counts of one sex, checked against both totals of the row. */
const sexAges = (row: readonly string[], c: SexColumns, where: string): number[] => {
  const ages = c.ages.map((i) => at(row, i));
  const sum = ages.reduce((a, b) => a + b, 0);
  if (sum !== at(row, c.total) || sum !== at(row, c.banded)) {
    throw new PopulationError(`${where}: ages sum to ${sum}, totals say ${at(row, c.total)} / ${at(row, c.banded)}`);
  }
  return ages;
};

/** Single years 0 … 100 into the 10-year bands of AGE_BANDS. */
export const toBands = (ages: readonly number[]): number[] => {
  const bands = AGE_BANDS.map(() => 0);
  ages.forEach((n, age) => {
    const b = Math.min(Math.floor(age / 10), bands.length - 1);
    bands[b] = (bands[b] ?? 0) + n;
  });
  return bands;
};

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

export interface ParsedRow {
  region: Region;
  counts: PopulationCounts;
}

export const parseRow = (row: readonly string[], cols: Columns): ParsedRow => {
  const region = parseRegion(row[0] ?? '');
  const male = sexAges(row, cols.male, region.code);
  const female = sexAges(row, cols.female, region.code);
  const counts = {
    code: region.code,
    nameKo: region.nameKo,
    total: sum(male) + sum(female),
    male: sum(male),
    female: sum(female),
    age65plus: sum(male.slice(65)) + sum(female.slice(65)),
    maleByAge: toBands(male),
    femaleByAge: toBands(female),
  };
  return { region, counts };
};

/** The whole file into the reference layer (one city row, then gu and dong in any order). */
export const buildPopulation = (text: string, source: string): PopulationReference => {
  const [header, ...rows] = parseQuotedCsv(text);
  if (!header) throw new PopulationError('empty file');
  const cols = locateColumns(header);
  const parsed = rows.map((r) => parseRow(r, cols));
  const cities = parsed.filter((p) => p.region.level === 'city');
  const city = cities[0];
  if (!city || cities.length !== 1) throw new PopulationError(`expected one city row, got ${cities.length}`);
  const byCode = (a: { code: string }, b: { code: string }): number => a.code.localeCompare(b.code);
  const districts = parsed.filter((p) => p.region.level === 'district').map((p) => p.counts).sort(byCode);
  const neighborhoods = parsed
    .filter((p) => p.region.level === 'neighborhood')
    .map((p) => ({ ...p.counts, district: p.counts.code.slice(0, 5) }))
    .sort(byCode);
  return { asOf: cols.asOf, source, ageBands: [...AGE_BANDS], city: city.counts, districts, neighborhoods };
};

/** Sums counts field by field (the code and name of the result are the given ones). */
export const addCounts = (code: string, nameKo: string, parts: readonly PopulationCounts[]): PopulationCounts => {
  const add = (xs: readonly number[], ys: readonly number[]): number[] => xs.map((x, i) => x + (ys[i] ?? 0));
  const zero = AGE_BANDS.map(() => 0);
  return parts.reduce<PopulationCounts>(
    (acc, p) => ({
      code,
      nameKo,
      total: acc.total + p.total,
      male: acc.male + p.male,
      female: acc.female + p.female,
      age65plus: acc.age65plus + p.age65plus,
      maleByAge: add(acc.maleByAge, p.maleByAge),
      femaleByAge: add(acc.femaleByAge, p.femaleByAge),
    }),
    { code, nameKo, total: 0, male: 0, female: 0, age65plus: 0, maleByAge: zero, femaleByAge: zero },
  );
};

/** One JSON document with one region per line, so that a monthly refresh diffs line by line. */
export const formatPopulation = (ref: PopulationReference): string => {
  const list = (xs: readonly unknown[]): string => `[\n${xs.map((x) => JSON.stringify(x)).join(',\n')}\n]`;
  const head = (['asOf', 'source', 'ageBands', 'city'] as const).map((k) => `${JSON.stringify(k)}:${JSON.stringify(ref[k])}`);
  return `{\n${head.join(',\n')},\n"districts":${list(ref.districts)},\n"neighborhoods":${list(ref.neighborhoods)}\n}\n`;
};

/**
 * The dong boundaries (db/reference/neighborhoods.json) are the 2021-04-01 state; the population file
 * is newer. Boundary codes whose population is filed under other codes:
 * 일원2동 was renamed 개포3동 (2022-12, same area); 상일동 became 상일제1동 (2021-07);
 * 상일제2동 was split from 강일동 (2021-07), so the 강일동 polygon holds both.
 */
export const POPULATION_CODES_BY_BOUNDARY: ReadonlyMap<string, readonly string[]> = new Map([
  ['1168074000', ['1168067500']],
  ['1174052000', ['1174052500']],
  ['1174051500', ['1174051500', '1174052600']],
]);

/** Population per boundary code; every boundary gets a value and every population dong is used once. */
export const populationByBoundary = (
  boundaryCodes: readonly string[],
  dongs: readonly NeighborhoodPopulation[],
): Map<string, PopulationCounts> => {
  const byCode = new Map(dongs.map((d) => [d.code, d]));
  const used = new Set<string>();
  const out = new Map<string, PopulationCounts>();
  for (const code of boundaryCodes) {
    const parts = (POPULATION_CODES_BY_BOUNDARY.get(code) ?? [code]).map((c) => {
      const d = byCode.get(c);
      if (!d || used.has(c)) throw new PopulationError(`boundary ${code}: population ${c} missing or used twice`);
      used.add(c);
      return d;
    });
    const first = parts[0];
    out.set(code, parts.length === 1 && first ? first : addCounts(code, parts.map((p) => p.nameKo).join('+'), parts));
  }
  const unused = dongs.filter((d) => !used.has(d.code)).map((d) => `${d.code} ${d.nameKo}`);
  if (unused.length > 0) throw new PopulationError(`population without a boundary: ${unused.join(', ')}`);
  return out;
};
