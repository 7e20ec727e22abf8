import test from 'ava';
import type { Indicator } from '../../contracts/indicator.ts';
import { formatRealObservations, parseRealObservations, residentsOf, toRealObservations } from './real.ts';
import type { ValueRow } from './value-row.ts';

const indicator = (id: string, kind: 'real' | 'synthetic', decimals: number, lagDays: number): Indicator =>
  ({ id, decimals, release: { lagDays, revisionLagDays: [] }, provenance: { kind, note: 'n', attribution: null } }) as unknown as Indicator;
const index = new Map([
  ['pm25-mean', indicator('pm25-mean', 'real', 1, 1)],
  ['population-total', indicator('population-total', 'real', 0, 10)],
  ['employment-rate', indicator('employment-rate', 'synthetic', 1, 45)],
]);
const row = (over: Partial<ValueRow>): ValueRow => ({ indicator: 'pm25-mean', period: '2019-12', district: 'city', age: 'all', gender: 'all', value: 24.7349, ...over });

test('rows become revision-0 real observations, rounded, released after the lag (census: end of 2011)', (t) => {
  const [a, b, c] = toRealObservations([row({}), row({ indicator: 'population-total', period: '2025-04', value: 9331860 }), row({ indicator: 'population-total', period: '2010-11', value: 9631482 })], index);
  t.deepEqual(a, { ...row({}), value: 24.7, released: '2020-01-01', revision: 0, synthetic: false });
  t.is(b?.released, '2025-05-10');
  t.is(c?.released, '2011-12-31');
});

test('rows of unknown or non-real indicators are refused', (t) => {
  t.throws(() => toRealObservations([row({ indicator: 'nope' })], index), { instanceOf: RangeError, message: /no indicator nope/ });
  t.throws(() => toRealObservations([row({ indicator: 'employment-rate' })], index), { instanceOf: RangeError, message: /synthetic in the catalogue/ });
});

test('the committed file holds one series per line and reads back the same observations', (t) => {
  const obs = toRealObservations([row({ period: '2019-12' }), row({ period: '2019-11', value: 20 }), row({ district: '11680', value: 30 })], index);
  const text = formatRealObservations(obs);
  t.is(text.split('\n').length, 5);
  t.regex(text, /"values":\[\["2019-11",20,"2019-12-01"\],\["2019-12",24\.7,"2020-01-01"\]\]/);
  const back = parseRealObservations(text);
  const key = (o: { period: string; district: string }) => `${o.district}/${o.period}`;
  t.deepEqual([...back].sort((x, y) => key(x).localeCompare(key(y))), [...obs].sort((x, y) => key(x).localeCompare(key(y))));
  t.throws(() => parseRealObservations('{"version":1,"series":[{"indicator":"x","district":"gangnam","age":"all","gender":"all","values":[["2019",1,"2020-01-01"]]}]}'));
});

test('residents of one period: all ages, both sexes, per area', (t) => {
  const rows = [row({ indicator: 'population-total', period: '2025-04', value: 10 }), row({ indicator: 'population-total', period: '2025-04', gender: 'male', value: 4 }), row({ indicator: 'population-total', period: '2010-11', value: 99 })];
  t.deepEqual([...residentsOf(rows, '2025-04')], [['city', 10]]);
});
