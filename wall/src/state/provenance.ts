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
  const late = asOf === null || now - Date.parse(asOf) > limitMs;
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

export function provenanceText(lang: Language, p: Provenance, now: number): string {
  const when = p.asOf === null
    ? (lang === 'en' ? 'no data yet' : '자료 없음')
    : /^\d{4}-\d{2}$/.test(p.asOf)
      ? asOfText(lang, p.asOf)
      : now - Date.parse(p.asOf) < 86_400_000
        ? `${asOfText(lang, clockText(Date.parse(p.asOf)))} (${agoText(lang, now - Date.parse(p.asOf))})`
        : asOfText(lang, dateTimeText(Date.parse(p.asOf)));
  return `${t(lang, 'source')}: ${p.source} · ${when}`;
}
