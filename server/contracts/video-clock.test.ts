import test from 'ava';
import fc from 'fast-check';
import { CLOCK_BITS, CLOCK_CELLS, clockCells, clockCellSpan, clockCentiseconds, clockStripTop, clockToEpochMs, decodeClockBars } from './video-clock.ts';

/** A grey frame with the strip drawn as the encoder draws it, plus optional noise. */
function frame(cells: boolean[], width: number, height: number, noise = 0, seed = 1): Uint8Array {
  const px = new Uint8Array(width * height * 4).fill(128);
  let s = seed;
  const rnd = (): number => ((s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31 - 0.5) * 2 * noise;
  const top = clockStripTop(height);
  cells.forEach((white, c) => {
    const [x0, x1] = clockCellSpan(c, width);
    for (let y = top; y < height; y += 1) {
      for (let x = x0; x < x1; x += 1) {
        const v = Math.max(0, Math.min(255, Math.round((white ? 235 : 16) + rnd())));
        px.set([v, v, v, 255], (y * width + x) * 4);
      }
    }
  });
  return px;
}

test('every clock value survives drawing and reading at any tile size, with compression-like noise', (t) => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 8_639_999 }), fc.integer({ min: 60, max: 1920 }), fc.integer({ min: 34, max: 1080 }), (cs, w, h) => {
      return decodeClockBars(frame(clockCells(cs), w, h, 40, cs), w, h) === cs;
    }),
    { numRuns: 200 },
  );
  t.pass();
});

test('cells tile the width exactly; the strip is the bottom twelfth', (t) => {
  t.deepEqual(clockCellSpan(0, 640), [0, 24]);
  t.deepEqual(clockCellSpan(CLOCK_CELLS - 1, 640), [616, 640]);
  t.is(clockStripTop(360), 330);
  t.is(clockCells(0).length, CLOCK_CELLS);
  t.deepEqual(clockCells(1).slice(CLOCK_BITS - 1, CLOCK_BITS + 3), [false, true, true, false], 'lowest bit, odd parity set, end marker black');
  t.throws(() => clockCells(2 ** CLOCK_BITS));
  t.throws(() => clockCells(1.5));
});

test('a frame without the strip, a wrong parity, a missing marker or a grey cell reads as nothing', (t) => {
  const [w, h] = [640, 360];
  t.is(decodeClockBars(new Uint8Array(w * h * 4).fill(128), w, h), null, 'grey');
  t.is(decodeClockBars(new Uint8Array(w * h * 4), w, h), null, 'black');
  const cells = clockCells(4_321_000);
  const flipped = [...cells];
  flipped[5] = !flipped[5];
  t.is(decodeClockBars(frame(flipped, w, h), w, h), null, 'parity');
  const noStart = [...cells];
  noStart[0] = false;
  t.is(decodeClockBars(frame(noStart, w, h), w, h), null, 'start marker');
  const grey = frame(cells, w, h);
  const [gx0, gx1] = clockCellSpan(7, w);
  for (let y = clockStripTop(h); y < h; y += 1) grey.fill(128, (y * w + gx0) * 4, (y * w + gx1) * 4);
  t.is(decodeClockBars(grey, w, h), null, 'a mid-grey cell');
  t.is(decodeClockBars(frame(cells, w, h), 10, 10), null, 'too small');
});

test('the sender time is taken on the UTC day nearest the reader', (t) => {
  const now = Date.UTC(2026, 10, 27, 23, 59, 59, 900);
  t.is(clockCentiseconds(now), 8_639_990);
  t.is(clockToEpochMs(8_639_950, now), Date.UTC(2026, 10, 27, 23, 59, 59, 500));
  // just after midnight, a frame sent just before it
  t.is(clockToEpochMs(8_639_950, Date.UTC(2026, 10, 28, 0, 0, 0, 200)), Date.UTC(2026, 10, 27, 23, 59, 59, 500));
  t.is(clockToEpochMs(5, now), Date.UTC(2026, 10, 28, 0, 0, 0, 50));
});
