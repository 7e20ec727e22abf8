import test from 'ava';
import { EventEnvelopeSchema } from '../../server/contracts/index.ts';
import { MediaItemSchema } from '../../server/contracts/trend.ts';
import { RecordRejectedError } from '../_kit/errors.ts';
import { normalizeNewsFeed } from './normalize.ts';
import type { NewsRecord } from './parse.ts';

const ctx = { source: 'news-feed', pageUrl: 'https://press.seoul.example/rss', runStartedAt: Date.parse('2024-05-01T09:00:00Z') };
const rec = (over: Partial<NewsRecord> = {}): NewsRecord => ({
  key: '0123456789abcdef01234567',
  feedUrl: 'https://press.seoul.example/rss',
  format: 'rss',
  outlet: '서울특별시 보도자료 (합성 예시)',
  title: '마포구 상암동 일대 불법 주정차 집중 단속',
  text: '서울시와 마포구는 상암동 월드컵경기장 주변의 불법 주정차를 집중 단속한다.',
  url: 'https://press.seoul.example/news/2',
  author: '교통정책과',
  publishedAt: Date.parse('2024-05-01T10:30:00+09:00'),
  declaredLanguage: 'ko',
  synthetic: true,
  ...over,
});

test('one media.published event: natural id, UTC time, the gu of the text', (t) => {
  const [e, ...rest] = normalizeNewsFeed(rec(), ctx);
  t.is(rest.length, 0);
  t.deepEqual(e, {
    v: 1, id: 'news-feed:0123456789abcdef01234567', source: 'news-feed', kind: 'media.published', observedAt: '2024-05-01T01:30:00.000Z',
    entity: 'media:news-feed:0123456789abcdef01234567', district: '11440',
    payload: {
      id: 'news-feed:0123456789abcdef01234567', source: 'news-feed', kind: 'news', outlet: '서울특별시 보도자료 (합성 예시)',
      title: '마포구 상암동 일대 불법 주정차 집중 단속', text: '서울시와 마포구는 상암동 월드컵경기장 주변의 불법 주정차를 집중 단속한다.',
      url: 'https://press.seoul.example/news/2', author: '교통정책과', publishedAt: '2024-05-01T01:30:00.000Z', language: 'ko', districts: ['11440'], synthetic: true,
    },
  });
  t.notThrows(() => EventEnvelopeSchema.parse(e));
  t.notThrows(() => MediaItemSchema.parse(e!.payload));
});

test('several gu: all in the payload, the event itself city-wide; none: null', (t) => {
  const [many] = normalizeNewsFeed(rec({ title: '종로구와 중구 심야버스', text: '종로구, 중구, 용산구를 지난다.' }), ctx);
  t.is(many!.district, null);
  t.deepEqual((many!.payload as { districts: string[] }).districts, ['11110', '11140', '11170']);
  const [none] = normalizeNewsFeed(rec({ title: '서울시 청년 주거 지원', text: '' }), ctx);
  t.is(none!.district, null);
  t.deepEqual((none!.payload as { districts: string[] }).districts, []);
});

test('English items, long texts cut, empty strings null', (t) => {
  const [e] = normalizeNewsFeed(rec({ title: 'Seoul to repair potholes in Mapo-gu', text: 'word '.repeat(1200), declaredLanguage: 'ko', outlet: ' ', author: '' }), ctx);
  const p = e!.payload as { language: string; text: string; outlet: string | null; author: string | null };
  t.is(p.language, 'en', 'the text decides');
  t.true(p.text.length <= 4000 && p.text.endsWith('…'));
  t.is(p.outlet, null);
  t.is(p.author, null);
});

test('quarantined: another language, a date far ahead, a link too long is dropped', (t) => {
  t.throws(() => normalizeNewsFeed(rec({ title: '東京都が大気汚染対策を発表しました', text: '新しい規制は来月から始まります' }), ctx), { instanceOf: RecordRejectedError, message: /neither Korean nor English/ });
  t.throws(() => normalizeNewsFeed(rec({ publishedAt: ctx.runStartedAt + 2 * 86_400_000 }), ctx), { instanceOf: RecordRejectedError, message: /more than a day after the run/ });
  t.notThrows(() => normalizeNewsFeed(rec({ publishedAt: ctx.runStartedAt + 3_600_000 }), ctx));
  const [e] = normalizeNewsFeed(rec({ url: `https://x.example/${'a'.repeat(2100)}` }), ctx);
  t.is((e!.payload as { url: string | null }).url, null);
});
