import test from 'ava';
import { EventEnvelopeSchema, IncidentProgressSchema, IncidentReportedSchema } from '../../server/contracts/index.ts';
import { RecordRejectedError } from '../_kit/errors.ts';
import { normalizeFire119 } from './normalize.ts';
import type { FireRecord } from './parse.ts';

const ctx = { source: 'fire-119', pageUrl: 'http://x', runStartedAt: 0 };
const rec = (over: Partial<FireRecord> = {}): FireRecord => ({
  number: '20240501-121500-000023', stage: 'reported', at: Date.parse('2024-05-01 12:15:00+09:00'), type: 'fire', gu: '관악구', dong: '남현동',
  lon: 126.9803297, lat: 37.4723302, station: '관악소방서', deaths: 0, injuries: 2, damageKrwThousands: 661, dispatchS: 70,
  dispatchEstimated: true, travelS: 450, suppressionS: 990, originalAt: null, ...over,
});

test('reported: place, type, severity and the responsible station, at the stage time in UTC', (t) => {
  const [e, ...rest] = normalizeFire119(rec(), ctx);
  t.is(rest.length, 0);
  t.deepEqual(e, {
    v: 1, id: 'fire-119:20240501-121500-000023:reported', source: 'fire-119', kind: 'incident.reported',
    observedAt: '2024-05-01T03:15:00.000Z', entity: 'incident:fire-119:20240501-121500-000023', district: '11620',
    payload: {
      incident: 'fire-119:20240501-121500-000023', agency: 'fire', type: 'fire', severity: 'major', district: '11620', dong: '남현동',
      address: '서울특별시 관악구 남현동', lon: 126.9803297, lat: 37.4723302,
      responder: { id: 'fire-station:11620', name: { ko: '관악소방서', en: 'Gwanak Fire Station' } }, synthetic: false,
    },
  });
  t.notThrows(() => EventEnvelopeSchema.parse(e));
  t.notThrows(() => IncidentReportedSchema.parse(e!.payload));
  t.is((normalizeFire119(rec({ dong: null }), ctx)[0]!.payload as { address: string }).address, '서울특별시 관악구');
});

test('progress stages carry the recorded real seconds; the call-handling time is marked estimated', (t) => {
  const at = Date.parse('2024-05-01T03:16:10Z');
  const [d] = normalizeFire119(rec({ stage: 'dispatched', at }), ctx);
  t.like(d, { id: 'fire-119:20240501-121500-000023:dispatched', kind: 'incident.dispatched', observedAt: '2024-05-01T03:16:10.000Z' });
  t.deepEqual(d!.payload, { incident: 'fire-119:20240501-121500-000023', stage: 'dispatched', recorded: { dispatchS: 70 }, estimated: ['dispatchS'] });
  const [a] = normalizeFire119(rec({ stage: 'arrived', at }), ctx);
  t.deepEqual(a!.payload, { incident: 'fire-119:20240501-121500-000023', stage: 'arrived', recorded: { dispatchS: 70, travelS: 450 }, estimated: ['dispatchS'] });
  const [r] = normalizeFire119(rec({ stage: 'resolved', at }), ctx);
  t.deepEqual(r!.payload, {
    incident: 'fire-119:20240501-121500-000023', stage: 'resolved', recorded: { dispatchS: 70, travelS: 450, onSceneS: 990 }, estimated: ['dispatchS'],
    casualties: { deaths: 0, injuries: 2 }, damageKrwThousands: 661,
  });
  for (const e of [d, a, r]) t.notThrows(() => IncidentProgressSchema.parse(e!.payload));
  const [m] = normalizeFire119(rec({ stage: 'resolved', at, dispatchS: null, dispatchEstimated: false, deaths: null, damageKrwThousands: null }), ctx);
  t.deepEqual(m!.payload, { incident: 'fire-119:20240501-121500-000023', stage: 'resolved', recorded: { travelS: 450, onSceneS: 990 }, estimated: [] });
});

test('unknown gu or station, or a position outside Seoul, is rejected, not guessed', (t) => {
  t.throws(() => normalizeFire119(rec({ gu: '관악' }), ctx), { instanceOf: RecordRejectedError, message: 'unknown gu "관악" in incident 20240501-121500-000023' });
  t.throws(() => normalizeFire119(rec({ gu: '과천시' }), ctx), { instanceOf: RecordRejectedError });
  t.throws(() => normalizeFire119(rec({ station: '과천소방서' }), ctx), { instanceOf: RecordRejectedError, message: /unknown fire station "과천소방서"/ });
  t.throws(() => normalizeFire119(rec({ lon: 126.99, lat: 37.43 - 0.2 }), ctx), { instanceOf: RecordRejectedError, message: /outside Seoul/ });
});
