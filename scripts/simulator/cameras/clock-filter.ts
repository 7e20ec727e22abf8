/**
 * @module simulator/cameras/clock-filter
 * The ffmpeg filter chain that burns the sender clock into each synthetic frame: frame times are
 * set to the wall clock (ms since UTC midnight: `settb=1/1000,setpts=RTCTIME/1000-<midnight>`),
 * the camera id, the word SYNTHETIC and the clock are drawn as text, and the machine-readable bars of
 * server/contracts/video-clock.ts are drawn with `drawbox`, each cell enabled by an expression of the
 * frame time. Pure.
 */
import { CLOCK_BITS, CLOCK_CELLS, clockCellSpan, clockStripTop } from '../../../server/contracts/video-clock.ts';

export interface ClockFilterInput {
  camera: string;
  width: number;
  height: number;
  /** Epoch ms of the UTC midnight the frame times count from. */
  midnightMs: number;
  /** A TrueType font file, or null for fontconfig's default sans. */
  fontFile: string | null;
}

/** Centiseconds since midnight of the frame, wrapped at one day (`t` is the frame time in s). */
const CS = 'floor(mod(t*100,8640000))';
const bitOf = (weight: number): string => `mod(floor(${CS}/${2 ** weight}),2)`;

/** An expression that is 1 when cell `cell` (data bits and parity) is white. */
export function cellExpression(cell: number): string {
  if (cell >= 1 && cell <= CLOCK_BITS) return `eq(${bitOf(CLOCK_BITS - cell)},1)`;
  if (cell === CLOCK_BITS + 1) {
    const sum = Array.from({ length: CLOCK_BITS }, (_, k) => bitOf(k)).join('+');
    return `eq(mod(${sum},2),1)`;
  }
  throw new RangeError(`cell ${cell} is not a data or parity cell`);
}

const font = (f: string | null): string => (f === null ? 'font=Sans' : `fontfile=${f.replace(/([\\:'])/g, '\\$1')}`);

function textFilters(o: ClockFilterInput): string[] {
  const size = Math.max(10, Math.round(o.height / 16));
  const pad = Math.max(4, Math.round(size / 3));
  const common = `${font(o.fontFile)}:fontsize=${size}:fontcolor=white:box=1:boxcolor=black@0.65:boxborderw=${pad}:x=${pad * 2}`;
  return [
    `drawtext=${common}:y=${pad * 2}:text='${o.camera}  SYNTHETIC'`,
    `drawtext=${common}:y=${pad * 5 + size}:text='%{pts\\:hms} UTC'`,
  ];
}

function barFilters(o: ClockFilterInput): string[] {
  const top = clockStripTop(o.height);
  const h = o.height - top;
  const box = (cell: number): string => {
    const [x0, x1] = clockCellSpan(cell, o.width);
    return `drawbox=x=${x0}:y=${top}:w=${x1 - x0}:h=${h}:color=white:t=fill`;
  };
  const filters = [`drawbox=x=0:y=${top}:w=${o.width}:h=${h}:color=black:t=fill`, box(0)];
  for (let cell = 1; cell < CLOCK_CELLS - 1; cell += 1) filters.push(`${box(cell)}:enable='${cellExpression(cell)}'`);
  return filters;
}

export function clockFilter(o: ClockFilterInput): string {
  return [`settb=expr=1/1000`, `setpts=RTCTIME/1000-${o.midnightMs}`, ...textFilters(o), ...barFilters(o)].join(',');
}
