import test from 'ava';
import { columns, numberAt, numberOrNull, readCsv, SourceFormatError, splitCsvLine } from './csv.ts';

test('quoted fields keep commas and quotes; plain lines split fast', (t) => {
  t.deepEqual(splitCsvLine('중부서,2,"1,395","a ""b"""'), ['중부서', '2', '1,395', 'a "b"']);
  t.deepEqual(splitCsvLine('"20250501","2호선","강남","1","2","20250504",""'), ['20250501', '2호선', '강남', '1', '2', '20250504', '']);
  t.deepEqual(splitCsvLine('a,,b'), ['a', '', 'b']);
});

test('a table: BOM, CRLF and blank lines; line numbers of the file', (t) => {
  const { header, rows } = readCsv('\uFEFF"x","y"\r\n1,2\r\n\r\n3,4\r\n');
  t.deepEqual(header, ['x', 'y']);
  t.deepEqual(rows, [{ line: 2, fields: ['1', '2'] }, { line: 4, fields: ['3', '4'] }]);
});

test('columns by name; a missing one names the file', (t) => {
  t.deepEqual(columns(['a', 'b', 'c'], { first: 'a', third: 'c' }, 'f.csv'), { first: 0, third: 2 });
  t.throws(() => columns(['a'], { z: 'z' }, 'f.csv'), { instanceOf: SourceFormatError, message: /f\.csv: column "z"/ });
});

test('numbers with separators, blanks and garbage', (t) => {
  t.is(numberAt('"1,395"'.replaceAll('"', ''), 'x'), 1395);
  t.is(numberOrNull(' ', 'x'), null);
  t.is(numberOrNull('0.034', 'x'), 0.034);
  t.throws(() => numberAt('', 'line 3'), { instanceOf: SourceFormatError, message: /line 3: empty/ });
  t.throws(() => numberOrNull('n/a', 'line 4'), { instanceOf: SourceFormatError, message: /line 4: not a number/ });
});
