import test from 'ava';
import { EmergencyRoomSchema, EventEnvelopeSchema } from '../../server/contracts/index.ts';
import { readingsOf } from '../../server/ingest/readings-of.ts';
import { RecordRejectedError } from '../_kit/errors.ts';
import { guOfAddress, normalizeErBeds } from './normalize.ts';
import type { ErRecord } from './parse.ts';

const ctx = { source: 'er-beds', pageUrl: 'http://x', runStartedAt: 0 };
const rec = (over: Partial<ErRecord> = {}): ErRecord => ({
  hpid: 'A1100001', name: '서울대학교병원', address: '서울특별시 종로구 연건동', levelName: '권역응급의료센터', lon: 126.999, lat: 37.5796,
  available: 7, total: 36, at: Date.parse('2024-05-01T12:10:30+09:00'), synthetic: true, ...over,
});

test('one er.reported event per institution and update, in UTC, labelled synthetic', (t) => {
  const [e, ...rest] = normalizeErBeds(rec(), ctx);
  t.is(rest.length, 0);
  t.deepEqual(e, {
    v: 1, id: 'er-beds:snuh:2024-05-01T03:10:30.000Z', source: 'er-beds', kind: 'er.reported', observedAt: '2024-05-01T03:10:30.000Z',
    entity: 'hospital:snuh', district: '11110',
    payload: {
      hospital: 'snuh', name: { ko: '서울대학교병원', en: 'Seoul National University Hospital' }, district: '11110', lon: 126.999, lat: 37.5796,
      level: 'regional-center', beds: { total: 36, available: 7 }, synthetic: true,
    },
  });
  t.notThrows(() => EventEnvelopeSchema.parse(e));
  t.notThrows(() => EmergencyRoomSchema.parse(e!.payload));
  t.true((normalizeErBeds(rec({ synthetic: false }), ctx)[0]!.payload as { synthetic: boolean }).synthetic);
  const { rows, rejections } = readingsOf([e!]);
  t.deepEqual(rejections, []);
  t.deepEqual(rows.map((r) => [r.metric, r.value]), [['er_beds_available', 7], ['er_beds_total', 36]]);
});

test('unknown institution, level or gu, a gu that is not its own, or a position outside Seoul is rejected', (t) => {
  t.throws(() => normalizeErBeds(rec({ hpid: 'A1199999' }), ctx), { instanceOf: RecordRejectedError, message: 'unknown institution A1199999 "서울대학교병원"' });
  t.throws(() => normalizeErBeds(rec({ levelName: '응급실운영신고기관' }), ctx), { instanceOf: RecordRejectedError, message: /unknown emergency level/ });
  t.throws(() => normalizeErBeds(rec({ address: '경기도 성남시 분당구' }), ctx), { instanceOf: RecordRejectedError, message: /no Seoul gu/ });
  t.throws(() => normalizeErBeds(rec({ address: '서울특별시 중구 을지로6가' }), ctx), { instanceOf: RecordRejectedError, message: /address gu 11140 of A1100001 is not its gu 11110/ });
  t.throws(() => normalizeErBeds(rec({ lon: 128.6 }), ctx), { instanceOf: RecordRejectedError, message: /outside Seoul/ });
});

test('the gu of an address', (t) => {
  t.is(guOfAddress('서울특별시 강남구 일원동'), '11680');
  t.is(guOfAddress('서울시 중구'), '11140');
  t.is(guOfAddress('서울특별시'), undefined);
  t.is(guOfAddress('부산광역시 중구 중앙동'), undefined);
});
