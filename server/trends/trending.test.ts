import test from 'ava';
import { TrendBoardSchema } from '../contracts/trend.ts';
import { wordsOfNames } from './keywords.ts';
import { kstDayOf, publishableTerm, trendingTerms, TrendOptionsError, type TrendItem } from './trending.ts';

let seq = 0;
const item = (day: string, hour: number, text: string, districts: string[] = [], language: 'ko' | 'en' = 'ko', title: string | null = null): TrendItem => ({
  id: `social-sim:p${String(++seq).padStart(4, '0')}`,
  title,
  text,
  language,
  districts,
  publishedAt: new Date(Date.parse(`${day}T${String(hour).padStart(2, '0')}:00:00+09:00`)).toISOString(),
});

const DAYS = ['2024-04-24', '2024-04-25', '2024-04-26', '2024-04-27', '2024-04-28', '2024-04-29', '2024-04-30'];
/** A week of steady talk, then a day when illegal parking in Mapo and fine dust burst. */
const corpus = (): TrendItem[] => {
  const items: TrendItem[] = [];
  for (const d of DAYS) {
    items.push(item(d, 8, '출근길 지하철 2호선 혼잡 너무 심하네요'), item(d, 9, '지하철 2호선 또 지연, 출근길 힘들다'), item(d, 18, '한강공원 산책 좋네요'));
    items.push(item(d, 12, '따릉이 타고 한강공원 다녀왔어요'), item(d, 20, 'Took a walk in the Han River park'));
  }
  items.push(item('2024-04-29', 10, '상암동 불법 주정차 때문에 골목이 막혔어요', ['11440']));
  const day = '2024-05-01';
  items.push(
    item(day, 8, '출근길 지하철 2호선 혼잡'), item(day, 9, '지하철 2호선 지연 출근길'), item(day, 18, '한강공원 산책'),
    item(day, 7, '오늘 미세먼지가 최악이네요 마스크 필수'), item(day, 9, '미세먼지를 줄이려면 차량 2부제라도 해야'), item(day, 11, '미세먼지는 언제쯤 걷힐까요'),
    item(day, 12, '미세먼지 비상저감조치 발령됐대요'), item(day, 13, '초미세먼지 농도 매우 나쁨, 미세먼지 때문에 창문을 못 열어요'),
    item(day, 10, '마포구 상암동 불법 주정차 너무 심해요', ['11440']), item(day, 14, '상암동 경기장 앞 불법 주정차 단속 좀 해주세요', ['11440']),
    item(day, 16, '마포 불법 주정차 신고했어요', ['11440']), item(day, 17, '망원동 불법 주정차 차량 견인', ['11440']),
    item(day, 19, 'Potholes everywhere in Mapo-gu after the rain', ['11440'], 'en'), item(day, 20, 'Another pothole on my street, Mapo-gu please fix it', ['11440'], 'en'),
    item(day, 21, 'The pothole near Hongdae station is huge', [], 'en'),
  );
  return items;
};

test('the burst rises above its baseline; steady talk does not', (t) => {
  const items = corpus();
  const board = trendingTerms(items, { day: '2024-05-01', minCount: 2 });
  t.notThrows(() => TrendBoardSchema.parse(board));
  t.is(board.itemCount, 15);
  t.is(board.baselineDays, 7);
  const dust = board.terms.find((x) => x.term === '미세먼지')!;
  t.like(dust, { language: 'ko', phrase: false, count: 5, baseline: 0, score: 5, rising: true });
  const dustIds = items.filter((i) => i.publishedAt.startsWith('2024-05-01') || i.publishedAt.startsWith('2024-04-30T2')).filter((i) => /미세먼지/.test(i.text)).map((i) => i.id);
  t.deepEqual([...dust.items].sort(), dustIds.sort(), 'every item that mentions it, each once');
  t.is(board.terms[0]!.term, '미세먼지', 'highest score first');
  t.like(board.terms.find((x) => x.term === '출근길'), { count: 2, baseline: 2, score: 0, rising: false });
  t.like(board.terms.find((x) => x.term === '지하철 2호선'), { phrase: true, count: 2, baseline: 2, rising: false });
  t.false(board.terms.some((x) => x.term === '2호선'), 'inside its phrase');
  t.false(board.terms.some((x) => x.term === '산책'), 'below the minimum count');
  const byDefault = trendingTerms(items, { day: '2024-05-01' });
  t.false(byDefault.terms.some((x) => x.count < 3), 'three items at least by default');
  t.deepEqual(byDefault.terms.filter((x) => x.rising).map((x) => x.term), ['미세먼지', '불법 주정차', 'pothole']);
});

