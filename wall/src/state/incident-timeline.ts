/**
 * @module wall/state/incident-timeline
 * An incident's dispatch timeline as data: when each stage happened, and between stages the duration
 * the source recorded (marked when the source estimated it), or — for the stage being waited for —
 * the time elapsed so far and whether it is past its target. Pure.
 */
import { INCIDENT_STAGES, type Incident, type IncidentStage, type Lateness } from '../../../server/contracts/index.ts';
import { stageIndex } from './incidents.ts';

export type DurationKey = 'dispatchS' | 'travelS' | 'onSceneS';

export interface TimelineStep {
  stage: IncidentStage;
  /** When it happened (ms since epoch), or null while it has not. */
  at: number | null;
}

export interface TimelineSegment {
  key: DurationKey;
  from: IncidentStage;
  to: IncidentStage;
  /** The recorded duration, or null while it is not known. */
  seconds: number | null;
  estimated: boolean;
  /** The stage `to` is the one being waited for now. */
  running: boolean;
  /** Seconds since `from` while running. */
  elapsedS: number | null;
  /** The target this stage ran past, if it did. */
  late: Lateness | null;
}

export interface Timeline {
  steps: TimelineStep[];
  segments: TimelineSegment[];
}

const SEGMENTS: ReadonlyArray<[DurationKey, IncidentStage, IncidentStage]> = [
  ['dispatchS', 'reported', 'dispatched'],
  ['travelS', 'dispatched', 'arrived'],
  ['onSceneS', 'arrived', 'resolved'],
];

const parse = (iso: string | null): number | null => {
  if (iso === null) return null;
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? ms : null;
};

export function timelineOf(i: Incident, now: number): Timeline {
  const steps = INCIDENT_STAGES.map((stage) => ({ stage, at: parse(i.times[stage]) }));
  const at = new Map(steps.map((s) => [s.stage, s.at]));
  const current = stageIndex(i.stage);
  const segments = SEGMENTS.map(([key, from, to]): TimelineSegment => {
    const running = stageIndex(to) === current + 1;
    const since = at.get(from) ?? null;
    return {
      key, from, to,
      seconds: i.durations[key],
      estimated: i.estimated.includes(key),
      running,
      elapsedS: running && since !== null ? Math.max(0, (now - since) / 1000) : null,
      late: i.late.find((l) => l.awaiting === to) ?? null,
    };
  });
  return { steps, segments };
}
