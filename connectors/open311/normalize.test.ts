import test from 'ava';
import { ComplaintFiledSchema, ComplaintStatusChangedSchema, EventEnvelopeSchema } from '../../server/contracts/index.ts';
import { RecordRejectedError } from '../_kit/errors.ts';
import type { Open311ServiceRequest } from './api.ts';
import { fixture } from './fixtures.test-helper.ts';
import { normalizeOpen311 } from './normalize.ts';
import { parseRequests } from './requests.ts';

const ctx = { source: 'open311', pageUrl: 'http://x', runStartedAt: 0 };
const opts = { synthetic: false };
const seoul = parseRequests(fixture('authored/seoul_requests.json')).records;
const run = (r: Open311ServiceRequest) => normalizeOpen311({ kind: 'request', request: r }, ctx, opts);

test('an open request nobody holds yet: complaint.filed only, in its gu, zoneless time read as KST', (t) => {
  const events = run(seoul[0]!);
  t.deepEqual(events, [
    {
      v: 1,
      id: 'open311:SEL-2024-000101:filed',
      source: 'open311',
      kind: 'complaint.filed',
      observedAt: '2024-05-01T00:12:00.000Z',
      entity: 'complaint:open311:SEL-2024-000101',
      district: '11680',
      payload: {
        complaint: 'open311:SEL-2024-000101',
        category: 'illegal-parking',
        channel: 'open311',
        district: '11680',
        dong: null,
        address: '서울특별시 강남구 학동로 426',
        lon: 127.0473,
        lat: 37.5172,
        title: '불법 주정차',
        description: '소화전 앞에 승용차가 두 시간째 서 있습니다.',
        department: { ko: '미배정', en: 'Unassigned' },
        reporter: { name: null, phone: null, email: null },
        synthetic: false,
      },
    },
  ]);
  t.notThrows(() => EventEnvelopeSchema.parse(events[0]));
});

test('open with an agency: filed, then assigned at updated_datetime with the agency and its note', (t) => {
  const [filed, status] = run(seoul[1]!);
  t.like(filed, { id: 'open311:SEL-2024-000102:filed', observedAt: '2024-05-01T01:05:30.000Z', district: '11440', payload: { category: 'road-pothole', lat: 37.5663, lon: 126.9015 } });
  t.deepEqual((filed!.payload as { department: unknown }).department, { ko: '마포구청 건설관리과', en: '마포구청 건설관리과' });
  t.deepEqual(status, {
    v: 1,
    id: 'open311:SEL-2024-000102:assigned:2024-05-01T02:40:00.000Z',
    source: 'open311',
    kind: 'complaint.status',
    observedAt: '2024-05-01T02:40:00.000Z',
    entity: 'complaint:open311:SEL-2024-000102',
    district: '11440',
    payload: { complaint: 'open311:SEL-2024-000102', status: 'assigned', department: { ko: '마포구청 건설관리과', en: '마포구청 건설관리과' }, note: '현장 확인 예정' },
  });
  t.notThrows(() => ComplaintStatusChangedSchema.parse(status!.payload));
});

test('closed: filed, then closed with status_notes as the note', (t) => {
  const events = run(seoul[2]!);
  t.deepEqual(events.map((e) => [e.id, e.kind, e.observedAt, e.district]), [
    ['open311:SEL-2024-000077:filed', 'complaint.filed', '2024-04-28T21:30:00.000Z', '11110'],
    ['open311:SEL-2024-000077:closed:2024-04-30T02:15:00.000Z', 'complaint.status', '2024-04-30T02:15:00.000Z', '11110'],
  ]);
  t.like(events[1]!.payload, { status: 'closed', note: '가로등 교체 완료', department: { ko: '종로구청 도로과' } });
});

test('outside Seoul: no district, the position kept while the contract can hold it', (t) => {
  const [filed] = run(seoul[3]!);
  t.is(filed!.district, null);
  t.like(filed!.payload, { district: null, lon: 127.1086, lat: 37.3595 });
  const [sf, closed] = run(parseRequests(fixture('service_requests.xml')).records[0]!);
  t.like(sf!.payload, { district: null, lon: null, lat: null, address: '8TH AVE and JUDAH ST', category: 'service-006', title: 'Sidewalk and Curb Issues', description: '' });
  t.like(closed, { id: 'open311:638344:closed:2010-04-14T14:37:38.000Z', district: null, payload: { status: 'closed', department: null, note: 'Duplicate request.' } });
  t.notThrows(() => ComplaintFiledSchema.parse(sf!.payload));
});

test('the same request always gives the same ids; a later update gives a new status id', (t) => {
  const r = seoul[1]!;
  t.deepEqual(run(r), run({ ...r }));
  const later = run({ ...r, updated_datetime: '2024-05-02T00:00:00.000Z' });
  t.is(later[0]!.id, 'open311:SEL-2024-000102:filed');
  t.is(later[1]!.id, 'open311:SEL-2024-000102:assigned:2024-05-02T00:00:00.000Z');
  const early = run({ ...r, updated_datetime: '2024-04-01T00:00:00.000Z' });
  t.is(early[1]!.observedAt, r.requested_datetime, 'a status is never before the filing');
});

test('long texts are cut to what the contract holds; services emit nothing', (t) => {
  const [filed] = run({ ...seoul[0]!, description: 'ㄱ'.repeat(5000), service_name: 'n'.repeat(300), agency_responsible: 'a'.repeat(200) });
  const p = filed!.payload as { description: string; title: string; department: { ko: string } };
  t.is(p.description.length, 4000);
  t.true(p.description.endsWith('…'));
  t.is(p.title.length, 200);
  t.is(p.department.ko.length, 120);
  t.deepEqual(normalizeOpen311({ kind: 'service', service: { service_code: '001', service_name: 'x', description: null, metadata: false, type: null, keywords: [], group: null } }, ctx, opts), []);
});

test('ids and codes the contract refuses are quarantined with the reason', (t) => {
  t.throws(() => run({ ...seoul[0]!, service_request_id: 'A 1' }), { instanceOf: RecordRejectedError, message: /service_request_id "A 1" is not usable as a complaint id/ });
  t.throws(() => run({ ...seoul[0]!, service_request_id: 'x'.repeat(81) }), { instanceOf: RecordRejectedError });
  t.throws(() => run({ ...seoul[0]!, service_code: '불법주차' }), { instanceOf: RecordRejectedError, message: 'service_code "불법주차" of request SEL-2024-000101 cannot be a category code (letters or digits, at most 40)' });
});

test('a synthetic endpoint marks its complaints synthetic', (t) => {
  const [filed] = normalizeOpen311({ kind: 'request', request: seoul[0]! }, ctx, { synthetic: true });
  t.true((filed!.payload as { synthetic: boolean }).synthetic);
});
