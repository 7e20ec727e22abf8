import test from 'ava';
import { EventEnvelopeSchema, IncidentProgressSchema, IncidentReportedSchema } from '../../server/contracts/index.ts';
import { RecordRejectedError } from '../_kit/errors.ts';
import { normalizePolice112 } from './normalize.ts';
import type { PoliceRecord } from './parse.ts';

const ctx = { source: 'police-112', pageUrl: 'http://x', runStartedAt: 0 };
const rec = (over: Partial<PoliceRecord> = {}): PoliceRecord => ({
  number: '20240501-120032-0006000', stage: 'reported', at: Date.parse('2024-05-01T12:00:32+09:00'), type: 'violence', code: 1, gu: '강서구', dong: '등촌1동',
  lon: 126.859318, lat: 37.555882, station: '강서경찰서', dispatchS: 68, travelS: 270, onSceneS: 2330, synthetic: true, ...over,
});

test('reported: a synthetic police incident with its station as responder, in UTC', (t) => {
  const [e] = normalizePolice112(rec(), ctx);
  t.deepEqual(e, {
    v: 1, id: 'police-112:20240501-120032-0006000:reported', source: 'police-112', kind: 'incident.reported', observedAt: '2024-05-01T03:00:32.000Z',
    entity: 'incident:police-112:20240501-120032-0006000', district: '11500',
    payload: {
      incident: 'police-112:20240501-120032-0006000', agency: 'police', type: 'violence', severity: 'moderate', district: '11500', dong: '등촌1동',
      address: '서울특별시 강서구 등촌1동', lon: 126.859318, lat: 37.555882,
      responder: { id: 'police-station:gangseo', name: { ko: '강서경찰서', en: 'Gangseo Police Station' } }, synthetic: true,
    },
  });
  t.notThrows(() => EventEnvelopeSchema.parse(e));
  t.notThrows(() => IncidentReportedSchema.parse(e!.payload));
  t.true((normalizePolice112(rec({ synthetic: false }), ctx)[0]!.payload as { synthetic: boolean }).synthetic, 'the source is synthetic by its manifest');
  t.is((normalizePolice112(rec({ type: 'homicide', code: 0 }), ctx)[0]!.payload as { severity: string }).severity, 'critical');
});

test('progress stages carry the durations known at that stage, nothing estimated', (t) => {
  const at = Date.parse('2024-05-01T03:45:00Z');
  const payloads = (['dispatched', 'arrived', 'resolved'] as const).map((stage) => normalizePolice112(rec({ stage, at }), ctx)[0]!);
  t.deepEqual(payloads.map((e) => e.kind), ['incident.dispatched', 'incident.arrived', 'incident.resolved']);
  t.deepEqual(payloads.map((e) => e.payload), [
    { incident: 'police-112:20240501-120032-0006000', stage: 'dispatched', recorded: { dispatchS: 68 }, estimated: [] },
    { incident: 'police-112:20240501-120032-0006000', stage: 'arrived', recorded: { dispatchS: 68, travelS: 270 }, estimated: [] },
    { incident: 'police-112:20240501-120032-0006000', stage: 'resolved', recorded: { dispatchS: 68, travelS: 270, onSceneS: 2330 }, estimated: [] },
  ]);
  for (const e of payloads) t.notThrows(() => IncidentProgressSchema.parse(e.payload));
});

test('unknown gu or station, or a position outside Seoul, is rejected', (t) => {
  t.throws(() => normalizePolice112(rec({ gu: '분당구' }), ctx), { instanceOf: RecordRejectedError, message: 'unknown gu "분당구" in case 20240501-120032-0006000' });
  t.throws(() => normalizePolice112(rec({ station: '분당경찰서' }), ctx), { instanceOf: RecordRejectedError, message: /unknown police station/ });
  t.throws(() => normalizePolice112(rec({ lat: 36.5 }), ctx), { instanceOf: RecordRejectedError, message: /outside Seoul/ });
});
