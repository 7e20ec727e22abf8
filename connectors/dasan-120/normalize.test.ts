import test from 'ava';
import { ComplaintFiledSchema, ComplaintStatusChangedSchema, EventEnvelopeSchema } from '../../server/contracts/index.ts';
import { RecordRejectedError } from '../_kit/errors.ts';
import { departmentOf, normalizeDasan120 } from './normalize.ts';
import type { DasanRecord } from './parse.ts';

const ctx = { source: 'dasan-120', pageUrl: 'http://x/120/complaints', runStartedAt: 0 };
const at = (iso: string) => Date.parse(iso);
const record: DasanRecord = {
  no: '2026-000123', receivedAt: at('2026-01-05T01:01:02Z'), channel: 'phone', category: 'noise', categoryDepartment: '생활환경과', gu: '마포구', guCode: '11440',
  dong: '서교동', address: '서울특별시 마포구 서교동 353-5', lon: 126.9222, lat: 37.5551, title: '야간 소음 민원', content: '주점 음악 소리가 큽니다.',
  department: '조경과', status: 'closed', dueAt: null, reporter: { name: '김민준', phone: '010-1234-5678', email: null },
  history: [
    { status: 'received', at: at('2026-01-05T01:01:02Z'), department: '120다산콜재단', note: '접수' },
    { status: 'assigned', at: at('2026-01-05T01:30:00Z'), department: '생활환경과', note: '담당 부서 배정' },
    { status: 'assigned', at: at('2026-01-05T05:00:00Z'), department: '조경과', note: '소관 부서 이관' },
    { status: 'in-progress', at: at('2026-01-06T00:00:00Z'), department: null, note: null },
    { status: 'answered', at: at('2026-01-08T02:00:00Z'), department: null, note: '답변' },
    { status: 'reopened', at: at('2026-01-09T00:00:00Z'), department: null, note: '재요청' },
    { status: 'in-progress', at: at('2026-01-09T02:00:00Z'), department: null, note: null },
    { status: 'answered', at: at('2026-01-12T02:00:00Z'), department: null, note: '재답변' },
    { status: 'closed', at: at('2026-01-14T02:00:00Z'), department: null, note: '종결' },
  ],
  synthetic: false,
};

test('the filing and one status event per later step, with natural-key ids', (t) => {
  const events = normalizeDasan120(record, ctx);
  t.deepEqual(events.map((e) => e.id), [
    'dasan-120:2026-000123:received:1', 'dasan-120:2026-000123:assigned:1', 'dasan-120:2026-000123:assigned:2', 'dasan-120:2026-000123:in-progress:1',
    'dasan-120:2026-000123:answered:1', 'dasan-120:2026-000123:reopened:1', 'dasan-120:2026-000123:in-progress:2', 'dasan-120:2026-000123:answered:2',
    'dasan-120:2026-000123:closed:1',
  ]);
  for (const e of events) {
    t.notThrows(() => EventEnvelopeSchema.parse(e));
    t.like(e, { source: 'dasan-120', entity: 'complaint:dasan-120:2026-000123', district: '11440' });
  }
  t.deepEqual(events.map((e) => e.kind), ['complaint.filed', ...Array.from({ length: 8 }, () => 'complaint.status')]);
  t.is(events[0]!.observedAt, '2026-01-05T01:01:02.000Z');
  t.is(events[8]!.observedAt, '2026-01-14T02:00:00.000Z');
});

test('payloads fit the contract: the filing with the default department, synthetic; transfers with both names', (t) => {
  const [filed, first, transfer, working] = normalizeDasan120(record, ctx);
  t.deepEqual(ComplaintFiledSchema.parse(filed!.payload), {
    complaint: 'dasan-120:2026-000123', category: 'noise', channel: 'phone', district: '11440', dong: '서교동', address: '서울특별시 마포구 서교동 353-5',
    lon: 126.9222, lat: 37.5551, title: '야간 소음 민원', description: '주점 음악 소리가 큽니다.', department: { ko: '생활환경과', en: 'Living Environment Division' },
    reporter: { name: '김민준', phone: '010-1234-5678', email: null }, synthetic: true,
  });
  t.deepEqual(ComplaintStatusChangedSchema.parse(first!.payload), { complaint: 'dasan-120:2026-000123', status: 'assigned', department: { ko: '생활환경과', en: 'Living Environment Division' }, note: '담당 부서 배정' });
  t.deepEqual((transfer!.payload as { department: unknown }).department, { ko: '조경과', en: 'Landscape Division' });
  t.deepEqual(working!.payload, { complaint: 'dasan-120:2026-000123', status: 'in-progress', department: null, note: null });
  t.deepEqual(departmentOf('마포구 청소행정과'), { ko: '마포구 청소행정과', en: '마포구 청소행정과' });
});

test('a complaint just received is one filing; a placeless one has no position', (t) => {
  const events = normalizeDasan120({ ...record, lon: null, lat: null, address: null, status: 'received', history: record.history.slice(0, 1) }, ctx);
  t.is(events.length, 1);
  t.like(events[0]!.payload as object, { lon: null, lat: null, address: null });
});

test('unknown gu, a name that contradicts the code, a position outside Seoul: quarantined', (t) => {
  t.throws(() => normalizeDasan120({ ...record, guCode: '41135' }, ctx), { instanceOf: RecordRejectedError, message: /unknown gu code 41135/ });
  t.throws(() => normalizeDasan120({ ...record, gu: '강남구' }, ctx), { instanceOf: RecordRejectedError, message: /"강남구" does not match code 11440/ });
  t.throws(() => normalizeDasan120({ ...record, lon: 129.07, lat: 35.18 }, ctx), { instanceOf: RecordRejectedError, message: /outside Seoul/ });
  t.notThrows(() => normalizeDasan120({ ...record, gu: '서울특별시 마포구' }, ctx));
});
