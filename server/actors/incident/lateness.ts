/**
 * @module actors/incident/lateness
 * Which stages of an incident ran past their target. Pure.
 *
 * A stage still awaited is late once `now` passes the time of the stage before it plus the target:
 * it is recorded in `late` and escalated (the situation room is told) — once per stage and incident,
 * as `late` remembers it. A stage that already happened is late when its duration (the source's
 * recorded figure, else the stage times) exceeds the target: recorded, not escalated, since nobody
 * can act on it any more. Lateness that began more than `escalateWithinMs` ago (after a restart or
 * a long outage) is recorded without an escalation, so that a backlog does not flood the room.
 * Nothing is judged from a time that is not known.
 */
import { INCIDENT_STAGES, type Incident, type IncidentEscalation, type Lateness } from '../../contracts/index.ts';
import { DURATION_SPAN, nextUpdatedAt, stageIndex } from './lifecycle.ts';
import { AWAITED_STAGES, DURATION_ENDING, targetFor, type AwaitedStage, type IncidentTargets } from './targets.ts';

export interface LatenessOptions {
  targets: IncidentTargets;
  escalateWithinMs: number;
}

export interface LatenessResult {
  /** The same object when nothing new is late. */
  incident: Incident;
  added: Lateness[];
  escalations: IncidentEscalation[];
}

const ms = (iso: string | null): number | null => (iso === null ? null : Date.parse(iso));

const happened = (i: Incident, awaiting: AwaitedStage): boolean =>
  i.times[awaiting] !== null || stageIndex(i.stage) >= stageIndex(awaiting);

/** When a stage that already happened became late, or null when it was not late or cannot be placed. */
const lateAfterTheFact = (i: Incident, awaiting: AwaitedStage, targetS: number): number | null => {
  const name = DURATION_ENDING[awaiting];
  const took = i.durations[name];
  if (took === null || took <= targetS) return null;
  const start = ms(i.times[DURATION_SPAN[name][0]]);
  const end = ms(i.times[awaiting]);
  if (start !== null) return end === null ? start + targetS * 1000 : Math.min(start + targetS * 1000, end);
  return end === null ? null : end - (took - targetS) * 1000;
};

/** When an awaited stage is due, or null when the stage before it has no known time. */
const dueAt = (i: Incident, awaiting: AwaitedStage, targetS: number): number | null => {
  const start = ms(i.times[DURATION_SPAN[DURATION_ENDING[awaiting]][0]]);
  return start === null ? null : start + targetS * 1000;
};

export const assessLateness = (incident: Incident, now: number, opts: LatenessOptions): LatenessResult => {
  const added: Lateness[] = [];
  const escalations: IncidentEscalation[] = [];
  for (const awaiting of AWAITED_STAGES) {
    if (incident.late.some((l) => l.awaiting === awaiting)) continue;
    const targetS = targetFor(opts.targets, incident.agency, awaiting);
    if (happened(incident, awaiting)) {
      const at = lateAfterTheFact(incident, awaiting, targetS);
      if (at !== null) added.push({ awaiting, targetS, at: new Date(at).toISOString() });
      continue;
    }
    const due = dueAt(incident, awaiting, targetS);
    if (due === null || now < due) continue;
    const lateness = { awaiting, targetS, at: new Date(due).toISOString() };
    added.push(lateness);
    if (now - due <= opts.escalateWithinMs) {
      const { id, agency, type, district } = incident;
      escalations.push({ incident: id, agency, type, district, ...lateness });
    }
  }
  if (added.length === 0) return { incident, added, escalations };
  const late = [...incident.late, ...added].sort((a, b) => INCIDENT_STAGES.indexOf(a.awaiting) - INCIDENT_STAGES.indexOf(b.awaiting));
  return { incident: { ...incident, late, updatedAt: nextUpdatedAt(incident.updatedAt, now) }, added, escalations };
};

/** The next time (epoch ms) a stage of this incident falls due, or null when nothing is awaited. */
export const nextCheckAt = (incident: Incident, targets: IncidentTargets): number | null => {
  let next: number | null = null;
  for (const awaiting of AWAITED_STAGES) {
    if (incident.late.some((l) => l.awaiting === awaiting) || happened(incident, awaiting)) continue;
    const due = dueAt(incident, awaiting, targetFor(targets, incident.agency, awaiting));
    if (due !== null && (next === null || due < next)) next = due;
  }
  return next;
};
