import test from 'ava';
import { ComplaintSchema, type Complaint } from '../contracts/complaint.ts';
import { coarsenNullablePoint, publicComplaint } from './complaint.ts';
import { coarsenPoint } from './point.ts';
import { findPersonalData } from './scan.ts';

const complaint = (over: Partial<Complaint> = {}): Complaint => ({
  id: 'dasan-120:2026-000123',
  source: 'dasan-120',
  category: 'noise',
  channel: 'phone',
  status: 'answered',
  district: '11680',
  dong: '역삼동',
  address: '서울특별시 강남구 테헤란로 152, 5층 (역삼동)',
  lon: 127.036712,
  lat: 37.500934,
  title: '래미안아파트 101동 1203호 소음',
  description: '갈갈이가 밤마다 소음을 냅니다. 저는 홍길동입니다. 010-1234-5678 또는 hong@example.com으로 연락 주세요.',
  department: { ko: '환경과', en: 'Environment Division' },
  reporter: { name: '갈갈이', phone: '010-1234-5678', email: 'hong@example.com' },
  synthetic: true,
  requestedAt: '2026-12-01T01:00:00.000Z',
  updatedAt: '2026-12-03T01:00:00.000Z',
  dueAt: '2026-12-08T01:00:00.000Z',
  answeredAt: '2026-12-03T01:00:00.000Z',
  closedAt: null,
  reopened: 0,
  history: [
    { status: 'received', at: '2026-12-01T01:00:00.000Z', department: null, note: null },
    { status: 'answered', at: '2026-12-03T01:00:00.000Z', department: null, note: '김철수 주무관이 현장을 확인했습니다. 문의 02-123-4567' },
  ],
  ...over,
});

test('the public view has no reporter, redacted texts and a coarse place', (t) => {
  const c = complaint();
  const p = publicComplaint(c);
  t.deepEqual(p.reporter, { name: null, phone: null, email: null });
  t.is(p.title, '래미안아파트 소음');
  t.is(p.description, '○○○가 밤마다 소음을 냅니다. 저는 ○○○입니다. [전화번호] 또는 [이메일]으로 연락 주세요.');
  t.is(p.history[1]?.note, '○○○ 주무관이 현장을 확인했습니다. 문의 [전화번호]');
  t.is(p.history[0]?.note, null);
  t.is(p.address, '서울특별시 강남구 테헤란로');
  t.deepEqual({ lat: p.lat, lon: p.lon }, coarsenPoint(c.lat ?? 0, c.lon ?? 0));
  t.not(p.lat, c.lat);
  t.is(p.id, c.id);
  t.is(p.dong, '역삼동');
  t.deepEqual(p.department, c.department);
  t.true(ComplaintSchema.safeParse(p).success, 'still a complaint');
  for (const s of [p.title, p.description, p.address ?? '', ...p.history.map((h) => h.note ?? '')]) t.deepEqual(findPersonalData(s), [], s);
  t.deepEqual(c, complaint(), 'the complaint as kept is not touched');
  t.deepEqual(publicComplaint(p), p, 'the public view of the public view is itself');
});

test('missing places stay missing; half a position is none', (t) => {
  const p = publicComplaint(complaint({ address: null, lat: null, lon: null, reporter: { name: null, phone: null, email: null } }));
  t.is(p.address, null);
  t.deepEqual([p.lat, p.lon], [null, null]);
  t.deepEqual(coarsenNullablePoint(37.5, null), { lat: null, lon: null });
});
