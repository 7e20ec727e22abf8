/**
 * @module open311/samples
 * Synthetic categories and complaints for the in-memory port (./memory.ts) and its tests: four
 * services (one asking two questions) and five complaints in Seoul, at fixed times around
 * 2026-11-27 — made up, labelled `synthetic: true`, no real person or address.
 */
import { ComplaintSchema, type Complaint, type ComplaintHistoryEntry } from '../contracts/complaint.ts';
import type { ServiceCategory } from './port.ts';

export const SAMPLE_CATEGORIES: readonly ServiceCategory[] = [
  {
    code: 'road-damage',
    name: { ko: '도로 파손', en: 'Road damage' },
    group: { ko: '도로·교통', en: 'Roads and traffic' },
    department: { ko: '도로관리과', en: 'Road Management Division' },
    slaDays: 7,
    keywords: ['포트홀', 'pothole', '도로'],
    attributes: [
      {
        variable: true, code: 'SIZE', datatype: 'singlevaluelist', required: true, datatypeDescription: null, order: 1,
        description: '파손 크기 (Size of the damage)',
        values: [{ key: 'small', name: '30cm 미만 (under 30 cm)' }, { key: 'large', name: '30cm 이상 (30 cm or more)' }],
      },
      {
        variable: true, code: 'WHERE', datatype: 'multivaluelist', required: false, datatypeDescription: '해당하는 곳을 모두 고르세요', order: 2,
        description: '위치 (Where on the road)',
        values: [{ key: 'lane', name: '차로 (traffic lane)' }, { key: 'shoulder', name: '갓길 (shoulder)' }, { key: 'sidewalk', name: '보도 (sidewalk)' }],
      },
    ],
  },
  {
    code: 'illegal-parking',
    name: { ko: '불법 주정차', en: 'Illegal parking' },
    group: { ko: '도로·교통', en: 'Roads and traffic' },
    department: { ko: '주차관리과', en: 'Parking Management Division' },
    slaDays: 7,
    keywords: ['주차', 'parking'],
  },
  {
    code: 'streetlight',
    name: { ko: '가로등 고장', en: 'Broken streetlight' },
    group: { ko: '시설물', en: 'Public facilities' },
    department: { ko: '도로시설과', en: 'Road Facilities Division' },
    slaDays: 7,
    keywords: ['가로등', 'streetlight'],
  },
  {
    code: 'noise',
    name: { ko: '생활 소음', en: 'Noise' },
    group: { ko: '환경', en: 'Environment' },
    department: { ko: '환경과', en: 'Environment Division' },
    slaDays: 14,
    keywords: ['소음', 'noise'],
  },
];

const DAY = 86_400_000;
const at = (iso: string, plusMs = 0): string => new Date(Date.parse(iso) + plusMs).toISOString();
const step = (status: ComplaintHistoryEntry['status'], when: string, note: string | null = null, department: ComplaintHistoryEntry['department'] = null): ComplaintHistoryEntry =>
  ({ status, at: when, department, note });

interface Seed {
  n: string;
  category: string;
  district: string;
  address: string;
  lon: number;
  lat: number;
  title: string;
  description: string;
  requestedAt: string;
  history: ComplaintHistoryEntry[];
}

function complaint(s: Seed): Complaint {
  const cat = SAMPLE_CATEGORIES.find((c) => c.code === s.category);
  if (!cat) throw new Error(`no sample category ${s.category}`);
  const last = s.history.at(-1);
  const answered = s.history.findLast((h) => h.status === 'answered')?.at ?? null;
  const closed = s.history.findLast((h) => h.status === 'closed')?.at ?? null;
  const reopenedAt = s.history.findLast((h) => h.status === 'reopened')?.at;
  return ComplaintSchema.parse({
    id: `dasan-120:2026-${s.n}`,
    source: 'dasan-120',
    category: s.category,
    channel: 'phone',
    status: last?.status ?? 'received',
    district: s.district,
    dong: null,
    address: s.address,
    lon: s.lon,
    lat: s.lat,
    title: s.title,
    description: s.description,
    department: s.history.findLast((h) => h.department !== null)?.department ?? cat.department,
    reporter: { name: '홍길동', phone: '010-0000-0000', email: 'reporter@example.com' },
    synthetic: true,
    requestedAt: s.requestedAt,
    updatedAt: last?.at ?? s.requestedAt,
    dueAt: at(reopenedAt ?? s.requestedAt, cat.slaDays * DAY),
    answeredAt: answered,
    closedAt: closed,
    reopened: s.history.filter((h) => h.status === 'reopened').length,
    history: s.history,
  });
}

/** Newest last; ids dasan-120:2026-000101…000105. */
export const SAMPLE_COMPLAINTS: readonly Complaint[] = [
  complaint({
    n: '000101', category: 'road-damage', district: '11680', address: '서울특별시 강남구 테헤란로 152 앞', lon: 127.036, lat: 37.5003,
    title: '도로 파임', description: '횡단보도 앞 차로가 깊게 파였습니다.', requestedAt: '2026-07-20T00:30:00Z',
    history: [step('received', '2026-07-20T00:30:00Z'), step('assigned', '2026-07-20T02:00:00Z', null, { ko: '강남구 도로관리과', en: 'Gangnam-gu Road Management Division' }),
      step('answered', '2026-07-23T06:00:00Z', '아스팔트 보수를 마쳤습니다.'), step('closed', '2026-07-25T00:00:00Z')],
  }),
  complaint({
    n: '000102', category: 'illegal-parking', district: '11110', address: '서울특별시 종로구 세종대로 175 부근', lon: 126.9769, lat: 37.5725,
    title: '소화전 앞 주차', description: '소화전 앞에 차량이 계속 서 있습니다.', requestedAt: '2026-11-20T09:10:00Z',
    history: [step('received', '2026-11-20T09:10:00Z'), step('answered', '2026-11-21T01:00:00Z', '단속 후 과태료를 부과했습니다.')],
  }),
  complaint({
    n: '000103', category: 'streetlight', district: '11440', address: '서울특별시 마포구 월드컵북로 400 뒤편', lon: 126.8895, lat: 37.5794,
    title: '가로등 꺼짐', description: '골목 가로등 두 개가 밤새 꺼져 있습니다.', requestedAt: '2026-11-25T12:00:00Z',
    history: [step('received', '2026-11-25T12:00:00Z'), step('in-progress', '2026-11-26T00:30:00Z', '현장 점검 예정')],
  }),
  complaint({
    n: '000104', category: 'noise', district: '11680', address: '서울특별시 강남구 역삼로 200 공사장', lon: 127.0409, lat: 37.4961,
    title: '야간 공사 소음', description: '밤 11시 넘어서도 공사 소음이 납니다.', requestedAt: '2026-11-26T14:40:00Z',
    history: [step('received', '2026-11-26T14:40:00Z'), step('answered', '2026-11-26T23:00:00Z', '공사 시간을 지키도록 안내했습니다.'),
      step('reopened', '2026-11-27T01:00:00Z', '소음이 계속됩니다.')],
  }),
  complaint({
    n: '000105', category: 'road-damage', district: '11440', address: '서울특별시 마포구 양화로 45 앞', lon: 126.9143, lat: 37.5499,
    title: '보도블록 파손', description: '보도블록이 들떠서 걸려 넘어질 뻔했습니다.', requestedAt: '2026-11-27T03:00:00Z',
    history: [step('received', '2026-11-27T03:00:00Z')],
  }),
];
