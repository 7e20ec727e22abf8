import test from 'ava';
import { SEOUL_GU } from '../../../connectors/_safety/gu.ts';
import { cctvRows } from './cctv.ts';
import { SourceFormatError } from './csv.ts';

const HEADER = '\uFEFF"기관명","소계","2013년도 이전","2014년","2015년","2016년"';
const residents = new Map<string, number>([['city', 25 * 200_000], ...SEOUL_GU.map((g) => [g.code, 200_000] as [string, number])]);
const file = (cameras: (i: number) => string) => [HEADER, ...SEOUL_GU.map((g, i) => `"${g.ko}","${cameras(i)}","1","1","1","1"`)].join('\n');

test('cameras per 1,000 residents per gu; the city is the sum over the sum', (t) => {
  const rows = cctvRows(file((i) => (i === 0 ? '1,000' : '400')), residents);
  t.is(rows.length, 26);
  t.deepEqual(rows[0], { indicator: 'cctv-per-1k', period: '2016', district: 'city', age: 'all', gender: 'all', value: ((1000 + 24 * 400) / 5_000_000) * 1000 });
  t.is(rows.find((r) => r.district === SEOUL_GU[0]?.code)?.value, 5);
  t.is(rows.find((r) => r.district === '11740')?.value, 2);
});

test('all 25 gu are needed; unknown names are errors', (t) => {
  t.throws(() => cctvRows(file(() => '1').split('\n').slice(0, 10).join('\n'), residents), { instanceOf: SourceFormatError, message: /expected the 25 gu, got 9/ });
  t.throws(() => cctvRows(file(() => '1').replace('"강동구"', '"강동군"'), residents), { instanceOf: SourceFormatError, message: /unknown gu/ });
});
