/**
 * @module indicators
 * The administration's indicators: catalogue and plan (loading and checks), vintaged values (what
 * was known on a date), scores against targets and their rollups, task status, and small-cell
 * suppression for the public side. Values themselves come from values/ (real and generated).
 */
export { CATALOGUE_FILE, PLAN_FILE, PlanError, checkPlan, indicatorIndex, loadCatalogue, loadPlan, parseCatalogue, parsePlan } from './catalogue.ts';
export { asKnownOn, knownOn, observationKey, revisedFrom } from './known.ts';
export { addDays, periodEnd, periodOfDate, periodStart, periodsBetween, PeriodError } from './period.ts';
export { bucketsOf, planWeights, rollupScores, type RollupOptions } from './rollup.ts';
export { baselineOf, goalFor, levelOf, progressOf, score, SCORE_CAP, scoreOf, type Goal } from './score.ts';
export { headlineSeries, knownValues } from './series.ts';
export { assessTask, assessTasks, PACE, statusOf } from './status.ts';
export { suppressSmallCells, type SuppressOptions } from './suppress.ts';
export { buildObservations, districtsAt, loadBuildInputs, streamObservations, type BuildInputs, type BuildOptions } from './values/build.ts';
