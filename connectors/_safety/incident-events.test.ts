import test from 'ava';
import { EventEnvelopeSchema } from '../../server/contracts/index.ts';
import { RecordRejectedError } from '../_kit/errors.ts';
import { incidentIdOf, progressEvent, reportedEvent } from './incident-events.ts';

const base = { source: 'fire-119', incident: 'fire-119:20240501-120312-000042', observedAt: '2024-05-01T03:03:12.000Z', district: '11680' };
const reported = {
  incident: base.incident, agency: 'fire' as const, type: 'fire' as const, severity: 'minor' as const, district: '11680', dong: '역삼동',
  address: '서울특별시 강남구 역삼동', lon: 127.03, lat: 37.5, responder: { id: 'fire-station:11680', name: { ko: '강남소방서', en: 'Gangnam Fire Station' } }, synthetic: false,
};

test('ids, entity and kind follow the stage', (t) => {
  const e = reportedEvent(base, reported);
  t.like(e, { id: 'fire-119:20240501-120312-000042:reported', entity: 'incident:fire-119:20240501-120312-000042', kind: 'incident.reported', district: '11680' });
  t.notThrows(() => EventEnvelopeSchema.parse(e));
  const p = progressEvent(base, { incident: base.incident, stage: 'arrived', recorded: { travelS: 454 }, estimated: [] });
  t.like(p, { id: 'fire-119:20240501-120312-000042:arrived', kind: 'incident.arrived' });
});

test('a payload the contract refuses is a rejected record, not a crash', (t) => {
  t.throws(() => reportedEvent(base, { ...reported, lon: 200 }), { instanceOf: RecordRejectedError, message: /lon/ });
  t.throws(() => progressEvent(base, { incident: base.incident, stage: 'resolved', recorded: { onSceneS: -1 }, estimated: [] }), { instanceOf: RecordRejectedError });
});

test('incident numbers must fit the id pattern', (t) => {
  t.is(incidentIdOf('police-112', '20240501-0001'), 'police-112:20240501-0001');
  t.throws(() => incidentIdOf('fire-119', '2024 05 01'), { instanceOf: RecordRejectedError });
  t.throws(() => incidentIdOf('fire-119', ''), { instanceOf: RecordRejectedError });
});
