/**
 * @module actors/incident/testing
 * Test support: incident event envelopes as a source publishes them, and incidents built from them.
 */
import type { Incident, IncidentProgress, IncidentReported, IncidentStage } from '../../contracts/index.ts';
import { parseIncidentEvent, type IncidentEvent } from './event.ts';
import { applyEvent, emptyTrack } from './lifecycle.ts';

export const T0 = Date.parse('2026-11-27T01:00:00Z');
export const iso = (ms: number): string => new Date(ms).toISOString();

export const reportedPayload = (n: string, over: Partial<IncidentReported> = {}): IncidentReported => ({
  incident: `fire-119:${n}`,
  agency: 'fire',
  type: 'fire',
  severity: 'moderate',
  district: '11680',
  dong: '역삼동',
  address: '서울특별시 강남구 역삼동',
  lon: 127.036712,
  lat: 37.500934,
  responder: { id: 'fire-station:11680', name: { ko: '강남소방서', en: 'Gangnam Fire Station' } },
  synthetic: false,
  ...over,
});

type Stage = Exclude<IncidentStage, 'reported'>;

/** An `incident.<stage>` envelope; `at` is epoch ms. */
export const envelope = (stage: IncidentStage, payload: object, at: number, over: Record<string, unknown> = {}) => {
  const incident = (payload as { incident: string }).incident;
  const source = incident.split(':')[0] as string;
  return {
    v: 1, id: `${incident}:${stage}`, source, kind: `incident.${stage}`, observedAt: iso(at),
    entity: `incident:${incident}`, district: (payload as { district?: string }).district ?? '11680', payload, ...over,
  };
};

export const reported = (n: string, at = T0, over: Partial<IncidentReported> = {}) =>
  envelope('reported', reportedPayload(n, over), at);

export const progress = (n: string, stage: Stage, at: number, extra: Partial<IncidentProgress> = {}, source = 'fire-119') =>
  envelope(stage, { incident: `${source}:${n}`, stage, ...extra }, at);

export const parsed = (raw: unknown): IncidentEvent => {
  const r = parseIncidentEvent(raw);
  if (!r.ok) throw new Error(r.reason);
  return r.event;
};

/** The incident that a sequence of envelopes folds into (processed at `now`). */
export const foldAll = (raws: readonly unknown[], now = T0): Incident => {
  const track = raws.reduce((t: ReturnType<typeof emptyTrack>, raw) => applyEvent(t, parsed(raw), now).track, emptyTrack());
  if (track.incident === null) throw new Error('no incident was reported');
  return track.incident;
};
