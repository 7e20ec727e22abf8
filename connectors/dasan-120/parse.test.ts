import test from 'ava';
import type { RawPage } from '../_kit/define-connector.ts';
import { ParseError } from '../_kit/errors.ts';
import { loadFixture } from '../_kit/testing.ts';
import type { DasanComplaintItem } from './api.ts';
import { parseDasan120Page } from './parse.ts';

const page = (body: unknown): RawPage => ({ body: typeof body === 'string' ? body : JSON.stringify(body), contentType: 'application/json', url: 'http://x/120/complaints' });
const feed = (items: unknown[]) => page({ synthetic: true, page: 1, pageSize: 50, totalCount: items.length, hasMore: false, complaints: items });
const item: DasanComplaintItem = {
  no: '2026-000123', receivedAt: '2026-01-05T10:01:02+09:00', channel: '전화', category: '소음', gu: '마포구', guCode: '11440', dong: '서교동',
  address: '서울특별시 마포구 서교동 353-5', lon: 126.9222, lat: 37.5551, title: '야간 소음 민원', content: '주점 음악 소리가 큽니다. 연락은 010-1234-5678로 주세요.',
  department: '생활환경과', status: '재요청', dueAt: '2026-01-16T09:00:00+09:00', reporter: { name: '김민준', phone: '010-1234-5678', email: null },
  history: [
    { status: '접수', at: '2026-01-05T10:01:02+09:00', department: '120다산콜재단', note: '120 전화 상담 후 접수' },
    { status: '배정', at: '2026-01-05T10:30:00+09:00', department: '생활환경과', note: '담당 부서 배정' },
    { status: '처리중', at: '2026-01-05T13:00:00+09:00', department: null, note: '현장 확인 중' },
    { status: '답변완료', at: '2026-01-08T11:00:00+09:00', department: null, note: '계도하였습니다.' },
    { status: '재요청', at: '2026-01-09T09:00:00+09:00', department: null, note: null },
  ],
  synthetic: true,
};

test('a recorded page parses to one record per complaint, all synthetic', (t) => {
  const { records, rejects } = parseDasan120Page(page(loadFixture(import.meta.url, 'fixtures/page-1.json')));
  t.is(records.length, 50);
  t.is(rejects.length, 0);
  t.true(records.every((r) => r.synthetic && r.history[0]!.status === 'received' && r.history[0]!.at === r.receivedAt));
});

test('every field is read', (t) => {
  const { records } = parseDasan120Page(feed([item, { ...item, channel: '카카오톡', lon: null, lat: null, address: null, reporter: null, dueAt: undefined, synthetic: undefined }]));
  t.deepEqual(records[0], {
    no: '2026-000123', receivedAt: Date.parse('2026-01-05T01:01:02Z'), channel: 'phone', category: 'noise', categoryDepartment: '생활환경과', gu: '마포구', guCode: '11440',
    dong: '서교동', address: '서울특별시 마포구 서교동 353-5', lon: 126.9222, lat: 37.5551, title: '야간 소음 민원', content: item.content, department: '생활환경과',
    status: 'reopened', dueAt: Date.parse('2026-01-16T00:00:00Z'), reporter: { name: '김민준', phone: '010-1234-5678', email: null },
    history: [
      { status: 'received', at: Date.parse('2026-01-05T01:01:02Z'), department: '120다산콜재단', note: '120 전화 상담 후 접수' },
      { status: 'assigned', at: Date.parse('2026-01-05T01:30:00Z'), department: '생활환경과', note: '담당 부서 배정' },
      { status: 'in-progress', at: Date.parse('2026-01-05T04:00:00Z'), department: null, note: '현장 확인 중' },
      { status: 'answered', at: Date.parse('2026-01-08T02:00:00Z'), department: null, note: '계도하였습니다.' },
      { status: 'reopened', at: Date.parse('2026-01-09T00:00:00Z'), department: null, note: null },
    ],
    synthetic: true,
  });
  t.like(records[1], { channel: 'app', lon: null, address: null, dueAt: null, reporter: { name: null, phone: null, email: null }, synthetic: false });
});

test('long titles and texts are cut to the contract limits', (t) => {
  const { records } = parseDasan120Page(feed([{ ...item, title: '가'.repeat(300), content: '나'.repeat(5000) }]));
  t.is(records[0]!.title.length, 200);
  t.true(records[0]!.title.endsWith('…'));
  t.is(records[0]!.content.length, 4000);
});

test('complaints that cannot be trusted are rejected with a reason; the others flow', (t) => {
  const h = item.history;
  const bad = [
    { ...item, status: '보류', history: [...h.slice(0, 4), { ...h[4]!, status: '보류' }] },
    { ...item, channel: '팩스' },
    { ...item, category: '기타' },
    { ...item, receivedAt: '2026-01-05 10:01:02' },
    { ...item, history: h.slice(1), status: '재요청' },
    { ...item, history: [h[0]!, h[2]!, h[1]!, h[3]!, h[4]!] },
    { ...item, lat: null },
    { ...item, status: '종결' },
    { ...item, no: 'A-1' },
  ];
  const { records, rejects } = parseDasan120Page(feed([item, ...bad]));
  t.is(records.length, 1);
  t.is(rejects.length, bad.length);
  const reasons = rejects.map((r) => r.reason);
  t.regex(reasons[0]!, /^bad 120 complaint 2026-000123: .*unknown status/);
  t.regex(reasons[1]!, /channel: unknown channel/);
  t.regex(reasons[2]!, /category: unknown category/);
  t.regex(reasons[3]!, /receivedAt: not an ISO 8601 time/);
  t.regex(reasons[4]!, /history: must start with 접수/);
  t.regex(reasons[5]!, /history: runs backwards/);
  t.regex(reasons[6]!, /lon: half a position/);
  t.regex(reasons[7]!, /status: differs from the last history step/);
  t.regex(reasons[8]!, /no: a complaint number/);
});

test('a page that is not the feed throws ParseError', (t) => {
  t.throws(() => parseDasan120Page(page('<html>')), { instanceOf: ParseError, message: /not JSON/ });
  t.throws(() => parseDasan120Page(page({ error: 'invalid-parameter' })), { instanceOf: ParseError, message: /not a complaint page/ });
  t.deepEqual(parseDasan120Page(feed([])), { records: [], rejects: [] });
});