test('phrases: 불법 주정차 is one term, and its words give way to it; the items are newest first', (t) => {
  const items = corpus();
  const board = trendingTerms(items, { day: '2024-05-01' });
  const parking = board.terms.find((x) => x.term === '불법 주정차')!;
  t.like(parking, { phrase: true, count: 4, rising: true, districts: ['11440'] });
  t.is(parking.baseline, 0.143, '1 item over 7 days');
  t.false(board.terms.some((x) => x.term === '주정차' || x.term === '불법'), 'subsumed by the phrase');
  t.is(parking.items.length, 4);
  const at = new Map(items.map((i) => [i.id, i.publishedAt]));
  const times = parking.items.map((id) => at.get(id));
  t.deepEqual(times, ['2024-05-01T08:00:00.000Z', '2024-05-01T07:00:00.000Z', '2024-05-01T05:00:00.000Z', '2024-05-01T01:00:00.000Z'], 'newest first');
});

test('English terms are counted apart, plural and singular together', (t) => {
  const board = trendingTerms(corpus(), { day: '2024-05-01' });
  t.like(board.terms.find((x) => x.term === 'pothole'), { language: 'en', count: 3, rising: true });
  t.false(board.terms.some((x) => x.term === 'potholes'));
});

test('per gu: the items that mention the gu, against its own baseline', (t) => {
  const board = trendingTerms(corpus(), { day: '2024-05-01' });
  t.deepEqual(Object.keys(board.byDistrict), ['11440']);
  const mapo = board.byDistrict['11440']!;
  t.is(mapo[0]!.term, '불법 주정차');
  t.true(mapo.some((x) => x.term === 'pothole' && x.language === 'en'));
  t.true(mapo.length <= 5);
});

test('a day alone, no baseline: counts are scores', (t) => {
  const board = trendingTerms(corpus(), { day: '2024-05-01', baselineDays: 0, top: 3 });
  t.is(board.terms.length, 3);
  t.true(board.terms.every((x) => x.baseline === 0 && x.score === x.count));
});

test('days are days in Seoul; items outside the window and repeated ids are ignored', (t) => {
  t.is(kstDayOf('2024-04-30T15:30:00.000Z'), '2024-05-01');
  t.is(kstDayOf('2024-04-30T14:59:59.000Z'), '2024-04-30');
  const a = item('2024-05-01', 0, '미세먼지 심함');
  const late = { ...item('2024-05-01', 0, '미세먼지 최악'), publishedAt: '2024-04-30T15:00:00.000Z' };
  const tomorrow = item('2024-05-02', 9, '미세먼지 걷힘');
  const old = item('2024-04-01', 9, '미세먼지 옛날');
  const board = trendingTerms([a, a, late, tomorrow, old], { day: '2024-05-01', minCount: 1 });
  t.is(board.itemCount, 2);
  t.like(board.terms.find((x) => x.term === '미세먼지'), { count: 2, baseline: 0 });
});

test('excluded words leave with the phrases that hold them', (t) => {
  const items = corpus();
  const exclude = wordsOfNames(['마포구', '상암동', 'Mapo-gu']);
  t.deepEqual(exclude, new Set(['마포구', '상암동', 'mapo-gu']));
  const board = trendingTerms(items, { day: '2024-05-01', minCount: 2, exclude });
  t.false(board.terms.some((x) => x.term.split(' ').some((w) => exclude.has(w))));
  t.true(board.terms.some((x) => x.term === '불법 주정차'));
  t.true(trendingTerms(items, { day: '2024-05-01', minCount: 2 }).terms.some((x) => x.term === 'mapo-gu'));
});

test('bad options are refused', (t) => {
  for (const day of ['2024-5-1', '2024-02-30', 'today']) t.throws(() => trendingTerms([], { day }), { instanceOf: TrendOptionsError });
  t.throws(() => trendingTerms([], { day: '2024-05-01', top: 0 }), { instanceOf: TrendOptionsError, message: 'top must be an integer ≥ 1: 0' });
  t.throws(() => trendingTerms([], { day: '2024-05-01', baselineDays: -1 }), { instanceOf: TrendOptionsError });
  t.throws(() => trendingTerms([], { day: '2024-05-01', districtTop: 1.5 }), { instanceOf: TrendOptionsError });
  t.deepEqual(trendingTerms([], { day: '2024-05-01' }), { day: '2024-05-01', baselineDays: 7, itemCount: 0, terms: [], byDistrict: {} });
});

test('a name, a phone number or an e-mail address repeated in the day never becomes a public term', (t) => {
  const day = '2026-05-10';
  const at = '2026-05-10T03:00:00.000Z';
  const items = Array.from({ length: 6 }, (_, i) => ({
    id: `social-sim:p${i}`, title: null, publishedAt: at, language: 'ko' as const, districts: [],
    text: `홍길동님 연락처 010-1234-5678 hong@example.com 으로 불법 주정차 신고 ${i}`,
  }));
  const terms = trendingTerms(items, { day, minCount: 2 }).terms.map((x) => x.term);
  t.true(terms.length > 0, terms.join(', '));
  t.false(terms.some((x) => x.includes('홍길동') || x.includes('010') || x.includes('hong')), terms.join(', '));
  t.false(publishableTerm('010-1234-5678'));
  t.true(publishableTerm('미세먼지'));
  t.true(publishableTerm('주정차'));
});
