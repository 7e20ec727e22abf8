import test from 'ava';
import { readFile } from 'node:fs/promises';
import {
  AGE_BANDS,
  buildPopulation,
  formatPopulation,
  parseCount,
  parseQuotedCsv,
  parseRegion,
  populationByBoundary,
  PopulationError,
  PopulationReferenceSchema,
  toBands,
  type PopulationCounts,
} from './population.ts';

/** A tiny export in the source's shape: ages 0 … 100 per sex, the oldest column "100세 이상". */
const header = (): string => {
  const sex = (s: string): string[] => [
    `2025년04월_${s}_총인구수`,
    `2025년04월_${s}_연령구간인구수`,
    ...Array.from({ length: 101 }, (_, a) => `2025년04월_${s}_${a}세${a === 100 ? ' 이상' : ''}`),
  ];
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
const fixture = [
  header(),
  row('서울특별시  (1100000000)', { 5: 1000, 70: 2 }, { 100: 3, 64: 1 }),
  row('서울특별시 종로구 (1111000000)', { 5: 1000, 70: 2 }, { 100: 3, 64: 1 }),
  row('서울특별시 종로구 청운효자동(1111051500)', { 5: 1000 }, { 64: 1 }),
  row('서울특별시 종로구 사직동(1111053000)', { 70: 2 }, { 100: 3 }),
].join('\r\n');

test('quoted fields keep their commas; doubled quotes and CRLF are handled', (t) => {
  t.deepEqual(parseQuotedCsv('a,"1,234","x ""y"""\r\n\r\nb,2,\n'), [
    ['a', '1,234', 'x "y"'],
    ['b', '2', ''],
  ]);
});

test('counts and regions', (t) => {
  t.is(parseCount('4,501,804'), 4501804);
  t.is(parseCount('0'), 0);
  t.throws(() => parseCount('-'), { instanceOf: PopulationError });
  t.deepEqual(parseRegion('서울특별시  (1100000000)'), { level: 'city', code: '11', nameKo: '서울특별시' });
  t.deepEqual(parseRegion('서울특별시 종로구 (1111000000)'), { level: 'district', code: '11110', nameKo: '종로구' });
  t.deepEqual(parseRegion('서울특별시 종로구 창신제1동(1111063000)'), {
    level: 'neighborhood',
    code: '1111063000',
    nameKo: '창신제1동',
  });
  t.throws(() => parseRegion('서울특별시 종로구'), { instanceOf: PopulationError });
});

test('single years fold into 10-year bands, 90 and over in the last', (t) => {
  const ages = Array.from({ length: 101 }, (_, a) => (a === 0 || a === 9 || a === 10 || a >= 89 ? 1 : 0));
  t.deepEqual(toBands(ages), [2, 1, 0, 0, 0, 0, 0, 0, 1, 11]);
  t.is(AGE_BANDS.length, 10);
});

test('a small export becomes city, gu and dong entries', (t) => {
  const ref = buildPopulation(fixture, 'test');
  t.is(ref.asOf, '2025-04');
  t.like(ref.city, { code: '11', total: 1006, male: 1002, female: 4, age65plus: 5 });
  t.deepEqual(ref.city.maleByAge, [1000, 0, 0, 0, 0, 0, 0, 2, 0, 0]);
  t.deepEqual(ref.city.femaleByAge, [0, 0, 0, 0, 0, 0, 1, 0, 0, 3]);
  t.deepEqual(ref.districts.map((d) => d.code), ['11110']);
  t.deepEqual(ref.neighborhoods.map((d) => [d.code, d.district, d.nameKo]), [
    ['1111051500', '11110', '청운효자동'],
    ['1111053000', '11110', '사직동'],
  ]);
  t.deepEqual(PopulationReferenceSchema.parse(JSON.parse(formatPopulation(ref))), ref);
});

test('a row whose ages do not add up to its totals is rejected', (t) => {
  const bad = fixture.replace('"1,000"', '"999"');
  t.throws(() => buildPopulation(bad, 'test'), { instanceOf: PopulationError, message: /sum to/ });
});

test('a header without the female ages is rejected', (t) => {
  const maleOnly = fixture
    .split('\r\n')
    .map((l) => l.split(',').slice(0, 1 + 103).join(','))
    .join('\n');
  t.throws(() => buildPopulation(maleOnly, 'test'), { instanceOf: PopulationError, message: /female/ });
});

const committed = async () =>
  PopulationReferenceSchema.parse(JSON.parse(await readFile(new URL('./population.json', import.meta.url), 'utf8')));

const sameCounts = (a: PopulationCounts, b: PopulationCounts): boolean =>
  a.total === b.total &&
  a.male === b.male &&
  a.female === b.female &&
  a.age65plus === b.age65plus &&
  a.maleByAge.every((n, i) => n === b.maleByAge[i]) &&
  a.femaleByAge.every((n, i) => n === b.femaleByAge[i]);

const sumOf = (parts: readonly PopulationCounts[]): PopulationCounts => {
  const bands = (k: 'maleByAge' | 'femaleByAge'): number[] =>
    parts.reduce((acc, p) => acc.map((x, i) => x + (p[k][i] ?? 0)), AGE_BANDS.map(() => 0));
  const count = (k: 'total' | 'male' | 'female' | 'age65plus'): number => parts.reduce((acc, p) => acc + p[k], 0);
  return {
    code: '',
    nameKo: '',
    total: count('total'),
    male: count('male'),
    female: count('female'),
    age65plus: count('age65plus'),
    maleByAge: bands('maleByAge'),
    femaleByAge: bands('femaleByAge'),
  };
};

test('committed population: gu = sum of their dong, city = sum of gu, total = male + female', async (t) => {
  const ref = await committed();
  t.is(ref.asOf, '2025-04');
  t.is(ref.districts.length, 25);
  t.is(ref.neighborhoods.length, 426);
  for (const gu of ref.districts) {
    const dongs = ref.neighborhoods.filter((d) => d.district === gu.code);
    t.true(dongs.length > 0, gu.code);
    t.true(sameCounts(gu, sumOf(dongs)), `${gu.code} ${gu.nameKo}`);
  }
  t.true(sameCounts(ref.city, sumOf(ref.districts)));
  for (const e of [ref.city, ...ref.districts, ...ref.neighborhoods]) {
    t.is(e.total, e.male + e.female, e.code);
    t.is(sumOf([e]).total, e.total);
    t.is(e.male, e.maleByAge.reduce((a, b) => a + b, 0), e.code);
  }
});

test('every dong boundary gets population and every population dong lands in one boundary', async (t) => {
  const ref = await committed();
  const boundaries = JSON.parse(await readFile(new URL('./neighborhoods.json', import.meta.url), 'utf8')) as { code: string }[];
  const byBoundary = populationByBoundary(
    boundaries.map((b) => b.code),
    ref.neighborhoods,
  );
  t.is(byBoundary.size, 425);
  t.true(sameCounts(sumOf([...byBoundary.values()]), ref.city));
  t.is(byBoundary.get('1174051500')?.nameKo, '강일동+상일제2동');
  t.is(byBoundary.get('1168074000')?.nameKo, '개포3동');
  t.throws(() => populationByBoundary(['1111051500'], ref.neighborhoods), { message: /without a boundary/ });
});
