/**
 * @module connectors/police-112/normalize
 * Pure: one incident event per stage change, `observedAt` the stage time in UTC; `synthetic: true` on every
 * incident (the source is simulated). Unknown gu or station, or a position outside Seoul, is quarantined.
 */
import type { EventEnvelope, IncidentProgress } from '../../server/contracts/index.ts';
import type { NormalizeContext } from '../_kit/define-connector.ts';
import { RecordRejectedError } from '../_kit/errors.ts';
import { guByName } from '../_safety/gu.ts';
import { incidentIdOf, progressEvent, reportedEvent } from '../_safety/incident-events.ts';
import { inSeoul } from '../_safety/place.ts';
import { police112Manifest } from './manifest.ts';
import type { PoliceRecord } from './parse.ts';
import { policeSeverity } from './severity.ts';
import { policeStationByName } from './stations.ts';

const recordedOf = (r: PoliceRecord): IncidentProgress['recorded'] => {
  const recorded: IncidentProgress['recorded'] = {};
  if (r.dispatchS !== null) recorded.dispatchS = r.dispatchS;
  if (r.stage !== 'dispatched' && r.travelS !== null) recorded.travelS = r.travelS;
  if (r.stage === 'resolved' && r.onSceneS !== null) recorded.onSceneS = r.onSceneS;
  return recorded;
};

export const normalizePolice112 = (r: PoliceRecord, ctx: NormalizeContext): EventEnvelope[] => {
  const gu = guByName(r.gu);
  if (!gu) throw new RecordRejectedError(`unknown gu "${r.gu}" in case ${r.number}`);
  const station = policeStationByName(r.station);
  if (!station) throw new RecordRejectedError(`unknown police station "${r.station}" in case ${r.number}`);
  if (!inSeoul(r.lon, r.lat)) throw new RecordRejectedError(`position ${r.lon},${r.lat} of case ${r.number} is outside Seoul`);
  const incident = incidentIdOf(ctx.source, r.number);
  const head = { source: ctx.source, incident, observedAt: new Date(r.at).toISOString(), district: gu.code };
  if (r.stage !== 'reported') return [progressEvent(head, { incident, stage: r.stage, recorded: recordedOf(r), estimated: [] })];
  return [
    reportedEvent(head, {
      incident,
      agency: 'police',
      type: r.type,
      severity: policeSeverity(r.type, r.code),
      district: gu.code,
      dong: r.dong,
      address: ['서울특별시', gu.ko, r.dong].filter(Boolean).join(' '),
      lon: r.lon,
      lat: r.lat,
      responder: { id: station.id, name: { ko: station.ko, en: station.en } },
      synthetic: r.synthetic || police112Manifest.synthetic,
    }),
  ];
};
