/**
 * @module wall/state/provenance
 * Where a figure comes from and how fresh it is: the source system's name, the as-of time of the
 * data, and whether the source is late (the source actor's verdict, or the catalogue's staleness
 * limit when no verdict has arrived yet). Pure.
 */
import type { Language } from '../../../server/contracts/index.ts';
import { agoText, clockText, dateTimeText, t } from './i18n.ts';
import type { WallState } from './wall-state.ts';

export interface Provenance {
  sourceId: string;
  source: string;
  asOf: string | null;
  stale: boolean;
  synthetic: boolean;
}

export function provenanceOf(state: WallState, sourceId: string, asOf: string | null, now: number): Provenance {
  const info = state.catalog.get(sourceId);
  const health = state.health.get(sourceId);
  const limitMs = (info?.staleAfterSeconds ?? 3 * 3600) * 1000;
  const at = asOf === null ? Number.NaN : Date.parse(asOf);
  // An unreadable time is as bad as none: the figure cannot be shown as fresh.
  const late = !Number.isFinite(at) || now - at > limitMs;
  return {
    sourceId,
    source: info ? info.title[state.language] : sourceId,
    asOf,
    stale: health ? health.stale || health.status === 'stale' || late : late,
    synthetic: info?.synthetic ?? false,
  };
}

/** Reference data (population, boundaries): fixed as of a release, never stale. */
export function referenceProvenance(source: string, asOf: string): Provenance {
  return { sourceId: 'reference', source, asOf, stale: false, synthetic: false };
}

/** "as of 14:00" in English, "14:00 기준" in Korean. */
const asOfText = (lang: Language, when: string): string => (lang === 'en' ? `as of ${when}` : `${when} 기준`);

function whenText(lang: Language, asOf: string | null, now: number): string {
  if (asOf === null) return lang === 'en' ? 'no data yet' : '자료 없음';
  const at = Date.parse(asOf);
  // A month (reference data), a calendar date (indicators as known on a day) or a time that does not parse is shown as given.
  if (/^\d{4}-\d{2}(-\d{2})?$/.test(asOf) || !Number.isFinite(at)) return asOfText(lang, asOf);
  if (now - at < 86_400_000) return `${asOfText(lang, clockText(at))} (${agoText(lang, now - at)})`;
  return asOfText(lang, dateTimeText(at));
}

export function provenanceText(lang: Language, p: Provenance, now: number): string {
  return `${t(lang, 'source')}: ${p.source} · ${whenText(lang, p.asOf, now)}`;
}
