/**
 * @module wall/state/admin-indicators
 * What the indicator panels show, as pure functions: the indicators of a plan area, an indicator's
 * latest value and the one it revised, its target status (from the plan's computed assessments:
 * progress against the progress expected by then, with the plan's thresholds), its series as a line,
 * and the bars of a drill-down (withheld public cells kept as withheld, never zero).
 */
import { PLAN_AREAS, type DateRange, type Indicator, type Language, type PlanAreaId } from '../../../server/contracts/index.ts';
import { indicatorPeriodRange } from '../../../server/contracts/calendar.ts';
import type { AdminState, IndicatorDrilldown, Loadable, PledgeBoard, ServedValue } from './admin-state.ts';

/** The plan's thresholds of pace (server/indicators/status.ts): on track from 0.9, off track below 0.6. */
export const PACE = { onTrack: 0.9, offTrack: 0.6 } as const;

export type IndicatorStatus = 'on-track' | 'at-risk' | 'off-track' | 'no-data' | 'not-in-plan';

export const STATUS_COLORS: Readonly<Record<IndicatorStatus, number>> = {
  'on-track': 0x22c55e,
  'at-risk': 0xf5a623,
  'off-track': 0xe5484d,
  'no-data': 0x64748b,
  'not-in-plan': 0x334155,
};

export const PROVENANCE_COLORS = { real: 0x38bdf8, synthetic: 0xa78bfa, derived: 0x2dd4bf } as const;

export const ready = <T>(l: Loadable<T> | null | undefined): T | null => (l?.status === 'ready' ? l.data : null);

export const catalogueOf = (s: AdminState): Indicator[] => ready(s.indicatorCatalogue) ?? [];

/** The plan areas in the plan's order, each with its indicators (areas without any left out). */
export function areasWithIndicators(indicators: readonly Indicator[]): Array<{ area: PlanAreaId; indicators: Indicator[] }> {
  return PLAN_AREAS.map((area) => ({ area, indicators: indicators.filter((i) => i.area === area) })).filter((a) => a.indicators.length > 0);
}

/** The area the grid shows: the one chosen, else the first with indicators. */
export function shownArea(s: AdminState): PlanAreaId | null {
  const areas = areasWithIndicators(catalogueOf(s));
  return areas.find((a) => a.area === s.indicatorArea)?.area ?? areas[0]?.area ?? null;
}

/** The latest period's value of a series (null while there is none). */
export const latestOf = (series: readonly ServedValue[]): ServedValue | null => series.at(-1) ?? null;

/**
 * The value the drill-down is of: the latest, or when dates were asked for, the last period of the
 * series that overlaps them (a monthly figure for "last year" is its December); null when none does.
 */
export function drillPointOf(series: readonly ServedValue[], asked: DateRange | null): ServedValue | null {
  if (asked === null) return latestOf(series);
  for (let i = series.length - 1; i >= 0; i--) {
    const dates = indicatorPeriodRange(series[i]!.period);
    if (dates && dates.from <= asked.to && dates.to >= asked.from) return series[i]!;
  }
  return null;
}

/** An indicator's status from the tasks it measures: its pace (progress / expected, at most 1.5). */
export function indicatorStatus(id: string, board: PledgeBoard | null): IndicatorStatus {
  if (board === null) return 'no-data';
  const parts = board.tasks.flatMap((t) => t.assessment.indicators.filter((p) => p.indicator === id));
  if (parts.length === 0) return 'not-in-plan';
  const p = parts[0]!;
  if (p.progress === null || p.expected === null) return 'no-data';
  const pace = p.expected <= 0 ? (p.progress >= 0 ? 1 : 0) : Math.min(p.progress / p.expected, 1.5);
  return pace >= PACE.onTrack ? 'on-track' : pace >= PACE.offTrack ? 'at-risk' : 'off-track';
}

/** A value in the indicator's published precision: "62.2", "9,331,860". */
export function valueText(lang: Language, ind: Pick<Indicator, 'decimals'>, v: number): string {
  return v.toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-US', { minimumFractionDigits: ind.decimals, maximumFractionDigits: ind.decimals });
}

/** A value with its unit ("62.2 %", "9,331,860 persons"; "62.2%", "9,331,860명"). */
export function valueWithUnit(lang: Language, ind: Indicator, v: number): string {
  const unit = ind.unit[lang];
  const tight = lang === 'ko' || unit === '%';
  return `${valueText(lang, ind, v)}${tight ? '' : ' '}${unit}`;
}

/** "revised from 61.8" / "61.8에서 수정" when the latest value replaced another; '' otherwise. */
export function revisedText(lang: Language, ind: Indicator, v: ServedValue | null): string {
  if (v === null || v.revisedFrom === null) return '';
  const from = valueText(lang, ind, v.revisedFrom);
  return lang === 'ko' ? `${from}에서 수정` : `revised from ${from}`;
}

/** The values of a series in order (withheld ones as gaps). */
export const lineOf = (series: readonly ServedValue[]): Array<number | null> => series.map((v) => v.value);

export interface DrillBar {
  key: string;
  /** The gu code, age band or gender. */
  cell: string;
  value: number | null;
  suppressed: boolean;
}

/** The bars of a drill-down, the total left out (shown apart): its cells in the order served. */
export function drillBars(d: IndicatorDrilldown): { total: ServedValue | null; bars: DrillBar[] } {
  const cellOf = (v: ServedValue): string => (d.by === 'district' ? v.district : d.by === 'age' ? v.age : v.gender);
  const isTotal = (v: ServedValue): boolean => (d.by === 'district' ? v.district === 'city' : d.by === 'age' ? v.age === 'all' : v.gender === 'all');
  const total = d.cells.find(isTotal) ?? null;
  const bars = d.cells.filter((v) => !isTotal(v)).map((v) => ({ key: cellOf(v), cell: cellOf(v), value: v.value, suppressed: v.suppressed !== null }));
  return { total, bars };
}

/** How the provenance of the indicators shown adds up: real, synthetic, derived. */
export function provenanceCounts(indicators: readonly Indicator[]): Record<'real' | 'synthetic' | 'derived', number> {
  const counts = { real: 0, synthetic: 0, derived: 0 };
  for (const i of indicators) counts[i.provenance.kind] += 1;
  return counts;
}

/** The indicator the detail panel shows: the one selected, else the first of the area the grid shows. */
export function detailIndicator(s: AdminState): Indicator | null {
  const all = catalogueOf(s);
  const area = shownArea(s);
  return all.find((i) => i.id === s.selectedIndicator) ?? all.find((i) => i.area === area) ?? null;
}

/** The dimension the drill-down varies: the one chosen when the indicator has it, else its first. */
export const drillDimension = (ind: Indicator, chosen: AdminState['drillBy']): AdminState['drillBy'] | null =>
  ind.dimensions.includes(chosen) ? chosen : (ind.dimensions[0] ?? null);
