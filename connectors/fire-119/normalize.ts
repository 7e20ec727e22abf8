/**
 * @module connectors/fire-119/normalize
 * Pure: one incident event per stage change, `observedAt` the stage time in UTC. The reported event carries
 * place, type, severity and the responsible station; the others carry the durations the 119 system recorded
 * (real seconds, even when the feed's clock is compressed), and the resolved event the casualties and damage.
 * An unknown gu or station, or a position outside Seoul, is rejected to quarantine, never guessed.
 */
import type { EventEnvelope, IncidentProgress } from '../../server/contracts/index.ts';
import type { NormalizeContext } from '../_kit/define-connector.ts';
import { RecordRejectedError } from '../_kit/errors.ts';
import { guByName } from '../_safety/gu.ts';
import { incidentIdOf, progressEvent, reportedEvent } from '../_safety/incident-events.ts';
import { inSeoul } from '../_safety/place.ts';
import type { FireRecord } from './parse.ts';
import { fireSeverity } from './severity.ts';
import { fireStationByName } from './stations.ts';

const recordedOf = (r: FireRecord): Pick<IncidentProgress, 'recorded' | 'estimated'> => {
  const recorded: IncidentProgress['recorded'] = {};
  if (r.dispatchS !== null) recorded.dispatchS = r.dispatchS;
  if (r.stage !== 'dispatched' && r.travelS !== null) recorded.travelS = r.travelS;
  if (r.stage === 'resolved' && r.suppressionS !== null) recorded.onSceneS = r.suppressionS;
  return { recorded, estimated: r.dispatchS !== null && r.dispatchEstimated ? ['dispatchS'] : [] };
};

const lossesOf = (r: FireRecord): Pick<IncidentProgress, 'casualties' | 'damageKrwThousands'> => ({
  ...(r.deaths !== null && r.injuries !== null ? { casualties: { deaths: r.deaths, injuries: r.injuries } } : {}),
  ...(r.damageKrwThousands !== null ? { damageKrwThousands: r.damageKrwThousands } : {}),
});

export const normalizeFire119 = (r: FireRecord, ctx: NormalizeContext): EventEnvelope[] => {
  const gu = guByName(r.gu);
  if (!gu) throw new RecordRejectedError(`unknown gu "${r.gu}" in incident ${r.number}`);
  const station = fireStationByName(r.station);
  if (!station) throw new RecordRejectedError(`unknown fire station "${r.station}" in incident ${r.number}`);
  if (!inSeoul(r.lon, r.lat)) throw new RecordRejectedError(`position ${r.lon},${r.lat} of incident ${r.number} is outside Seoul`);
  const incident = incidentIdOf(ctx.source, r.number);
  const head = { source: ctx.source, incident, observedAt: new Date(r.at).toISOString(), district: gu.code };
  if (r.stage === 'reported') {
    return [
      reportedEvent(head, {
        incident,
        agency: 'fire',
        type: r.type,
        severity: fireSeverity(r),
        district: gu.code,
        dong: r.dong,
        address: ['서울특별시', gu.ko, r.dong].filter(Boolean).join(' '),
        lon: r.lon,
        lat: r.lat,
        responder: { id: station.id, name: { ko: station.ko, en: station.en } },
        synthetic: false,
      }),
    ];
  }
  return [progressEvent(head, { incident, stage: r.stage, ...recordedOf(r), ...(r.stage === 'resolved' ? lossesOf(r) : {}) })];
};
