/**
 * @module server/store
 * Facade: queries grouped by aggregate.
 */
export * from './sources.ts';
export * from './districts.ts';
export * from './stations.ts';
export * from './connector-runs.ts';
export * from './quarantine.ts';
export * from './live-snapshots.ts';
export * from './air-history.ts';
export * from './seed-reference.ts';
export * from './readings-writer.ts';
export {
  refreshRollup,
  RollupRefreshError,
  type RefreshRollupOptions,
  type RefreshRollupResult,
} from './readings-rollup.ts';
export * from './layouts.ts';
export * from './incidents.ts';
export * from './complaints.ts';
export * from './complaints-open311.ts';
export * from './media-items.ts';
export * from './budget.ts';
