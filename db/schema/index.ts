/**
 * @module db/schema
 * Facade: every table of the database.
 */
export * from './sources.ts';
export * from './districts.ts';
export * from './neighborhoods.ts';
export * from './stations.ts';
export * from './connector-runs.ts';
export * from './quarantine.ts';
export * from './live-snapshots.ts';
export * from './readings.ts';
export * from './layouts.ts';
export * from './access.ts';
export * from './incidents.ts';
export * from './cameras.ts';
export * from './complaints.ts';
export * from './media-items.ts';
export * from './indicators.ts';
export * from './budget.ts';
export * from './walls.ts';
