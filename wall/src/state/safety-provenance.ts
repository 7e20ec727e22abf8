/**
 * @module wall/state/safety-provenance
 * Where incident and camera figures come from: one entry per dispatch source on the board (119, 112),
 * SYNTHETIC when the catalogue says so or any of its incidents is generated; and the camera registry,
 * SYNTHETIC when any camera's position is generated. Pure.
 */
import type { Incident, Language } from '../../../server/contracts/index.ts';
import { t } from './i18n.ts';
import { incidentSources } from './incidents.ts';
import { provenanceOf, type Provenance } from './provenance.ts';
import type { WallState } from './wall-state.ts';

const DISPATCH = { ko: '119·112 출동 정보', en: '119/112 dispatch' } as const;

export function incidentProvenance(state: WallState, incidents: readonly Incident[], now: number): Provenance[] {
  const sources = incidentSources(incidents);
  if (sources.length === 0) {
    const p = provenanceOf(state, 'incidents', state.incidentsAt, now);
    return [{ ...p, source: state.catalog.has('incidents') ? p.source : DISPATCH[state.language] }];
  }
  return sources.map((id) => {
    const p = provenanceOf(state, id, state.incidentsAt, now);
    return { ...p, synthetic: p.synthetic || incidents.some((i) => i.source === id && i.synthetic) };
  });
}

/** Several sources as one line (a figure tile has room for one): names joined, any STALE or SYNTHETIC kept. */
export function mergeProvenance(list: readonly Provenance[]): Provenance {
  const [first, ...rest] = list;
  if (!first) throw new Error('mergeProvenance needs at least one provenance');
  return rest.reduce(
    (a, p) => ({ ...a, sourceId: `${a.sourceId}+${p.sourceId}`, source: `${a.source} · ${p.source}`, stale: a.stale || p.stale, synthetic: a.synthetic || p.synthetic }),
    first,
  );
}

export function cameraProvenance(state: WallState, lang: Language): Provenance {
  const list = state.cameraList;
  const cameras = list?.status === 'ready' ? list.cameras : [];
  return {
    sourceId: 'cameras',
    source: t(lang, 'cameraRegistry'),
    asOf: list?.status === 'ready' ? new Date(list.loadedAt).toISOString() : null,
    stale: false,
    synthetic: cameras.some((c) => c.synthetic),
  };
}
