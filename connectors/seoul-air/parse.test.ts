import test from 'ava';
import type { RawPage } from '../_kit/define-connector.ts';
import { ParseError } from '../_kit/errors.ts';
import { loadFixture } from '../_kit/testing.ts';
import { parseSeoulAirPage, readCell } from './parse.ts';

const page = (body: unknown): RawPage => ({ body: typeof body === 'string' ? body : JSON.stringify(body), contentType: 'application/json', url: 'http://x/***/json/RealtimeCityAir/1/1000/' });
const realtime = (rows: unknown[]) => page({ RealtimeCityAir: { list_total_count: rows.length, RESULT: { CODE: 'INFO-000', MESSAGE: 'ok' }, row: rows } });
const row = { MSRDT: '202401011300', MSRRGN_NM: '도심권', MSRSTE_NM: '중구', PM10: 34, PM25: '22', O3: 0.009, NO2: '', CO: '-', SO2: null };

test('a recorded realtime page parses to one record per station', (t) => {
  const { records, rejects } = parseSeoulAirPage(page(loadFixture(import.meta.url, 'fixtures/realtime-subminute.json')));
  t.is(records.length, 46);
  t.is(rejects.length, 0);
  t.like(records[0], { period: '1h', station: '강남구', measuredAt: '20240101130000', srcDate: '20190301', region: '동남권' });
  t.deepEqual(records[0]!.values, { pm10: 118, pm25: 93, o3: 0.022, no2: 0.048, co: 0.9, so2: 0.007 });
});

test('a recorded daily page parses with period 24h', (t) => {
  const { records } = parseSeoulAirPage(page(loadFixture(import.meta.url, 'fixtures/daily-20190301.json')));
  t.true(records.length > 40);
  t.like(records[0], { period: '24h', measuredAt: '20190301', srcDate: null });
});

test('values may be numbers, numeric strings, "", "-", null or absent', (t) => {
  const { records } = parseSeoulAirPage(realtime([row]));
  t.deepEqual(records[0]!.values, { pm10: 34, pm25: 22, o3: 0.009, no2: null, co: null, so2: null });
  t.deepEqual(records[0]!.unreadable, []);
  t.deepEqual(readCell(' 0.5 '), { value: 0.5, unreadable: false });
  t.deepEqual(readCell('n/a'), { value: null, unreadable: true });
  t.deepEqual(readCell(undefined), { value: null, unreadable: false });
});

test('a value that is not a number is null and marked unreadable, the row is kept', (t) => {
  const { records } = parseSeoulAirPage(realtime([{ ...row, PM10: '점검중' }]));
  t.is(records[0]!.values.pm10, null);
  t.deepEqual(records[0]!.unreadable, ['pm10']);
});

test('rows without a readable station or time are rejected with a reason; the others stay', (t) => {
  const bad = [{ ...row, MSRSTE_NM: ' ' }, { ...row, MSRDT: '2024010113' }, { ...row, MSRDT: '202402301300' }, 'oops', { ...row, MSRSTE_NM: 7 }];
  const { records, rejects } = parseSeoulAirPage(realtime([row, ...bad]));
  t.is(records.length, 1);
  t.is(rejects.length, 5);
  t.regex(rejects[0]!.reason, /no station name/);
  t.regex(rejects[1]!.reason, /unreadable MSRDT "2024010113"/);
  t.regex(rejects[2]!.reason, /unreadable MSRDT/);
  t.is(rejects[3]!.raw, '"oops"');
});

test('INFO-200 is an empty page, not an error', (t) => {
  t.deepEqual(parseSeoulAirPage(page(loadFixture(import.meta.url, 'fixtures/daily-no-data.json'))), { records: [], rejects: [] });
});

test('a page it cannot read throws ParseError', (t) => {
  t.throws(() => parseSeoulAirPage(page('<html>502 Bad Gateway</html>')), { instanceOf: ParseError });
  t.throws(() => parseSeoulAirPage(page({ hello: 1 })), { instanceOf: ParseError });
  t.throws(() => parseSeoulAirPage(page({ RealtimeCityAir: { row: [] } })), { instanceOf: ParseError });
  t.throws(() => parseSeoulAirPage(page(loadFixture(import.meta.url, 'fixtures/invalid-key.json'))), { instanceOf: ParseError, message: /INFO-100/ });
});
