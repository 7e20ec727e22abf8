/**
 * @module contracts
 * The only part of server/ that the wall and the connectors import. Depends on zod alone.
 */
export * from './envelope.ts';
export * from './metrics.ts';
export * from './subjects.ts';
export * from './channels.ts';
export * from './live-protocol.ts';
export * from './air.ts';
export * from './source-health.ts';
export * from './layout.ts';
export * from './station.ts';
export * from './access.ts';
export * from './incident.ts';
export * from './camera.ts';
export * from './emergency-room.ts';
export * from './complaint.ts';
export * from './indicator.ts';
export * from './indicator-rollups.ts';
export * from './trend.ts';
export * from './command.ts';
export * from './wall-remote.ts';
export * from './participation.ts';
export * from './budget.ts';
export * from './call.ts';
