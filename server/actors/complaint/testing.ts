/**
 * @module actors/complaint/testing
 * Test support: complaint event envelopes as a source publishes them, categories, and complaints
 * built from them. All of it is made up for tests (synthetic).
 */
import type { Complaint, ComplaintCategory, ComplaintFiled, ComplaintStatus, ComplaintStatusChanged } from '../../contracts/index.ts';
import { parseComplaintEvent, type ComplaintEvent } from './event.ts';
import { applyEvent, emptyTrack } from './lifecycle.ts';
import { slaLookup } from './sla.ts';

/** Friday 2026-11-27, 10:00 in Seoul. */
export const T0 = Date.parse('2026-11-27T01:00:00Z');
export const S = 1000;
export const H = 3_600_000;
export const D = 86_400_000;
export const iso = (ms: number): string => new Date(ms).toISOString();

export const PARKING_DEPT = { ko: '강남구 주차관리과', en: 'Gangnam Parking Management Division' };
export const ROADS_DEPT = { ko: '강남구 도로관리과', en: 'Gangnam Road Management Division' };

const category = (code: string, ko: string, en: string, slaDays: number, department = PARKING_DEPT): ComplaintCategory => ({
  code, name: { ko, en }, group: { ko: '교통', en: 'Transport' }, department, slaDays, keywords: [],
});

export const CATEGORIES: readonly ComplaintCategory[] = [
  category('illegal-parking', '불법 주정차', 'Illegal parking', 7),
  category('road-damage', '도로 파손', 'Road damage', 3, ROADS_DEPT),
  category('noise', '소음', 'Noise', 14),
];

export const filedPayload = (n: string, over: Partial<ComplaintFiled> = {}): ComplaintFiled => ({
  complaint: `dasan-120:${n}`,
  category: 'illegal-parking',
  channel: 'phone',
  district: '11680',
  dong: '역삼동',
  address: '서울특별시 강남구 테헤란로 152',
  lon: 127.036,
  lat: 37.5,
  title: '횡단보도 위 불법 주정차',
  description: '매일 아침 횡단보도 위에 차량이 주차되어 있습니다.',
  department: PARKING_DEPT,
  reporter: { name: '홍길동', phone: '010-0000-0000', email: null },
  synthetic: true,
  ...over,
});

/** A `complaint.<kind>` envelope; `at` is epoch ms. */
export const envelope = (kind: 'filed' | 'status', payload: ComplaintFiled | ComplaintStatusChanged, at: number, over: Record<string, unknown> = {}) => {
  const source = payload.complaint.split(':')[0] as string;
  const detail = kind === 'status' ? `${(payload as ComplaintStatusChanged).status}:` : '';
  return {
    v: 1, id: `${payload.complaint}:${kind}:${detail}${at}`, source, kind: `complaint.${kind}`, observedAt: iso(at),
    entity: `complaint:${payload.complaint}`, district: kind === 'filed' ? (payload as ComplaintFiled).district : null, payload, ...over,
  };
};

export const filed = (n: string, at = T0, over: Partial<ComplaintFiled> = {}) => envelope('filed', filedPayload(n, over), at);

export const status = (n: string, s: ComplaintStatus, at: number, extra: Partial<ComplaintStatusChanged> = {}, source = 'dasan-120') =>
  envelope('status', { complaint: `${source}:${n}`, status: s, department: null, note: null, ...extra }, at);

export const parsed = (raw: unknown): ComplaintEvent => {
  const r = parseComplaintEvent(raw);
  if (!r.ok) throw new Error(r.reason);
  return r.event;
};

/** The complaint that a sequence of envelopes folds into (processed at `now`). */
export const foldAll = (raws: readonly unknown[], now = T0, categories = CATEGORIES): Complaint => {
  const sla = slaLookup(categories);
  const track = raws.reduce((t: ReturnType<typeof emptyTrack>, raw) => applyEvent(t, parsed(raw), sla, now).track, emptyTrack());
  if (track.complaint === null) throw new Error('no complaint was filed');
  return track.complaint;
};
