import test from 'ava';
import { readFileSync } from 'node:fs';
import type { RawPage } from '../_kit/define-connector.ts';
import { ParseError } from '../_kit/errors.ts';
import { entryKey, FEED_ERROR_CONTENT_TYPE, parseNewsFeedPage } from './parse.ts';

const bytes = (name: string): Buffer => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const page = (body: string | Buffer, url = 'https://feeds.example/press.xml', contentType = 'application/rss+xml'): RawPage => ({ body, contentType, url });
const iso = (ms: number): string => new Date(ms).toISOString();

test('the Seoul press-release feed: nine items, two rejects with their reasons', (t) => {
  const { records, rejects } = parseNewsFeedPage(page(bytes('seoul-press-rss2.xml')));
  t.is(records.length, 9);
  t.deepEqual(rejects.map((r) => r.reason), [
    'bad rss entry in https://feeds.example/press.xml: date: not a date ("내일 오전")',
    'bad rss entry in https://feeds.example/press.xml: title: neither a title nor a description',
  ]);
  t.true(records.every((r) => r.synthetic && r.format === 'rss' && r.outlet === '서울특별시 보도자료 (합성 예시)' && r.declaredLanguage === 'ko'));
  const [first, second] = records;
  t.like(first, {
    title: '서울시, 봄철 미세먼지 저감 위해 노후 경유차 운행 제한 강화',
    url: 'https://press.seoul.example/news/articleView.do?idx=20240501001&menu=press',
    author: '기후환경본부 대기정책과',
  });
  t.is(first!.text.split('\n')[0], '서울시는 봄철 미세먼지가 잦아짐에 따라 5등급 노후 경유차의 운행 제한을 강화한다고 1일 밝혔다.');
  t.is(iso(first!.publishedAt), '2024-05-01T00:00:00.000Z');
  t.like(second, { title: '마포구 상암동 일대 불법 주정차 집중 단속 ‧ 견인 확대', url: 'https://press.seoul.example/news/articleView.do?idx=20240501002&menu=press' });
  t.regex(second!.text, /소화전·버스정류장/);
  t.is(iso(second!.publishedAt), '2024-05-01T01:30:00.000Z', 'KST');
  t.is(iso(records[4]!.publishedAt), '2024-04-30T01:00:00.000Z', 'GMT');
  t.false(records.some((r) => /<|&[a-z]+;|trackView|편집자/.test(`${r.title} ${r.text}`)), 'no markup, entity, script or comment left');
});

test('keys: guid hashed within its feed, a URI guid alone, link and title without a guid', (t) => {
  const scoped = entryKey({ guid: 'PR-1', link: null, title: null }, 'https://a.example/rss');
  t.regex(scoped, /^[0-9a-f]{24}$/);
  t.not(scoped, entryKey({ guid: 'PR-1', link: null, title: null }, 'https://b.example/rss'));
  t.is(entryKey({ guid: 'tag:a.example,2024:1', link: 'x', title: 'y' }, 'https://a.example/rss'), entryKey({ guid: 'tag:a.example,2024:1', link: null, title: null }, 'https://b.example/rss'));
  t.is(entryKey({ guid: null, link: 'https://a.example/1', title: 'T' }, 'https://a.example/rss'), entryKey({ guid: null, link: 'https://a.example/1', title: 'T' }, 'https://b.example/rss'));
  t.not(entryKey({ guid: null, link: 'https://a.example/1', title: 'T' }, ''), entryKey({ guid: null, link: 'https://a.example/1', title: 'U' }, ''));
  const { records } = parseNewsFeedPage(page(bytes('seoul-press-rss2.xml')));
  t.is(new Set(records.map((r) => r.key)).size, 9);
  const noGuid = records.find((r) => r.title?.startsWith('120다산콜센터'))!;
  t.is(noGuid.key, entryKey({ guid: null, link: noGuid.url, title: noGuid.title }, ''));
});

