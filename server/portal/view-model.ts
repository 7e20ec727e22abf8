/**
 * @module portal/view-model
 * The portal's figures, computed from what the publication policy gave (see gather.ts) exactly as
 * the wall computes them: the city mean CAI and its grade, districts per grade, the worst gu,
 * integrated systems healthy / total, and per block its provenance (source, as-of, stale,
 * synthetic). Only the fields named here reach the page. Pure.
 */
import { CAI_GRADES, type AirMetric, type CaiGrade, type DistrictAir, type SourceHealth, type SourceStatus } from '../contracts/index.ts';
import type { Localized, SourceInfo } from '../http/deps.ts';
import type { PopulationSummary } from './population.ts';

export interface DistrictName {
  code: string;
  nameKo: string;
  nameEn: string;
}

/** What the publication policy lets an anonymous visitor see; null: withheld or not available. */
export interface PortalInputs {
  now: number;
  districts: readonly DistrictName[] | null;
  air: { districts: readonly DistrictAir[]; at: string } | null;
  catalog: readonly SourceInfo[] | null;
  health: { values: readonly SourceHealth[]; at: string } | null;
  population: PopulationSummary | null;
}

export interface Provenance {
  source: Localized;
  asOf: string | null;
  stale: boolean;
  synthetic: boolean;
}

export interface AirRow extends DistrictName {
  cai: number | null;
  grade: CaiGrade | null;
  dominant: AirMetric | null;
  pm10: number | null;
  pm25: number | null;
  asOf: string | null;
  stale: boolean;
  synthetic: boolean;
}

export interface SourceRow {
  id: string;
  title: Localized;
  department: Localized;
  status: SourceStatus;
  lastUpdate: string | null;
  stale: boolean;
  synthetic: boolean;
  attribution: string;
}

export interface AirSummary {
  mean: number;
  grade: CaiGrade;
  counts: Array<{ grade: CaiGrade; n: number }>;
  worst: { nameKo: string; nameEn: string; cai: number };
  provenance: Provenance;
}

export interface PortalView {
  now: number;
  population: { figures: PopulationSummary; provenance: Provenance } | null;
  air: AirSummary | null;
  systems: { healthy: number; total: number; stale: number; provenance: Provenance } | null;
  /** The district table (null: neither names nor air values are published). */
  rows: AirRow[] | null;
  airProvenance: Provenance | null;
  sources: SourceRow[] | null;
  attributions: string[];
}

export const AIR_SOURCE = 'seoul-air';
const DEFAULT_STALE_AFTER_S = 3 * 3600;
const POPULATION_SOURCE: Localized = { ko: '행정안전부 주민등록 인구통계', en: 'MOIS resident registration' };
const MONITORING_SOURCE: Localized = { ko: 'SCPM 연계 상태 감시', en: 'SCPM source monitoring' };

/** The CAI bands (0–50, 51–100, 101–250, 251–500) for any index value. */
export function caiGradeOf(index: number): CaiGrade {
  if (index <= 50) return 'good';
  if (index <= 100) return 'moderate';
  if (index <= 250) return 'unhealthy';
  return 'very-unhealthy';
}

/** Late when the time is missing or unreadable, or older than the source's limit. */
export const isLate = (asOf: string | null, limitSeconds: number, now: number): boolean => {
  const at = asOf === null ? Number.NaN : Date.parse(asOf);
  return !Number.isFinite(at) || now - at > limitSeconds * 1000;
};

interface Lookup {
  catalog: ReadonlyMap<string, SourceInfo>;
  health: ReadonlyMap<string, SourceHealth>;
  now: number;
}

const lookupOf = (i: PortalInputs): Lookup => ({
  catalog: new Map((i.catalog ?? []).map((s) => [s.id, s])),
  health: new Map((i.health?.values ?? []).map((h) => [h.source, h])),
  now: i.now,
});

/** A figure's provenance, as the wall's provenance line: the source actor's verdict or the catalogue's limit. */
export function provenanceOf(l: Lookup, sourceId: string, asOf: string | null): Provenance {
  const info = l.catalog.get(sourceId);
  const health = l.health.get(sourceId);
  const late = isLate(asOf, info?.staleAfterSeconds ?? DEFAULT_STALE_AFTER_S, l.now);
  return {
    source: info ? info.title : { ko: sourceId, en: sourceId },
    asOf,
    stale: health ? health.stale || health.status === 'stale' || late : late,
    synthetic: info?.synthetic ?? false,
  };
}

