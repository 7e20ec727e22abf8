import test from 'ava';
import { qrMatrix } from './qr.ts';

/** A finder pattern: a dark 7×7 ring, a light ring, a dark 3×3 core. */
function isFinder(m: boolean[][], top: number, left: number): boolean {
  for (let r = 0; r < 7; r++) {
    for (let c = 0; c < 7; c++) {
      const ring = r === 0 || r === 6 || c === 0 || c === 6;
      const core = r >= 2 && r <= 4 && c >= 2 && c <= 4;
      if (m[top + r]![left + c] !== (ring || core)) return false;
    }
  }
  return true;
}

test('the tablet address becomes a square QR code with its three finder patterns', (t) => {
  const m = qrMatrix('https://scpm.seoul.go.kr/tablet?code=042917');
  const n = m.length;
  t.true(n >= 21 && (n - 17) % 4 === 0, `a version's size: ${n}`);
  t.true(m.every((row) => row.length === n));
  t.true(isFinder(m, 0, 0));
  t.true(isFinder(m, 0, n - 7));
  t.true(isFinder(m, n - 7, 0));
  t.false(isFinder(m, n - 7, n - 7), 'no finder at the bottom right');
  // The timing pattern between the finders alternates.
  for (let c = 8; c < n - 8; c++) t.is(m[6]![c], c % 2 === 0);
});

test('the same text gives the same code; longer text a larger one; codes differ', (t) => {
  const a = qrMatrix('http://localhost:8080/tablet?code=000001');
  t.deepEqual(qrMatrix('http://localhost:8080/tablet?code=000001'), a);
  t.notDeepEqual(qrMatrix('http://localhost:8080/tablet?code=000002'), a);
  t.true(qrMatrix(`http://localhost:8080/tablet?code=000001&${'x'.repeat(120)}`).length > a.length);
});
