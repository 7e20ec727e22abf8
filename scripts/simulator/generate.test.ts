import test from 'ava';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CSV_HEADER, loadAirCsv } from './csv.ts';
import { generateAirCsv, generateAirLines } from './generate.ts';

const dir = mkdtempSync(join(tmpdir(), 'air-gen-'));

test('the same seed gives the same file; another seed another', (t) => {
  const a = [...generateAirLines({ rows: 200, seed: 7 })];
  t.deepEqual([...generateAirLines({ rows: 200, seed: 7 })], a);
  t.notDeepEqual([...generateAirLines({ rows: 200, seed: 8 })], a);
  t.is(a[0], CSV_HEADER.join(','));
  t.is(a.length, 201);
});

test('values are plausible, some cells blank, dates advance after each station round', (t) => {
  const lines = [...generateAirLines({ rows: 5100, seed: 1, startDate: '2021-12-31', blankRate: 0.05 })].slice(1);
  const cells = lines.map((l) => l.split(','));
  t.is(cells[0]![0], '20211231');
  t.is(cells[51]![0], '20220101');
  const blanks = cells.flatMap((c) => c.slice(2)).filter((v) => v === '').length;
  t.true(blanks > 0.03 * 5100 * 6 && blanks < 0.07 * 5100 * 6, `blanks ${blanks}`);
  const pm10 = cells.map((c) => c[6]).filter((v) => v !== '').map(Number);
  const mean = pm10.reduce((s, v) => s + v, 0) / pm10.length;
  t.true(mean > 20 && mean < 90, `PM10 mean ${mean}`);
  t.true(pm10.every((v) => Number.isInteger(v) && v >= 0));
});

test('a generated file of 170k rows is written and loaded quickly', async (t) => {
  const file = join(dir, 'big.csv');
  const t1 = performance.now();
  const res = await generateAirCsv({ file, rows: 170_000, seed: 42, stations: ['가', '나', '다', '라', '마'] });
  const ds = await loadAirCsv(file);
  const ms = performance.now() - t1;
  t.like(res, { rows: 170_000, readings: 1_020_000, days: 34_000 });
  t.is(ds.rows, 170_000);
  t.is(ds.dates.length, 34_000);
  t.true(ms < 8000, `took ${ms} ms`);
  t.true(readFileSync(file, 'utf8').startsWith(CSV_HEADER.join(',')));
});
