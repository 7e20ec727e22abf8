import test from 'ava';
import { SourceFormatError } from './csv.ts';
import { censusRows, countsOfAges, registrationRows } from './population.ts';
import type { ValueRow } from './value-row.ts';

/** The registration export's shape: ages 0 … 100 per sex, the oldest column "100세 이상". */
const header = (): string => {
  const sex = (s: string): string[] => [`2025년04월_${s}_총인구수`, `2025년04월_${s}_연령구간인구수`, ...Array.from({ length: 101 }, (_, a) => `2025년04월_${s}_${a}세${a === 100 ? ' 이상' : ''}`)];
  return ['행정구역', ...sex('남'), ...sex('여')].join(',');
};
const row = (region: string, male: Record<number, number>, female: Record<number, number>): string => {
  const sex = (ages: Record<number, number>): string[] => {
    const all = Array.from({ length: 101 }, (_, a) => ages[a] ?? 0);
    const total = all.reduce((x, y) => x + y, 0);
    return [total, total, ...all].map((n) => `"${n.toLocaleString('en-US')}"`);
  };
  return [region, ...sex(male), ...sex(female)].join(',');
};
const registration = [
  header(),
  row('서울특별시  (1100000000)', { 5: 1000, 25: 500, 70: 200, 95: 10 }, { 12: 300, 30: 400, 100: 3 }),
  row('서울특별시 종로구 (1111000000)', { 5: 1000, 25: 500, 70: 200, 95: 10 }, { 12: 300, 30: 400, 100: 3 }),
  row('서울특별시 종로구 사직동(1111053000)', { 5: 1000 }, {}),
].join('\r\n');

const find = (rows: ValueRow[], q: Partial<ValueRow>): number | undefined =>
  rows.find((r) => Object.entries(q).every(([k, v]) => r[k as keyof ValueRow] === v))?.value;

test('counts of single ages: bands with 80+ open, and the groups the shares need', (t) => {
  const ages = Array.from({ length: 101 }, (_, a) => (a === 14 || a === 15 || a === 34 || a === 35 || a === 64 || a === 65 || a === 100 ? 1 : 0));
  const c = countsOfAges(ages);
  t.deepEqual([c.total, c.under15, c.from15to64, c.from65, c.from20to34], [7, 1, 4, 2, 1]);
  t.is(c.bands['80+'], 1);
  t.is(c.bands['10-19'], 2);
});

test('registration: totals by band and sex for the city and the gu; dong rows are left out', (t) => {
  const rows = registrationRows(registration);
  t.true(rows.every((r) => r.period === '2025-04'));
  t.deepEqual([...new Set(rows.map((r) => r.district))], ['city', '11110']);
  t.is(find(rows, { indicator: 'population-total', district: '11110', age: 'all', gender: 'all' }), 2413);
  t.is(find(rows, { indicator: 'population-total', district: '11110', age: '80+', gender: 'all' }), 13);
  t.is(find(rows, { indicator: 'population-total', district: 'city', age: '0-9', gender: 'female' }), 0);
  t.is(find(rows, { indicator: 'elderly-share', district: 'city', gender: 'all' }), Number(((100 * 213) / 2413).toFixed(6)));
  t.is(find(rows, { indicator: 'youth-share', district: 'city', gender: 'female' }), Number(((100 * 400) / 703).toFixed(6)));
  t.is(find(rows, { indicator: 'child-share', district: 'city', gender: 'male' }), Number(((100 * 1000) / 1710).toFixed(6)));
  t.is(find(rows, { indicator: 'old-age-dependency', district: 'city', gender: 'all' }), Number(((100 * 213) / 900).toFixed(6)));
});

const census = [
  '"C행정구역별","행정구역별","C연령별","연령별","시점","인구 (명)","남자 (명)","여자 (명)","성비(명) (%)"',
  `'11,"서울특별시",'00,"계",2010,100,60,40,150.0`,
  `'11,"서울특별시",'05,"0 - 4세",2010,10,6,4,150.0`,
  `'11,"서울특별시",'30,"25 - 29세",2010,30,20,10,200.0`,
  `'11,"서울특별시",'85,"80 - 84세",2010,20,14,6,233.3`,
  `'11,"서울특별시",'90,"85세이상",2010,40,20,20,100.0`,
  `'11,"서울특별시",'96,"15세미만",2010,10,6,4,150.0`,
  `'11,"서울특별시",'97,"15 - 64세",2010,30,20,10,200.0`,
  `'11,"서울특별시",'98,"65세이상",2010,60,34,26,130.8`,
  `'11,"서울특별시",'99,"평균연령",2010,50.1,48.2,52.3,`,
  `'11010," 종로구",'00,"계",2010,10,5,5,100.0`,
  `'11010," 종로구",'35,"30 - 34세",2010,10,5,5,100.0`,
  `'11010," 종로구",'97,"15 - 64세",2010,10,5,5,100.0`,
].join('\n');

test('census 2010: 5-year groups into bands, aggregate rows into shares, KOSTAT codes to MOIS by name', (t) => {
  const rows = censusRows(census);
  t.true(rows.every((r) => r.period === '2010-11'));
  t.is(find(rows, { indicator: 'population-total', district: 'city', age: '80+', gender: 'all' }), 60);
  t.is(find(rows, { indicator: 'population-total', district: 'city', age: 'all', gender: 'male' }), 60);
  t.is(find(rows, { indicator: 'elderly-share', district: 'city', gender: 'all' }), 60);
  t.is(find(rows, { indicator: 'youth-share', district: 'city', gender: 'all' }), 30);
  t.is(find(rows, { indicator: 'old-age-dependency', district: 'city', gender: 'female' }), 260);
  t.is(find(rows, { indicator: 'youth-share', district: '11110', gender: 'all' }), 100);
});

test('census rows that do not add up, unknown areas and age groups are errors', (t) => {
  t.throws(() => censusRows(census.replace('"계",2010,100,60,40', '"계",2010,101,61,40')), { instanceOf: SourceFormatError, message: /sum to 60, 계 says 61/ });
  t.throws(() => censusRows(census.replace('" 종로구"', '" 종로시"')), { instanceOf: SourceFormatError, message: /unknown area/ });
  t.throws(() => censusRows(census.replace('"0 - 4세"', '"영유아"')), { instanceOf: SourceFormatError, message: /unknown age group/ });
  t.throws(() => censusRows('a,b\n1,2'), { instanceOf: SourceFormatError, message: /unexpected header/ });
});
