/**
 * @module privacy/point
 * Coarsens a position to the centre of its cell in a fixed grid of about 150 m × 150 m: rows are
 * 150 m of latitude (1/742 of a degree), and each row is cut into columns 150 m wide at its centre
 * latitude (0.0017° of longitude at Seoul). Anchored at 0°, 0°, so the same place always gives the same
 * point and a coarsened point coarsens to itself. The public sees a position at most about 106 m
 * (half the diagonal) from the truth, and every position in a cell looks the same.
 */

export const GRID_M = 150;
/** Metres in one degree of latitude (and of longitude at the equator). */
const M_PER_DEGREE = 111_320;
const LAT_STEP = GRID_M / M_PER_DEGREE;

const round6 = (v: number): number => Math.round(v * 1e6) / 1e6;

export function coarsenPoint(lat: number, lon: number): { lat: number; lon: number } {
  if (!Number.isFinite(lat) || lat < -90 || lat > 90) throw new RangeError(`latitude ${lat} is not between -90 and 90`);
  if (!Number.isFinite(lon) || lon < -180 || lon > 180) throw new RangeError(`longitude ${lon} is not between -180 and 180`);
  const cLat = Math.min(90, Math.max(-90, (Math.floor(lat / LAT_STEP) + 0.5) * LAT_STEP));
  const lonStep = GRID_M / (M_PER_DEGREE * Math.max(Math.cos((cLat * Math.PI) / 180), 1e-3));
  const cLon = Math.min(180, Math.max(-180, (Math.floor(lon / lonStep) + 0.5) * lonStep));
  return { lat: round6(cLat), lon: round6(cLon) };
}
