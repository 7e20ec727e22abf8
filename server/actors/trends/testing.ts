/**
 * @module actors/trends/testing
 * Test support: media items and their `media.published` envelopes as the news and social connectors publish
 * them, and a small corpus: a week of steady talk, then a day when fine dust and illegal parking in Mapo-gu
 * burst. All of it is made up for tests (synthetic).
 */
import { MEDIA_EVENT_KINDS, type MediaItem } from '../../contracts/index.ts';

/** Wednesday 2026-05-13, 15:00 in Seoul. */
export const T0 = Date.parse('2026-05-13T06:00:00Z');
export const TODAY = '2026-05-13';
export const H = 3_600_000;
export const D = 86_400_000;

/** An ISO time on a day in Seoul at an hour (KST). */
export const at = (day: string, hour: number, minute = 0): string =>
  new Date(Date.parse(`${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+09:00`)).toISOString();

/** The day in Seoul `n` days before `day`. */
export const dayBefore = (day: string, n: number): string => new Date(Date.parse(`${day}T00:00:00Z`) - n * D).toISOString().slice(0, 10);

let seq = 0;

export const socialItem = (publishedAt: string, text: string, over: Partial<MediaItem> = {}): MediaItem => ({
  id: `social-sim:p-${String(++seq).padStart(6, '0')}`,
  source: 'social-sim',
  kind: 'social',
  outlet: 'Social stream (synthetic)',
  title: null,
  text,
  url: null,
  author: `user_${(seq * 7919).toString(36)}`,
  publishedAt,
  language: 'ko',
  districts: [],
  synthetic: true,
  ...over,
});

export const newsItem = (publishedAt: string, title: string, text: string, over: Partial<MediaItem> = {}): MediaItem => {
  const key = (++seq).toString(16).padStart(24, '0');
  return {
    id: `news-feed:${key}`,
    source: 'news-feed',
    kind: 'news',
    outlet: '서울시 뉴스 (합성)',
    title,
    text,
    url: `https://news.seoul.example/sim/${key}`,
    author: '기후환경본부 대기정책과',
    publishedAt,
    language: 'ko',
    districts: [],
    synthetic: true,
    ...over,
  };
};

/** The `media.published` envelope of an item, as `mediaEvent` builds it. */
export const envelopeOf = (item: MediaItem, over: Record<string, unknown> = {}) => ({
  v: 1,
  id: item.id,
  source: item.source,
  kind: MEDIA_EVENT_KINDS.published,
  observedAt: item.publishedAt,
  entity: `media:${item.id}`,
  district: item.districts.length === 1 ? item.districts[0] : null,
  payload: item,
  ...over,
});

/** Seven quiet days before `day` (commuting, parks), then `day` with bursts of fine dust and illegal parking in Mapo-gu. */
export const corpus = (day = TODAY): { before: MediaItem[]; today: MediaItem[] } => {
  const before: MediaItem[] = [];
  for (let n = 1; n <= 7; n++) {
    const d = dayBefore(day, n);
    before.push(
      socialItem(at(d, 8), '출근길 지하철 2호선 혼잡 너무 심하네요'),
      socialItem(at(d, 9), '지하철 2호선 또 지연, 출근길 힘들다'),
      socialItem(at(d, 12), '따릉이 타고 한강공원 다녀왔어요'),
      socialItem(at(d, 20), 'Took a walk in the Han River park', { language: 'en' }),
    );
  }
  const mapo = { districts: ['11440'] };
  const today = [
    socialItem(at(day, 8), '출근길 지하철 2호선 혼잡'),
    socialItem(at(day, 7), '오늘 미세먼지가 최악이네요 마스크 필수'),
    socialItem(at(day, 9), '미세먼지를 줄이려면 차량 2부제라도 해야'),
    socialItem(at(day, 11), '미세먼지는 언제쯤 걷힐까요'),
    newsItem(at(day, 12), '서울시, 미세먼지 비상저감조치 발령', '서울시는 13일 미세먼지 비상저감조치를 발령했다. 연락처 010-1234-5678 홍길동 주무관'),
    socialItem(at(day, 10), '마포구 상암동 불법 주정차 너무 심해요', mapo),
    socialItem(at(day, 13), '상암동 경기장 앞 불법 주정차 단속 좀 해주세요', mapo),
    socialItem(at(day, 14), '마포 불법 주정차 신고했어요', mapo),
    socialItem(at(day, 15), '망원동 불법 주정차 차량 견인', mapo),
  ];
  return { before, today };
};
