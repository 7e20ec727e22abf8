import test from 'ava';
import { darkRuns, moduleSize, QUIET_ZONE } from './qr-layout.ts';

test('dark modules become runs, row by row, covering each dark module once', (t) => {
  const m = [
    [true, true, false, true],
    [false, false, false, false],
    [true, true, true, true],
  ];
  t.deepEqual(darkRuns(m), [
    { row: 0, col: 0, length: 2 },
    { row: 0, col: 3, length: 1 },
    { row: 2, col: 0, length: 4 },
  ]);
  const covered = darkRuns(m).reduce((n, r) => n + r.length, 0);
  t.is(covered, m.flat().filter(Boolean).length);
  t.deepEqual(darkRuns([]), []);
});

test('the module size fits the code and its quiet zone in the box', (t) => {
  t.is(moduleSize(29, 900), Math.floor(900 / (29 + 2 * QUIET_ZONE)));
  t.true(moduleSize(33, 700) * (33 + 2 * QUIET_ZONE) <= 700);
  t.is(moduleSize(177, 100), 1, 'never below one');
});
