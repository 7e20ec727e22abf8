import test from 'ava';
import { CrimeCsvError, loadCrimeCsv, parseCrimeCsv, splitCsvLine } from './crime-table.ts';
import { DEFAULT_CRIME_FILE } from './defaults.ts';

test('quoted thousands are one field', (t) => {
  t.deepEqual(splitCsvLine('중부서,2,"1,395","a""b"'), ['중부서', '2', '1,395', 'a"b']);
});

test('the bundled 2016 file: 31 stations, 126,401 reported crimes', async (t) => {
  const rows = await loadCrimeCsv(DEFAULT_CRIME_FILE);
  t.is(rows.length, 31);
  t.deepEqual(rows[0], { station: rows[0]!.station, counts: { homicide: 2, robbery: 3, 'sexual-violence': 105, theft: 1395, violence: 1355 } });
  t.is(rows[0]!.station.ko, '중부경찰서');
  const total = (k: keyof (typeof rows)[0]['counts']) => rows.reduce((s, r) => s + r.counts[k], 0);
  t.deepEqual([total('homicide'), total('robbery'), total('sexual-violence'), total('theft'), total('violence')], [163, 276, 5449, 55307, 65206]);
});

test('unknown stations and bad counts are refused', (t) => {
  const header = '관서명,살인 발생,살인 검거,강도 발생,강도 검거,강간 발생,강간 검거,절도 발생,절도 검거,폭력 발생,폭력 검거';
  t.throws(() => parseCrimeCsv(`${header}\n분당서,1,1,1,1,1,1,1,1,1,1`), { instanceOf: CrimeCsvError, message: /unknown police station/ });
  t.throws(() => parseCrimeCsv(`${header}\n중부서,1,1,x,1,1,1,1,1,1,1`), { instanceOf: CrimeCsvError, message: /강도 발생/ });
  t.throws(() => parseCrimeCsv('관서명,살인 발생\n중부서,1'), { instanceOf: CrimeCsvError, message: /column 강도 발생 missing/ });
});
