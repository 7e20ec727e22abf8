/**
 * @module actors
 * What the composition root needs from the actors: the kernel, and starters for each actor kind.
 *
 *   const system = createActorSystem({ log });
 *   const air = startAirActors(system, { stations, districts, emit, maxAgeMs: 3 * 3_600_000, seed });
 *   const sources = startSourceActors(system, { manifests, emit, seed });
 *   // bus → air.observe(envelope), sources.recordRun(run); a timer → air.tick(), sources.tick()
 *   // shutdown: await system.stopAll()
 */
export {
  createActorSystem, realTimers, createMailbox, decideRestart, DEFAULT_SUPERVISION,
  ActorExistsError, ActorFailedError, ActorNotFoundError, InvalidActorIdError, MailboxFullError,
} from './runtime/index.ts';
export type * from './runtime/index.ts';

export { startAirActors, CITY_AIR_ID, districtActorId } from './district/air-actors.ts';
export type { AirActors, AirActorsOptions } from './district/air-actors.ts';
export type { AirCounters } from './district/district-actor.ts';
export { computeCai, subIndex, gradeOf, CAI_BREAKPOINTS } from './district/cai.ts';
export type { CaiResult } from './district/cai.ts';
export { computeDistrictAir, emptyDistrictAir } from './district/district-air.ts';
export type { StationInfo, StationKind, StationObservation } from './district/district-air.ts';

export { startSourceActors, SOURCES_ALL_ID, sourceActorId } from './source/source-actors.ts';
export type { SourceActors, SourceActorsOptions } from './source/source-actors.ts';
export type { SourceCounters } from './source/source-actor.ts';
export { emptyHealth, foldRun, evaluate } from './source/source-health.ts';
export type { SourceManifestLike, HealthPolicy, SourceTrack } from './source/source-health.ts';
export { startIncidentActors, INCIDENTS_ID, INCIDENT_BOARD_ID } from './incident/incident-actors.ts';
export type { IncidentActors, IncidentActorsOptions, ObserveResult } from './incident/incident-actors.ts';
export type { IncidentCounters } from './incident/incident-actor.ts';
export { batchedSave } from './incident/batched-save.ts';
export { INCIDENT_TARGETS } from './incident/targets.ts';
export type { IncidentTargets, StageTargets } from './incident/targets.ts';
export { computeKpis, kpiOf } from './incident/kpi.ts';
export { assessLateness, nextCheckAt } from './incident/lateness.ts';
export { startErActors, ER_ALL_ID, type ErActors } from './emergency/er-actors.ts';
export { startComplaintActors, COMPLAINTS_ID, COMPLAINT_BOARD_ID } from './complaint/complaint-actors.ts';
export type { ComplaintActors, ComplaintActorsOptions, ComplaintActorCounters } from './complaint/complaint-actors.ts';
export { startParticipationActors, PARTICIPATION_BOARD_ID, type ParticipationActors } from './participation/participation-actors.ts';
export { startTrendActors, trendWindowStart, TRENDS_BOARD_ID, DEFAULT_BASELINE_DAYS } from './trends/trend-actors.ts';
export type { TrendActors, TrendActorsOptions, ObserveResult as TrendObserveResult } from './trends/trend-actors.ts';
export type { TrendCounters } from './trends/board-actor.ts';
export { TRENDS_CHANNEL } from './trends/live.ts';
