import test from 'ava';
import { deepRedact } from './deep.ts';
import { coarsenPoint } from './point.ts';
import { findPersonalData } from './scan.ts';

const open311 = {
  service_requests: [
    {
      service_request_id: 'REQ-2026-0001',
      status: 'open',
      service_code: 'noise',
      description: '이영희 할머니 댁 앞, 테헤란로 152. 연락 010-1234-5678',
      address: '서울 강남구 테헤란로 152, 5층',
      requested_datetime: '2026-12-07T01:02:03+09:00',
      first_name: 'Younghee',
      last_name: 'Lee',
      email: 'lee@example.com',
      phone: '01012345678',
      media_url: null,
      lat: 37.500934,
      long: 127.036712,
      notes: ['Younghee Lee called twice', { text: 'Lee Younghee again' }],
    },
  ],
};

test('redacts every string value, coarsens addresses and drops who filed it', (t) => {
  const out = deepRedact(open311);
  const r = out.service_requests[0];
  t.is(r?.description, '○○○ 할머니 댁 앞, 테헤란로. 연락 [전화번호]');
  t.is(r?.address, '서울 강남구 테헤란로');
  t.is(r?.service_request_id, 'REQ-2026-0001');
  t.is(r?.requested_datetime, '2026-12-07T01:02:03+09:00');
  t.deepEqual([r?.first_name, r?.last_name, r?.email, r?.phone], [null, null, null, null]);
  t.deepEqual(r?.notes, ['○○○ called twice', { text: '○○○ again' }], 'the names under the dropped keys are redacted elsewhere');
  t.is(r?.lat, 37.500934, 'numbers stay unless asked');
  t.is(open311.service_requests[0]?.phone, '01012345678', 'the input is not touched');
});

test('the reporter of a complaint is dropped and their name redacted in its texts', (t) => {
  const out = deepRedact({ complaint: 'dasan-120:1', reporter: { name: '갈갈이', phone: null, email: null }, description: '갈갈이가 신고' });
  t.deepEqual(out, { complaint: 'dasan-120:1', reporter: null, description: '○○○가 신고' });
});

test('positions are coarsened on request', (t) => {
  const out = deepRedact({ a: { lat: 37.500934, lon: 127.036712 }, b: { latitude: 37.5, longitude: 127 }, c: { lat: 37.5, long: 127 } }, { coarsenPoints: true });
  t.deepEqual(out.a, coarsenPoint(37.500934, 127.036712));
  t.deepEqual(out.b, { latitude: coarsenPoint(37.5, 127).lat, longitude: coarsenPoint(37.5, 127).lon });
  t.deepEqual(out.c, { lat: coarsenPoint(37.5, 127).lat, long: coarsenPoint(37.5, 127).lon });
});

test('keys and the values under skipped keys are taken as they are', (t) => {
  const out = deepRedact({ '홍길동 010-1234-5678': '홍길동 씨', id: 'REQ-010-1234-5678', code: '홍길동 씨' });
  t.deepEqual(out, { '홍길동 010-1234-5678': '○○○ 씨', id: 'REQ-010-1234-5678', code: '홍길동 씨' });
});

test('options replace the default keys', (t) => {
  const out = deepRedact({ id: '010-1234-5678', memo: '010-1234-5678', email: 'xy' }, { skipKeys: ['memo'], nullKeys: [], knownNames: ['xy'] });
  t.deepEqual(out, { id: '[전화번호]', memo: '010-1234-5678', email: '○○○' });
});

test('dates become ISO strings, undefined members go, other values are refused', (t) => {
  t.deepEqual(deepRedact({ at: new Date('2026-12-07T00:00:00Z'), gone: undefined }), { at: '2026-12-07T00:00:00.000Z' } as never);
  t.is(deepRedact('홍길동 씨'), '○○○ 씨');
  t.deepEqual(deepRedact([1, true, null]), [1, true, null]);
  t.throws(() => deepRedact({ f: () => 1 }), { instanceOf: TypeError, message: /f is not a JSON value/ });
  t.throws(() => deepRedact({ m: new Map() }), { instanceOf: TypeError });
  t.throws(() => deepRedact(10n), { instanceOf: TypeError });
  const cyclic: Record<string, unknown> = { a: 1 };
  cyclic['self'] = cyclic;
  t.throws(() => deepRedact(cyclic), { instanceOf: TypeError, message: /refers to itself/ });
  const shared = { x: '홍길동 씨' };
  t.deepEqual(deepRedact({ a: shared, b: shared }), { a: { x: '○○○ 씨' }, b: { x: '○○○ 씨' } }, 'a value met twice is no cycle');
});

test('the scanner finds nothing in the redacted JSON', (t) => {
  t.true(findPersonalData(JSON.stringify(open311)).length > 3);
  t.deepEqual(findPersonalData(JSON.stringify(deepRedact(open311))), []);
});
