/**
 * @module wall/state/complaint-map
 * Complaints on the map: each gu's figure from its KPIs — the open backlog, or complaints received in
 * the KPI window per 10,000 residents (resident registration) — and the colour class it falls in.
 * Classes are equal steps of a round width chosen so five cover the largest gu, so a colour means the
 * same range on every gu and the key reads as plain numbers. Pure.
 */
import type { Language } from '../../../server/contracts/index.ts';
import { complaintKpiOf } from './complaints.ts';
import { PALETTE } from './colors.ts';
import { numberText } from './i18n.ts';
import type { WallState } from './wall-state.ts';

export type ComplaintMapMode = 'open' | 'per10k';

/** The mode of a map showing these layers: the open backlog (`complaints`) unless `complaints-per-10k` is asked for. */
export const complaintModeOf = (layers: readonly string[] | undefined): ComplaintMapMode => ((layers ?? []).includes('complaints-per-10k') ? 'per10k' : 'open');

/** Dark (few) to bright (many); apart from the air grades' blue, green, amber and red. */
export const COMPLAINT_RAMP: readonly number[] = [0x41356e, 0x6f3f92, 0xa6488f, 0xdb5f77, 0xf99b5f];

export function districtValue(state: Pick<WallState, 'complaintKpis'>, code: string, mode: ComplaintMapMode, population: number | null): number | null {
  const k = complaintKpiOf(state, code);
  if (!k) return null;
  if (mode === 'open') return k.open;
  return population !== null && population > 0 ? (k.received / population) * 10_000 : null;
}

/** The smallest of 1, 2, 2.5, 5 × 10ⁿ at least `x` (at least `min`). */
export function niceStep(x: number, min: number): number {
  if (!(x > min)) return min;
  const p = 10 ** Math.floor(Math.log10(x));
  const m = [1, 2, 2.5, 5, 10].find((f) => f * p >= x - 1e-9) ?? 10;
  return m * p;
}

export interface Classes {
  /** Class i covers [i·step, (i+1)·step); the last one everything above. */
  step: number;
  colors: readonly number[];
}

export function classesFor(values: ReadonlyArray<number | null>, mode: ComplaintMapMode): Classes {
  const max = Math.max(0, ...values.filter((v): v is number => v !== null));
  const step = niceStep(max / COMPLAINT_RAMP.length, mode === 'open' ? 1 : 0.1);
  return { step, colors: COMPLAINT_RAMP };
}

export function classOf(value: number, c: Classes): number {
  return Math.min(c.colors.length - 1, Math.max(0, Math.floor(value / c.step + 1e-9)));
}

export const fillOfValue = (value: number | null, c: Classes): number => (value === null ? PALETTE.noData : c.colors[classOf(value, c)]!);

/** 12 → "12"; 3.456 → "3.5" (per 10k). */
export function valueText(lang: Language, value: number | null, mode: ComplaintMapMode): string {
  if (value === null) return '—';
  return mode === 'open' ? numberText(lang, Math.round(value)) : value.toFixed(1);
}

/** The key's rows: each class's range ("0–9", "10–19", …, "40+"). */
export function legendRanges(lang: Language, c: Classes, mode: ComplaintMapMode): string[] {
  const fmt = (v: number): string => (mode === 'open' ? numberText(lang, v) : String(Math.round(v * 100) / 100));
  return c.colors.map((_, i) => {
    const lo = i * c.step;
    if (i === c.colors.length - 1) return `${fmt(lo)}+`;
    const hi = mode === 'open' ? (i + 1) * c.step - 1 : (i + 1) * c.step;
    return mode === 'open' && hi <= lo ? fmt(lo) : `${fmt(lo)}–${fmt(hi)}`;
  });
}
