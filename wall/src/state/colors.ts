/**
 * @module wall/state/colors
 * Colours of the wall: the CAI grade scale as Korea's air-quality services show it (good blue,
 * moderate green, unhealthy amber, very unhealthy red) and the wall's neutrals. Pure.
 */
import type { AirMetric, CaiGrade, DistrictAir, SourceStatus } from '../../../server/contracts/index.ts';
import type { MapMetric } from '../../../server/contracts/layout.ts';

export const PALETTE = {
  background: 0x0b1220,
  panel: 0x111a2e,
  panelEdge: 0x23314f,
  text: 0xe2e8f0,
  muted: 0x94a3b8,
  faint: 0x475569,
  accent: 0x38bdf8,
  noData: 0x334155,
  stale: 0xf59e0b,
  lost: 0xef4444,
  ok: 0x22c55e,
  selection: 0xffffff,
} as const;

export const GRADE_COLORS: Readonly<Record<CaiGrade, number>> = {
  good: 0x1d8cf8,
  moderate: 0x22b35e,
  unhealthy: 0xf5a623,
  'very-unhealthy': 0xe5484d,
};

export const STATUS_COLORS: Readonly<Record<SourceStatus, number>> = {
  healthy: 0x22c55e,
  degraded: 0xf5a623,
  stale: 0xf59e0b,
  failing: 0xe5484d,
  unknown: 0x64748b,
};

/** The CAI bands (0–50, 51–100, 101–250, 251–500) for any index value. */
export function gradeOfIndex(index: number): CaiGrade {
  if (index <= 50) return 'good';
  if (index <= 100) return 'moderate';
  if (index <= 250) return 'unhealthy';
  return 'very-unhealthy';
}

/** The index a map metric colours by: the CAI itself, or the pollutant's CAI sub-index. */
export function indexOf(air: DistrictAir | undefined, metric: MapMetric): number | null {
  if (!air) return null;
  return metric === 'cai' ? air.cai : (air.subIndices[metric as AirMetric] ?? null);
}

export function fillOf(air: DistrictAir | undefined, metric: MapMetric): number {
  const index = indexOf(air, metric);
  return index === null ? PALETTE.noData : GRADE_COLORS[gradeOfIndex(index)];
}

export const hex = (c: number): string => `#${c.toString(16).padStart(6, '0')}`;
