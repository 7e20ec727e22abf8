import test from 'ava';
import { AirObservationPayloadSchema, EventEnvelopeSchema } from '../../server/contracts/index.ts';
import { RecordRejectedError } from '../_kit/errors.ts';
import { assessValues, normalizeSeoulAir } from './normalize.ts';
import type { AirRecord } from './parse.ts';

const ctx = { source: 'seoul-air', pageUrl: 'http://x', runStartedAt: 0 };
const rec = (over: Partial<AirRecord> = {}): AirRecord => ({
  period: '1h', station: '중구', measuredAt: '202401011300', region: '도심권', srcDate: null, unreadable: [],
  values: { pm10: 34, pm25: 22, o3: 0.009, no2: 0.034, co: 0.6, so2: 0.006 }, ...over,
});

test('one air.observed event per row, in UTC, keyed by station code and time', (t) => {
  const [e, ...rest] = normalizeSeoulAir(rec(), ctx);
  t.is(rest.length, 0);
  t.deepEqual(e, {
    v: 1, id: 'seoul-air:111121:2024-01-01T04:00:00.000Z', source: 'seoul-air', kind: 'air.observed',
    observedAt: '2024-01-01T04:00:00.000Z', entity: 'station:111121', district: '11140',
    payload: {
      station: '111121', period: '1h',
      values: { pm10: 34, pm25: 22, o3: 0.009, no2: 0.034, co: 0.6, so2: 0.006 },
      quality: { pm10: 'ok', pm25: 'ok', o3: 'ok', no2: 'ok', co: 'ok', so2: 'ok' },
    },
  });
  t.notThrows(() => EventEnvelopeSchema.parse(e));
  t.notThrows(() => AirObservationPayloadSchema.parse(e!.payload));
});

test('14-digit MSRDT keeps the seconds; a daily row uses KST midnight and its own id', (t) => {
  t.is(normalizeSeoulAir(rec({ measuredAt: '20240101000005', station: '강남대로' }), ctx)[0]!.observedAt, '2023-12-31T15:00:05.000Z');
  const [d] = normalizeSeoulAir(rec({ period: '24h', measuredAt: '20180101', station: '관악산' }), ctx);
  t.is(d!.observedAt, '2017-12-31T15:00:00.000Z');
  t.is(d!.id, 'seoul-air:962001:2017-12-31T15:00:00.000Z:24h');
  t.is(d!.district, '11620');
  t.is((d!.payload as { period: string }).period, '24h');
});

test('missing values are null/missing; unreadable, negative and impossible values are suspect', (t) => {
  const a = assessValues({ values: { pm10: null, pm25: -3, o3: 1.5, no2: 0.02, co: null, so2: 0 }, unreadable: ['co'] });
  t.deepEqual(a.values, { pm10: null, pm25: null, o3: 1.5, no2: 0.02, co: null, so2: 0 });
  t.deepEqual(a.quality, { pm10: 'missing', pm25: 'suspect', o3: 'suspect', no2: 'ok', co: 'suspect', so2: 'ok' });
});

test('an unknown station name is rejected, not guessed', (t) => {
  t.throws(() => normalizeSeoulAir(rec({ station: '중구청' }), ctx), { instanceOf: RecordRejectedError, message: 'unknown station name "중구청"' });
});
