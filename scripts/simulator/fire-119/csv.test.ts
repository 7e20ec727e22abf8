import test from 'ava';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIRE_CSV_HEADER, FireCsvError, loadFireCsv, parseFireLine } from './csv.ts';
import { DEFAULT_FIRE_FILE } from './defaults.ts';

const dir = mkdtempSync(join(tmpdir(), 'fire-csv-'));

test('loads the bundled 2021 file: 805 fires sorted by time', async (t) => {
  const rows = await loadFireCsv(DEFAULT_FIRE_FILE);
  t.is(rows.length, 805);
  t.like(rows[0], { index: 0, gu: '구로구', dong: '구로동', travelS: 421, suppressionS: 11702, damage: 50, atText: '2021-01-01 0:00:00' });
  t.is(new Date(rows[0]!.at).toISOString(), '2020-12-31T15:00:00.000Z');
  t.is(rows.at(-1)!.atText, '2021-11-30 2:55:00');
  t.true(rows.every((r, i) => i === 0 || r.at >= rows[i - 1]!.at));
  t.true(rows.every((r, i) => r.index === i));
});

test('rows out of order are sorted, ties keep file order; BOM and CRLF are fine', async (t) => {
  const file = join(dir, 'a.csv');
  writeFileSync(file, `\uFEFF${FIRE_CSV_HEADER.join(',')}\r\n0,0,1,430,10,중구,명동,126.98,37.56,봄,낮,2021-03-02 9:00:00\r\n0,0,2,430,10,중구,을지로동,126.99,37.56,봄,낮,2021-03-01 9:00:00\r\n0,0,3,430,10,종로구,사직동,126.97,37.57,봄,낮,2021-03-01 9:00:00\r\n`);
  const rows = await loadFireCsv(file);
  t.deepEqual(rows.map((r) => r.damage), [2, 3, 1]);
});

test('malformed lines are refused with the line number', (t) => {
  t.throws(() => parseFireLine('0,0,1,430,10,중구,명동,126.98,37.56,봄,낮', 4), { instanceOf: FireCsvError, message: /line 4: expected 12 fields/ });
  t.throws(() => parseFireLine('0,0,1,430,10,중구,명동,126.98,37.56,봄,낮,2021-02-30 9:00:00', 5), { instanceOf: FireCsvError, message: /line 5: bad time/ });
  t.throws(() => parseFireLine('0,-1,1,430,10,중구,명동,126.98,37.56,봄,낮,2021-03-01 9:00:00', 6), { instanceOf: FireCsvError, message: /부상자수/ });
  t.throws(() => parseFireLine('0,0,1,430,10,중구,명동,x,37.56,봄,낮,2021-03-01 9:00:00', 7), { instanceOf: FireCsvError, message: /bad position/ });
});

test('a file with another header is refused', async (t) => {
  const file = join(dir, 'b.csv');
  writeFileSync(file, 'a,b,c\n1,2,3\n');
  await t.throwsAsync(loadFireCsv(file), { instanceOf: FireCsvError, message: /unexpected header/ });
});
