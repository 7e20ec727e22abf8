/**
 * @module wall/tablet/qr-layout
 * How a QR matrix is drawn: horizontal runs of dark modules (one rectangle each instead of one per
 * module), and the module size that fits a box with the four-module quiet zone scanners need. Pure.
 */

export interface Run {
  row: number;
  col: number;
  length: number;
}

/** The dark modules as horizontal runs, row by row. */
export function darkRuns(matrix: readonly (readonly boolean[])[]): Run[] {
  const runs: Run[] = [];
  matrix.forEach((row, r) => {
    let start = -1;
    for (let c = 0; c <= row.length; c++) {
      const dark = c < row.length && row[c] === true;
      if (dark && start < 0) start = c;
      if (!dark && start >= 0) {
        runs.push({ row: r, col: start, length: c - start });
        start = -1;
      }
    }
  });
  return runs;
}

/** Light modules around the code that scanners need. */
export const QUIET_ZONE = 4;

/** The largest whole module size (logical px) whose code and quiet zone fit in `box`. */
export const moduleSize = (modules: number, box: number): number => Math.max(1, Math.floor(box / (modules + 2 * QUIET_ZONE)));