test('Atom, RDF and the EUC-KR feed', (t) => {
  const atom = parseNewsFeedPage(page(bytes('english-atom.xml'), 'https://feeds.example/atom.xml', 'application/atom+xml'));
  t.is(atom.records.length, 4);
  t.deepEqual(atom.records.map((r) => r.url), [
    'https://english.seoul.example/news/2024/05/potholes-repair',
    'https://english.seoul.example/news/2024/05/fine-dust-emergency',
    'https://english.seoul.example/news/2024/05/spring-festival',
    'https://english.seoul.example/news/2024/04/night-bus',
  ]);
  t.like(atom.records[2], { title: 'Han River spring festival opens in Yeouido', text: 'The spring festival in Yeongdeungpo District runs for ten days. Roads along the river close at night.' });
  t.true(atom.records.every((r) => r.synthetic && r.declaredLanguage === 'en'));
  const rdf = parseNewsFeedPage(page(bytes('rdf-feed.xml'), 'https://feeds.example/mapo.rdf', 'application/rdf+xml'));
  t.deepEqual(rdf.records.map((r) => [r.title, r.url, iso(r.publishedAt)]), [
    ['망원동 망원한강공원 쓰레기 무단투기 단속', 'https://news.mapo.example/article/3101', '2024-05-01T01:00:00.000Z'],
    ['서교동 홍대 걷고싶은거리 불법 주정차 단속', 'https://news.mapo.example/article/3102', '2024-05-01T04:00:00.000Z'],
    ['연남동 경의선숲길 야간 소음 민원 대책', 'https://news.mapo.example/article/3103', '2024-04-30T11:00:00.000Z'],
  ]);
  const euc = parseNewsFeedPage(page(bytes('euc-kr-rss.xml'), 'http://www.nowon.example/rss.asp', 'text/xml; charset=utf-8'));
  t.deepEqual(euc.records.map((r) => r.title), ['상계동 수락산 등산로 정비 공사 안내', '중계동 학원가 불법 주정차 단속 강화', '노원구 미세먼지 쉼터 운영 확대']);
  t.is(euc.records[0]!.url, 'http://www.nowon.example/bbs/view.asp?no=512&cate=news');
});

test('a byte-order mark changes nothing', (t) => {
  const plain = parseNewsFeedPage(page(bytes('rdf-feed.xml')));
  const withBom = parseNewsFeedPage(page(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes('rdf-feed.xml')])));
  t.deepEqual(withBom, plain);
});

test('an entry without a date takes the feed\'s; with neither it is rejected', (t) => {
  const feed = (channelDate: string) =>
    `<rss version="2.0"><channel><title>T</title>${channelDate}<item><title>날짜 없는 공지</title><guid isPermaLink="false">n1</guid></item></channel></rss>`;
  const dated = parseNewsFeedPage(page(feed('<lastBuildDate>Wed, 01 May 2024 12:00:00 +0900</lastBuildDate>')));
  t.is(iso(dated.records[0]!.publishedAt), '2024-05-01T03:00:00.000Z');
  t.false(dated.records[0]!.synthetic, 'no synthetic mark');
  const undated = parseNewsFeedPage(page(feed('')));
  t.deepEqual(undated.records, []);
  t.regex(undated.rejects[0]!.reason, /no date: neither the entry nor the feed has one/);
  t.deepEqual(JSON.parse(undated.rejects[0]!.raw), { guid: 'n1', title: '날짜 없는 공지', summary: null, link: null, date: null, author: null, language: null, categories: [] });
});

test('unreadable pages: broken XML, HTML, a feed that could not be fetched', (t) => {
  t.throws(() => parseNewsFeedPage(page(bytes('broken.xml'))), { instanceOf: ParseError, message: /^not well-formed XML/ });
  t.throws(() => parseNewsFeedPage(page('<html><head><title>점검 중</title></head><body></body></html>', undefined, 'text/html')), { instanceOf: ParseError, message: /the document is <html>/ });
  const failed = page(JSON.stringify({ url: 'https://x.example/rss', error: 'UnrecoverableSourceError: HTTP 404 from https://x.example/rss' }), 'https://x.example/rss', FEED_ERROR_CONTENT_TYPE);
  t.throws(() => parseNewsFeedPage(failed), { instanceOf: ParseError, message: 'the feed could not be fetched: UnrecoverableSourceError: HTTP 404 from https://x.example/rss' });
  t.throws(() => parseNewsFeedPage(page(Buffer.from('<?xml version="1.0" encoding="x-unknown"?><rss/>'))), { instanceOf: ParseError, message: /unknown character encoding/ });
});

test('an empty feed is empty', (t) => {
  t.deepEqual(parseNewsFeedPage(page('<rss version="2.0"><channel><title>비어 있음</title></channel></rss>')), { records: [], rejects: [] });
  t.deepEqual(parseNewsFeedPage(page('<feed xmlns="http://www.w3.org/2005/Atom"><title>empty</title></feed>')), { records: [], rejects: [] });
});
