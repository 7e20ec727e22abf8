/**
 * @module contracts/video-clock
 * A machine-readable sender clock burned into synthetic camera frames: a strip of black and white
 * cells along the bottom of the frame encoding centiseconds since UTC midnight, so that a viewer can
 * measure glass-to-glass latency from the pixels it shows. The encoder (the camera simulator's
 * ffmpeg filter) and the decoders (browser pages, Node tests) share this geometry.
 *
 * Cells, left to right, each `1/CLOCK_CELLS` of the frame width: a white start marker, `CLOCK_BITS`
 * data bits (most significant first, white = 1), an even-parity bit over the data, a black end
 * marker. Geometry is relative to the frame, so a scaled tile decodes like the full frame.
 * Dependency-free: runs in the browser and in Node.
 */

export const CLOCK_BITS = 24;
/** start marker + data bits + parity + end marker */
export const CLOCK_CELLS = CLOCK_BITS + 3;
/** Height of the strip as a share of the frame height; the strip ends at the bottom edge. */
export const CLOCK_STRIP_HEIGHT = 1 / 12;
/** Share of a cell (each way from its centre, as a fraction of the cell) that is averaged. */
const SAMPLE_HALF_WIDTH = 0.2;
const SAMPLE_HALF_HEIGHT = 0.25;
/** Average luma (0..255) at or below which a cell reads black, at or above which it reads white. */
export const CLOCK_DARK_MAX = 80;
export const CLOCK_BRIGHT_MIN = 176;

const DAY_CS = 8_640_000;
const DAY_MS = 86_400_000;

/** Centiseconds since UTC midnight of `epochMs`. */
export const clockCentiseconds = (epochMs: number): number => Math.floor((((epochMs % DAY_MS) + DAY_MS) % DAY_MS) / 10);

/** The value of every cell (true = white) for a clock value. */
export function clockCells(centiseconds: number): boolean[] {
  if (!Number.isInteger(centiseconds) || centiseconds < 0 || centiseconds >= 2 ** CLOCK_BITS) {
    throw new RangeError(`clock value out of range: ${centiseconds}`);
  }
  const data = Array.from({ length: CLOCK_BITS }, (_, i) => Math.floor(centiseconds / 2 ** (CLOCK_BITS - 1 - i)) % 2 === 1);
  const parity = data.filter(Boolean).length % 2 === 1;
  return [true, ...data, parity, false];
}

/** A cell's pixel span `[x0, x1)` in a frame `width` wide (integers, cells tile the width exactly). */
export function clockCellSpan(cell: number, width: number): [number, number] {
  return [Math.round((cell * width) / CLOCK_CELLS), Math.round(((cell + 1) * width) / CLOCK_CELLS)];
}

/** The strip's pixel rows `[y0, height)` in a frame `height` high. */
export const clockStripTop = (height: number): number => height - Math.max(2, Math.round(height * CLOCK_STRIP_HEIGHT));

/**
 * Reads the clock from the RGBA pixels of one frame (or one tile showing a frame), rows top to
 * bottom, `width × height × 4` bytes. Returns centiseconds since UTC midnight, or null when the
 * strip is not there or does not read cleanly (a marker, a mid-grey cell or the parity is wrong).
 */
export function decodeClockBars(rgba: ArrayLike<number>, width: number, height: number): number | null {
  if (width < CLOCK_CELLS || height < 8 || rgba.length < width * height * 4) return null;
  const top = clockStripTop(height);
  const cy = (top + height) / 2;
  const dy = Math.max(0, Math.floor((height - top) * SAMPLE_HALF_HEIGHT));
  const cells: boolean[] = [];
  for (let c = 0; c < CLOCK_CELLS; c += 1) {
    const [x0, x1] = clockCellSpan(c, width);
    const cx = (x0 + x1 - 1) / 2;
    const dx = Math.max(0, Math.floor((x1 - x0) * SAMPLE_HALF_WIDTH));
    const luma = meanLuma(rgba, width, Math.round(cx - dx), Math.round(cx + dx), Math.round(cy - dy), Math.min(height - 1, Math.round(cy + dy)));
    if (luma <= CLOCK_DARK_MAX) cells.push(false);
    else if (luma >= CLOCK_BRIGHT_MIN) cells.push(true);
    else return null;
  }
  if (cells[0] !== true || cells[CLOCK_CELLS - 1] !== false) return null;
  let value = 0;
  let ones = 0;
  for (let i = 0; i < CLOCK_BITS; i += 1) {
    const bit = cells[1 + i] === true;
    value = value * 2 + (bit ? 1 : 0);
    if (bit) ones += 1;
  }
  if ((ones % 2 === 1) !== cells[1 + CLOCK_BITS]) return null;
  return value;
}

function meanLuma(rgba: ArrayLike<number>, width: number, x0: number, x1: number, y0: number, y1: number): number {
  let sum = 0;
  let n = 0;
  for (let y = y0; y <= y1; y += 1) {
    for (let x = x0; x <= x1; x += 1) {
      const i = (y * width + x) * 4;
      sum += 0.299 * (rgba[i] ?? 0) + 0.587 * (rgba[i + 1] ?? 0) + 0.114 * (rgba[i + 2] ?? 0);
      n += 1;
    }
  }
  return n === 0 ? 0 : sum / n;
}

/**
 * The sender time in epoch ms for a decoded clock value, taking the UTC day that puts it nearest
 * to `nearMs` (the reader's clock), so that readings across midnight resolve correctly.
 */
export function clockToEpochMs(centiseconds: number, nearMs: number): number {
  const midnight = Math.floor(nearMs / DAY_MS) * DAY_MS;
  const candidates = [-1, 0, 1].map((d) => midnight + d * DAY_MS + (centiseconds % DAY_CS) * 10);
  return candidates.reduce((best, c) => (Math.abs(c - nearMs) < Math.abs(best - nearMs) ? c : best));
}
