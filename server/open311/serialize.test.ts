import test from 'ava';
import type { Complaint } from '../contracts/complaint.ts';
import { SAMPLE_CATEGORIES, SAMPLE_COMPLAINTS } from './samples.ts';
import {
  filedDocument, historyDocument, lastNote, requestRecord, requestsDocument, seoulDateTime, serviceDefinition, serviceNotice, serviceRecord,
} from './serialize.ts';
import { jsonValue } from './xml.ts';

const cat = (code: string) => SAMPLE_CATEGORIES.find((c) => c.code === code) ?? SAMPLE_CATEGORIES[0]!;
const complaint = (n: string): Complaint => SAMPLE_COMPLAINTS.find((c) => c.id === `dasan-120:2026-${n}`)!;

test('times are written in Seoul time with +09:00; milliseconds only when there are any', (t) => {
  t.is(seoulDateTime('2026-11-27T05:20:00Z'), '2026-11-27T14:20:00+09:00');
  t.is(seoulDateTime('2026-12-31T15:00:00.250Z'), '2027-01-01T00:00:00.250+09:00');
  t.is(seoulDateTime('2026-11-27T14:20:00+09:00'), '2026-11-27T14:20:00+09:00');
  t.is(Date.parse(seoulDateTime(1_700_000_000_123)), 1_700_000_000_123);
  t.throws(() => seoulDateTime('yesterday'), { instanceOf: RangeError });
});

test('status_notes is the latest note written, skipping steps without one', (t) => {
  t.is(lastNote(complaint('000101')), '아스팔트 보수를 마쳤습니다.');
  t.is(lastNote(complaint('000104')), '소음이 계속됩니다.');
  t.is(lastNote(complaint('000105')), null);
});

test('a request has the spec fields in the spec order; no reporter field, whatever the complaint holds', (t) => {
  const c = complaint('000102');
  const r = requestRecord(c, cat('illegal-parking'));
  t.deepEqual(Object.keys(r), [
    'service_request_id', 'status', 'status_notes', 'service_name', 'service_code', 'description', 'agency_responsible', 'service_notice',
    'requested_datetime', 'updated_datetime', 'expected_datetime', 'address', 'address_id', 'zipcode', 'lat', 'long', 'media_url',
  ]);
  t.like(r, {
    service_request_id: 'dasan-120:2026-000102',
    status: 'closed',
    status_notes: '단속 후 과태료를 부과했습니다.',
    service_name: '불법 주정차',
    service_code: 'illegal-parking',
    agency_responsible: '주차관리과',
    requested_datetime: '2026-11-20T18:10:00+09:00',
    updated_datetime: '2026-11-21T10:00:00+09:00',
    expected_datetime: '2026-11-27T18:10:00+09:00',
    lat: 37.5725,
    long: 126.9769,
  });
  const text = JSON.stringify(jsonValue(r));
  for (const secret of [c.reporter.name, c.reporter.phone, c.reporter.email]) t.false(text.includes(secret ?? '?'), `${secret} leaked`);
});

test('open and closed follow open311StatusOf: answered and closed are closed, reopened is open', (t) => {
  const statuses = SAMPLE_COMPLAINTS.map((c) => [c.status, requestRecord(c, undefined).status]);
  t.deepEqual(statuses, [['closed', 'closed'], ['answered', 'closed'], ['in-progress', 'open'], ['reopened', 'open'], ['received', 'open']]);
});

test('a complaint whose category is no longer served keeps its code as the name and has no notice', (t) => {
  const r = requestRecord({ ...complaint('000105'), category: 'retired-code' }, undefined);
  t.is(r['service_name'], 'retired-code');
  t.is(r['service_notice'], null);
  const doc = jsonValue(requestsDocument([complaint('000105')], SAMPLE_CATEGORIES)) as Array<Record<string, unknown>>;
  t.is(doc[0]?.['service_name'], '도로 파손');
});

test('a service: metadata true exactly when it has attributes; keywords comma separated; Korean names', (t) => {
  t.deepEqual(serviceRecord(cat('road-damage')), {
    service_code: 'road-damage',
    service_name: '도로 파손',
    description: 'Road damage. 도로관리과에서 접수 후 7일 이내에 답변합니다.',
    metadata: true,
    type: 'realtime',
    keywords: '포트홀, pothole, 도로',
    group: '도로·교통',
  });
  t.false(serviceRecord(cat('noise')).metadata);
  t.false(serviceRecord({ ...cat('noise'), attributes: [] }).metadata);
  t.is(serviceNotice(cat('noise')), '환경과에서 접수 후 14일 이내에 답변합니다.');
});

test('a service definition lists attributes by their order, with their values', (t) => {
  const road = cat('road-damage');
  const reversed = { ...road, attributes: [...(road.attributes ?? [])].reverse() };
  const def = jsonValue(serviceDefinition(reversed)) as { service_code: string; attributes: Array<Record<string, unknown>> };
  t.is(def.service_code, 'road-damage');
  t.deepEqual(def.attributes.map((a) => a['code']), ['SIZE', 'WHERE']);
  t.deepEqual(def.attributes[0], {
    variable: true, code: 'SIZE', datatype: 'singlevaluelist', required: true, datatype_description: null, order: 1,
    description: '파손 크기 (Size of the damage)',
    values: [{ key: 'small', name: '30cm 미만 (under 30 cm)' }, { key: 'large', name: '30cm 이상 (30 cm or more)' }],
  });
  t.deepEqual(jsonValue(serviceDefinition(cat('noise'))), { service_code: 'noise', attributes: [] });
});

test('the answer to a POST: id, notice, the account id given back', (t) => {
  t.deepEqual(jsonValue(filedDocument(complaint('000105'), cat('road-damage'), 'acct-7')), [
    { service_request_id: 'dasan-120:2026-000105', service_notice: '도로관리과에서 접수 후 7일 이내에 답변합니다.', account_id: 'acct-7' },
  ]);
});

test('the history: one entry per status change with both statuses, Seoul time, department and note', (t) => {
  t.deepEqual(jsonValue(historyDocument(complaint('000101'))), [
    { service_request_id: 'dasan-120:2026-000101', status: 'open', detailed_status: 'received', updated_datetime: '2026-07-20T09:30:00+09:00', agency_responsible: null, status_notes: null },
    { service_request_id: 'dasan-120:2026-000101', status: 'open', detailed_status: 'assigned', updated_datetime: '2026-07-20T11:00:00+09:00', agency_responsible: '강남구 도로관리과', status_notes: null },
    { service_request_id: 'dasan-120:2026-000101', status: 'closed', detailed_status: 'answered', updated_datetime: '2026-07-23T15:00:00+09:00', agency_responsible: null, status_notes: '아스팔트 보수를 마쳤습니다.' },
    { service_request_id: 'dasan-120:2026-000101', status: 'closed', detailed_status: 'closed', updated_datetime: '2026-07-25T09:00:00+09:00', agency_responsible: null, status_notes: null },
  ]);
});
