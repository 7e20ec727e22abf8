/**
 * @module actors/incident/lifecycle
 * Folds stage events into an incident: reported → dispatched → arrived → resolved. Pure.
 *
 * Events come at least once and in any order, so:
 *  - a stage's time is set by the first event of that stage and never changes afterwards;
 *  - the stage is the furthest one seen and never goes backwards (a late `arrived` after `resolved`
 *    only fills in the arrival time);
 *  - a duration is the source's recorded figure when an event carries one (a later recorded figure
 *    replaces it), else it is computed from the two stage times once both are known;
 *  - `estimated` names the recorded figures the source marked as estimated;
 *  - casualties and damage are taken whenever an event carries them (at resolution);
 *  - progress for an incident whose `reported` has not been seen is held, not turned into an
 *    incident (nothing is invented): it is folded in when `reported` arrives.
 * An event that changes nothing (a duplicate) returns the same object.
 */
import { INCIDENT_STAGES, type Incident, type IncidentStage } from '../../contracts/index.ts';
import type { IncidentEvent, ProgressEvent, ReportedEvent } from './event.ts';

export type DurationName = 'dispatchS' | 'travelS' | 'onSceneS';
export const DURATION_NAMES: readonly DurationName[] = ['dispatchS', 'travelS', 'onSceneS'];

/** Each duration runs from one stage to the next. */
export const DURATION_SPAN: Readonly<Record<DurationName, readonly [IncidentStage, IncidentStage]>> = {
  dispatchS: ['reported', 'dispatched'],
  travelS: ['dispatched', 'arrived'],
  onSceneS: ['arrived', 'resolved'],
};

/** What an incident actor holds: the incident once reported, and progress seen before that. */
export interface IncidentTrack {
  incident: Incident | null;
  /** Progress events that came before `reported` (deduplicated by event id). */
  pending: readonly ProgressEvent[];
}

export const MAX_PENDING = 16;

export const stageIndex = (s: IncidentStage): number => INCIDENT_STAGES.indexOf(s);

/** The next `updatedAt`: now, but always later than the previous one, so that stored versions order. */
export const nextUpdatedAt = (prev: string | null, now: number): string => {
  const floor = prev === null ? -Infinity : Date.parse(prev) + 1;
  return new Date(Math.max(now, floor)).toISOString();
};

const seconds = (from: string | null, to: string | null): number | null => {
  if (from === null || to === null) return null;
  const s = (Date.parse(to) - Date.parse(from)) / 1000;
  return s >= 0 ? s : null;
};

export const createIncident = (ev: ReportedEvent, now: number): Incident => {
  const p = ev.payload;
  return {
    id: p.incident, source: ev.source, agency: p.agency, type: p.type, severity: p.severity, stage: 'reported',
    district: p.district, dong: p.dong, address: p.address, lon: p.lon, lat: p.lat, responder: p.responder,
    synthetic: p.synthetic,
    times: { reported: ev.at, dispatched: null, arrived: null, resolved: null },
    durations: { dispatchS: null, travelS: null, onSceneS: null },
    estimated: [], casualties: null, damageKrwThousands: null, late: [],
    updatedAt: nextUpdatedAt(null, now),
  };
};

const sameContent = (a: Incident, b: Incident): boolean =>
  JSON.stringify({ ...a, updatedAt: '' }) === JSON.stringify({ ...b, updatedAt: '' });

/** Applies one progress event to an incident; the same object when nothing changed. */
export const applyProgress = (incident: Incident, ev: ProgressEvent, now: number): Incident => {
  const p = ev.payload;
  const times = { ...incident.times, [p.stage]: incident.times[p.stage] ?? ev.at };
  const stage = stageIndex(p.stage) > stageIndex(incident.stage) ? p.stage : incident.stage;
  const durations = { ...incident.durations };
  const estimated = new Set(incident.estimated);
  for (const name of DURATION_NAMES) {
    const recorded = p.recorded[name];
    if (recorded !== undefined) {
      durations[name] = recorded;
      if (p.estimated.includes(name)) estimated.add(name);
      else estimated.delete(name);
    } else if (durations[name] === null) {
      const [from, to] = DURATION_SPAN[name];
      durations[name] = seconds(times[from], times[to]);
    }
  }
  const next: Incident = {
    ...incident,
    stage,
    times,
    durations,
    estimated: DURATION_NAMES.filter((n) => estimated.has(n)),
    casualties: p.casualties ?? incident.casualties,
    damageKrwThousands: p.damageKrwThousands ?? incident.damageKrwThousands,
  };
  return sameContent(next, incident) ? incident : { ...next, updatedAt: nextUpdatedAt(incident.updatedAt, now) };
};

export const emptyTrack = (): IncidentTrack => ({ incident: null, pending: [] });

/** Folds one event into a track; `changed` says whether the incident (or the held progress) changed. */
export const applyEvent = (track: IncidentTrack, ev: IncidentEvent, now: number): { track: IncidentTrack; changed: boolean } => {
  if (ev.kind === 'reported') {
    if (track.incident !== null) return { track, changed: false };
    const folded = track.pending.reduce((i, pe) => applyProgress(i, pe, now), createIncident(ev, now));
    return { track: { incident: { ...folded, updatedAt: nextUpdatedAt(null, now) }, pending: [] }, changed: true };
  }
  if (track.incident === null) {
    if (track.pending.some((pe) => pe.eventId === ev.eventId)) return { track, changed: false };
    return { track: { incident: null, pending: [...track.pending, ev].slice(-MAX_PENDING) }, changed: true };
  }
  const incident = applyProgress(track.incident, ev, now);
  return incident === track.incident ? { track, changed: false } : { track: { ...track, incident }, changed: true };
};
