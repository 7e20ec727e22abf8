import test from 'ava';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CSV_HEADER, CsvFormatError, loadAirCsv, parseCsvLine } from './csv.ts';

const dir = mkdtempSync(join(tmpdir(), 'air-csv-'));

test('parses a line with blanks as null', (t) => {
  t.deepEqual(parseCsvLine('20180101,강남대로,0.04,0.007,0.9,0.006,,17', 2), { date: '20180101', station: '강남대로', values: [0.04, 0.007, 0.9, 0.006, null, 17] });
});

test('refuses malformed lines with the line number', (t) => {
  t.throws(() => parseCsvLine('2018-01-01,x,1,1,1,1,1,1', 9), { instanceOf: CsvFormatError, message: /line 9: bad date/ });
  t.throws(() => parseCsvLine('20180101,x,1,1', 3), { instanceOf: CsvFormatError, message: /expected 8 fields/ });
  t.throws(() => parseCsvLine('20180101,x,abc,1,1,1,1,1', 4), { instanceOf: CsvFormatError, message: /not a number/ });
});

test('indexes rows by date even when dates are interleaved; checks the header (BOM and CRLF allowed)', async (t) => {
  const file = join(dir, 'a.csv');
  writeFileSync(file, `\uFEFF${CSV_HEADER.join(',')}\r\n20180102,a,1,1,1,1,1,1\r\n20180101,a,2,2,2,2,2,2\r\n20180102,b,3,3,3,3,3,3\r\n`);
  const ds = await loadAirCsv(file);
  t.deepEqual(ds.dates, ['20180101', '20180102']);
  t.is(ds.byDate.get('20180102')!.length, 2);
  t.is(ds.rows, 3);
  const bad = join(dir, 'b.csv');
  writeFileSync(bad, 'date,station\n');
  await t.throwsAsync(loadAirCsv(bad), { instanceOf: CsvFormatError, message: /unexpected header/ });
});

test('loads the bundled OA-2218 file', async (t) => {
  const ds = await loadAirCsv(new URL('./data/seoul_daily_air_by_station_20180101_20220630.csv', import.meta.url).pathname);
  t.is(ds.rows, 77_982);
  t.is(ds.dates[0], '20180101');
  t.is(ds.dates.at(-1), '20220630');
});