function airRows(i: PortalInputs, l: Lookup): AirRow[] | null {
  if (i.districts === null && i.air === null) return null;
  const byCode = new Map((i.air?.districts ?? []).map((a) => [a.district, a]));
  const names = [...(i.districts ?? [])];
  for (const code of [...byCode.keys()].sort()) if (!names.some((n) => n.code === code)) names.push({ code, nameKo: code, nameEn: code });
  return names.map((n) => {
    const a = byCode.get(n.code);
    const p = provenanceOf(l, a?.source ?? AIR_SOURCE, a?.asOf ?? null);
    return {
      code: n.code, nameKo: n.nameKo, nameEn: n.nameEn,
      cai: a?.cai ?? null, grade: a?.grade ?? null, dominant: a?.dominant ?? null,
      pm10: a?.values.pm10 ?? null, pm25: a?.values.pm25 ?? null,
      asOf: a?.asOf ?? null, stale: a ? p.stale : false, synthetic: p.synthetic,
    };
  });
}

function airSummary(rows: readonly AirRow[], provenance: Provenance): AirSummary | null {
  const rated = rows.filter((r): r is AirRow & { cai: number } => r.cai !== null);
  const first = rated[0];
  if (!first) return null;
  const mean = Math.round(rated.reduce((s, r) => s + r.cai, 0) / rated.length);
  const worst = rated.reduce((w, r) => (r.cai > w.cai ? r : w), first);
  const counts = CAI_GRADES.map((grade) => ({ grade, n: rated.filter((r) => r.grade === grade).length }));
  return { mean, grade: caiGradeOf(mean), counts, worst: { nameKo: worst.nameKo, nameEn: worst.nameEn, cai: worst.cai }, provenance };
}

function sourceRows(i: PortalInputs, l: Lookup): SourceRow[] | null {
  if (i.catalog === null && i.health === null) return null;
  const ids = [...new Set([...l.catalog.keys(), ...l.health.keys()])].sort();
  return ids.map((id) => {
    const info = l.catalog.get(id);
    const h = l.health.get(id);
    const lastUpdate = h?.lastSuccessAt ?? null;
    return {
      id,
      title: info?.title ?? { ko: id, en: id },
      department: info?.department ?? { ko: '—', en: '—' },
      status: h?.status ?? 'unknown',
      lastUpdate,
      stale: provenanceOf(l, id, lastUpdate).stale,
      synthetic: info?.synthetic ?? false,
      attribution: info?.attribution ?? '',
    };
  });
}

function systemsSummary(i: PortalInputs, l: Lookup, rows: readonly SourceRow[] | null): PortalView['systems'] {
  if (rows === null || rows.length === 0) return null;
  const limit = Math.max(DEFAULT_STALE_AFTER_S, ...[...l.catalog.values()].map((s) => s.staleAfterSeconds));
  const asOf = i.health?.at ?? null;
  return {
    healthy: rows.filter((r) => r.status === 'healthy').length,
    total: Math.max(l.catalog.size, l.health.size),
    stale: rows.filter((r) => r.stale).length,
    provenance: { source: MONITORING_SOURCE, asOf, stale: isLate(asOf, limit, i.now), synthetic: false },
  };
}

export function portalView(i: PortalInputs): PortalView {
  const l = lookupOf(i);
  const rows = airRows(i, l);
  const airSourceId = i.air?.districts[0]?.source ?? AIR_SOURCE;
  const airProvenance = i.air ? provenanceOf(l, airSourceId, i.air.at) : null;
  const sources = sourceRows(i, l);
  const population = i.population ? { figures: i.population, provenance: { source: POPULATION_SOURCE, asOf: i.population.asOf, stale: false, synthetic: false } } : null;
  const attributions = [...new Set([...(sources ?? []).map((s) => s.attribution), ...(population ? [population.figures.source] : [])])].filter((a) => a !== '');
  return {
    now: i.now,
    population,
    air: rows && airProvenance ? airSummary(rows, airProvenance) : null,
    systems: systemsSummary(i, l, sources),
    rows,
    airProvenance,
    sources,
    attributions,
  };
}
