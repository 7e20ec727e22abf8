import test from 'ava';
import { CLOCK_BITS, CLOCK_CELLS, clockCells } from '../../../server/contracts/video-clock.ts';
import { cellExpression, clockFilter } from './clock-filter.ts';

/** Evaluates the ffmpeg expressions used here (eq, mod, floor, +, *, /) for a frame time t. */
function evaluate(expr: string, t: number): number {
  const js = expr.replace(/\beq\(/g, 'EQ(').replace(/\bmod\(/g, 'MOD(').replace(/\bfloor\(/g, 'Math.floor(');
  const EQ = (a: number, b: number): number => (a === b ? 1 : 0);
  const MOD = (a: number, b: number): number => a - b * Math.floor(a / b);
  return new Function('t', 'EQ', 'MOD', `return ${js};`)(t, EQ, MOD) as number;
}

test('the cell expressions draw exactly the cells the decoder expects', (t) => {
  for (const seconds of [0, 0.01, 12.34, 3600.5, 86_399.99, 40_000.123, 86_400 + 61.2]) {
    const cs = Math.floor((seconds * 100) % 8_640_000);
    const expected = clockCells(cs);
    const drawn = Array.from({ length: CLOCK_BITS + 1 }, (_, i) => evaluate(cellExpression(i + 1), seconds) === 1);
    t.deepEqual(drawn, expected.slice(1, CLOCK_BITS + 2), `t=${seconds}`);
  }
  t.throws(() => cellExpression(0));
  t.throws(() => cellExpression(CLOCK_CELLS - 1));
});

test('the chain sets frame times to the wall clock, names the camera as synthetic and draws the strip', (t) => {
  const f = clockFilter({ camera: 'cam-11680-90001', width: 640, height: 360, midnightMs: 1_795_737_600_000, fontFile: '/fonts/a:b.ttf' });
  const parts = f.split(/,(?=[a-z]+=)/);
  t.deepEqual(parts.slice(0, 2), ['settb=expr=1/1000', 'setpts=RTCTIME/1000-1795737600000']);
  t.regex(f, /text='cam-11680-90001 {2}SYNTHETIC'/);
  t.regex(f, /text='%\{pts\\:hms\} UTC'/);
  t.regex(f, /fontfile=\/fonts\/a\\:b\.ttf/);
  t.true(f.includes('drawbox=x=0:y=330:w=640:h=30:color=black:t=fill'));
  t.is(f.match(/drawbox=/g)?.length, CLOCK_CELLS);
  t.is(f.match(/enable='/g)?.length, CLOCK_BITS + 1);
  t.regex(clockFilter({ camera: 'c', width: 64, height: 36, midnightMs: 0, fontFile: null }), /font=Sans/);
});
