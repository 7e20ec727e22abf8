/**
 * @module indicators/values/population
 * Population indicators from two real sources:
 * - the MOIS resident registration by single year of age and sex (`seoul_resident_pop_by_age_sex_202504.csv`,
 *   April 2025; period `2025-04`), and
 * - the 2010 Population and Housing Census by 5-year age group and sex (`seoul_census2010_gu_age5_sex.csv`,
 *   KOSTAT codes joined to MOIS gu codes by name; period `2010-11`, the census date being 1 November 2010).
 * The two count differently (registered residents against the census' usual residents), so a change
 * between them is partly a change of method.
 *
 * population-total: residents by gu × 10-year band × sex; elderly-share (65+), child-share (0–14) and
 * youth-share (20–34: the census' 5-year groups do not allow the legal 19–34) in % of all residents;
 * old-age-dependency: residents 65+ per 100 aged 15–64. Shares are by gu × sex.
 */
import { guByName } from '../../../connectors/_safety/gu.ts';
import { locateColumns, parseCount, parseQuotedCsv, parseRegion } from '../../../db/reference/population.ts';
import { INDICATOR_AGE_BANDS, type AgeBand, type AreaCode, type Gender } from '../../contracts/indicator.ts';
import { readCsv, SourceFormatError } from './csv.ts';
import type { ValueRow } from './value-row.ts';

/** What each population indicator needs of one area and sex. */
export interface AgeCounts {
  total: number;
  bands: Record<AgeBand, number>;
  under15: number;
  from15to64: number;
  from20to34: number;
  from65: number;
}

const bandOf = (age: number): AgeBand => INDICATOR_AGE_BANDS[Math.min(Math.floor(age / 10), INDICATOR_AGE_BANDS.length - 1)] as AgeBand;
const emptyBands = (): Record<AgeBand, number> => Object.fromEntries(INDICATOR_AGE_BANDS.map((b) => [b, 0])) as Record<AgeBand, number>;

const addCounts = (a: AgeCounts, b: AgeCounts): AgeCounts => ({
  total: a.total + b.total,
  bands: Object.fromEntries(INDICATOR_AGE_BANDS.map((k) => [k, a.bands[k] + b.bands[k]])) as Record<AgeBand, number>,
  under15: a.under15 + b.under15,
  from15to64: a.from15to64 + b.from15to64,
  from20to34: a.from20to34 + b.from20to34,
  from65: a.from65 + b.from65,
});

/** Counts from single years of age 0 … 100 (100 = 100 and over). */
export const countsOfAges = (ages: readonly number[]): AgeCounts => {
  const c: AgeCounts = { total: 0, bands: emptyBands(), under15: 0, from15to64: 0, from20to34: 0, from65: 0 };
  ages.forEach((n, age) => {
    c.total += n;
    c.bands[bandOf(age)] += n;
    if (age < 15) c.under15 += n;
    else if (age < 65) c.from15to64 += n;
    else c.from65 += n;
    if (age >= 20 && age <= 34) c.from20to34 += n;
  });
  return c;
};

const round = (x: number, d: number): number => Math.round(x * 10 ** d) / 10 ** d;

/** The indicator rows of one area: counts per sex, `all` being their sum. */
export const populationRows = (period: string, district: AreaCode, bySex: Readonly<Record<'male' | 'female', AgeCounts>>): ValueRow[] => {
  const rows: ValueRow[] = [];
  const sexes: [Gender, AgeCounts][] = [['male', bySex.male], ['female', bySex.female], ['all', addCounts(bySex.male, bySex.female)]];
  for (const [gender, c] of sexes) {
    const base = { period, district, gender };
    rows.push({ ...base, indicator: 'population-total', age: 'all', value: c.total });
    for (const b of INDICATOR_AGE_BANDS) rows.push({ ...base, indicator: 'population-total', age: b, value: c.bands[b] });
    if (c.total === 0) continue;
    rows.push({ ...base, indicator: 'elderly-share', age: 'all', value: round((100 * c.from65) / c.total, 6) });
    rows.push({ ...base, indicator: 'child-share', age: 'all', value: round((100 * c.under15) / c.total, 6) });
    rows.push({ ...base, indicator: 'youth-share', age: 'all', value: round((100 * c.from20to34) / c.total, 6) });
    if (c.from15to64 > 0) rows.push({ ...base, indicator: 'old-age-dependency', age: 'all', value: round((100 * c.from65) / c.from15to64, 6) });
  }
  return rows;
};

