/**
 * @module actors/incident/targets
 * Response-time targets per agency and stage: data, checked at load. A stage that has not happened
 * this long after the stage before it is late (see `lateness.ts`); the KPIs count arrivals within
 * the travel target against the goal share.
 *
 * fire (119: fire, rescue, EMS): call handling (reported → dispatched) 60 s; travel (dispatched →
 *   arrived) 7 minutes, Korea's fire "golden time" (골든타임), with 80 % of arrivals within it as the
 *   goal; on scene (arrived → resolved) 1 hour before the situation room is told.
 * police (112): call handling 60 s; travel 5 minutes, the code-1 (urgent) target, applied to every
 *   112 incident; on scene 2 hours.
 * These are the city's policy settings, not figures from the sources.
 */
import { z } from 'zod';
import { AGENCIES, type Agency, type IncidentStage } from '../../contracts/index.ts';
import type { DurationName } from './lifecycle.ts';

export const StageTargetsSchema = z.object({
  /** reported → dispatched (call handling), seconds. */
  dispatchS: z.number().positive(),
  /** dispatched → arrived (travel), seconds. */
  travelS: z.number().positive(),
  /** arrived → resolved (on scene), seconds. */
  onSceneS: z.number().positive(),
  /** The share of arrivals the city aims to have within `travelS`. */
  goalShare: z.number().min(0).max(1),
});
export type StageTargets = z.infer<typeof StageTargetsSchema>;
export type IncidentTargets = Readonly<Record<Agency, StageTargets>>;

export const IncidentTargetsSchema = z.object(
  Object.fromEntries(AGENCIES.map((a) => [a, StageTargetsSchema])) as Record<Agency, typeof StageTargetsSchema>,
);

export const INCIDENT_TARGETS: IncidentTargets = IncidentTargetsSchema.parse({
  fire: { dispatchS: 60, travelS: 420, onSceneS: 3600, goalShare: 0.8 },
  police: { dispatchS: 60, travelS: 300, onSceneS: 7200, goalShare: 0.8 },
});

export type AwaitedStage = Exclude<IncidentStage, 'reported'>;
export const AWAITED_STAGES: readonly AwaitedStage[] = ['dispatched', 'arrived', 'resolved'];

/** The duration that ends at each awaited stage. */
export const DURATION_ENDING: Readonly<Record<AwaitedStage, DurationName>> = {
  dispatched: 'dispatchS',
  arrived: 'travelS',
  resolved: 'onSceneS',
};

/** Seconds allowed before `awaiting` happens, counted from the stage before it. */
export const targetFor = (targets: IncidentTargets, agency: Agency, awaiting: AwaitedStage): number =>
  targets[agency][DURATION_ENDING[awaiting]];