/** The registration export (city and gu rows; dong rows are skipped). */
export const registrationRows = (text: string): ValueRow[] => {
  const [header, ...rows] = parseQuotedCsv(text);
  if (!header) throw new SourceFormatError('resident registration: empty file');
  const cols = locateColumns(header);
  const out: ValueRow[] = [];
  for (const row of rows) {
    const region = parseRegion(row[0] ?? '');
    if (region.level === 'neighborhood') continue;
    const district: AreaCode = region.level === 'city' ? 'city' : region.code;
    const ages = (idx: readonly number[]): number[] => idx.map((i) => parseCount(row[i] ?? ''));
    out.push(...populationRows(cols.asOf, district, { male: countsOfAges(ages(cols.male.ages)), female: countsOfAges(ages(cols.female.ages)) }));
  }
  return out;
};

const CENSUS_COLUMNS = ['C행정구역별', '행정구역별', 'C연령별', '연령별', '시점', '인구 (명)', '남자 (명)', '여자 (명)'] as const;

/** Adds one census age row to the counts; aggregate rows other than the ones used are ignored. */
const addCensusAge = (c: AgeCounts, label: string, n: number, where: string): void => {
  const group = /^(\d+) - (\d+)세$/.exec(label);
  const open = /^(\d+)세이상$/.exec(label);
  if (label === '계') c.total += n;
  else if (label === '15세미만') c.under15 += n;
  else if (label === '15 - 64세') c.from15to64 += n;
  else if (label === '65세이상') c.from65 += n;
  else if (group || open) {
    const from = Number((group ?? open)?.[1]);
    if (label === '85세이상' || group) c.bands[bandOf(from)] += n;
    else throw new SourceFormatError(`${where}: unexpected open age group ${label}`);
    if (group && from >= 20 && from <= 30) c.from20to34 += n;
  } else if (label !== '평균연령' && label !== '연령중위수') throw new SourceFormatError(`${where}: unknown age group ${JSON.stringify(label)}`);
};

/** The 2010 census file (KOSIS layout, codes with a leading apostrophe). */
export const censusRows = (text: string): ValueRow[] => {
  const { header, rows } = readCsv(text);
  if (CENSUS_COLUMNS.some((c, i) => header[i] !== c)) throw new SourceFormatError(`census 2010: unexpected header ${header.join(',')}`);
  const areas = new Map<AreaCode, Record<'male' | 'female', AgeCounts>>();
  let period = '';
  for (const { line, fields } of rows) {
    const [code = '', name = '', , label = '', year = '', , male = '', female = ''] = fields.map((f) => f.trim());
    const where = `census 2010 line ${line}`;
    const gu = guByName(name);
    const district: AreaCode | undefined = code === "'11" ? 'city' : gu?.code;
    if (!district) throw new SourceFormatError(`${where}: unknown area ${JSON.stringify(name)}`);
    if (!/^\d{4}$/.test(year)) throw new SourceFormatError(`${where}: bad year ${JSON.stringify(year)}`);
    period = `${year}-11`;
    const zero = (): AgeCounts => ({ total: 0, bands: emptyBands(), under15: 0, from15to64: 0, from20to34: 0, from65: 0 });
    const held = areas.get(district) ?? { male: zero(), female: zero() };
    if (label !== '평균연령' && label !== '연령중위수') {
      addCensusAge(held.male, label, parseCount(male), where);
      addCensusAge(held.female, label, parseCount(female), where);
    }
    areas.set(district, held);
  }
  for (const [district, bySex] of areas) {
    for (const [sex, c] of Object.entries(bySex)) {
      const banded = INDICATOR_AGE_BANDS.reduce((s, b) => s + c.bands[b], 0);
      if (banded !== c.total) throw new SourceFormatError(`census 2010 ${district} ${sex}: age groups sum to ${banded}, 계 says ${c.total}`);
    }
  }
  return [...areas.entries()].flatMap(([district, bySex]) => populationRows(period, district, bySex));
};
