import test from 'ava';
import { parseNewsFeedPage } from '../../../connectors/news-feed/parse.ts';
import type { NewsItem } from './generator.ts';
import { escapeXml, renderRss, rfc822Kst } from './rss.ts';

const item = (over: Partial<NewsItem>): NewsItem => ({
  id: '20260513-001', at: Date.parse('2026-05-13T00:30:00Z'), lang: 'ko', title: '제목', body: '본문.', author: '대변인',
  link: 'https://news.seoul.example/sim/2026/05/13/001', district: null, topic: 'park', synthetic: true, ...over,
});

test('dates are RFC 822 in Seoul time', (t) => {
  t.is(rfc822Kst(Date.parse('2026-05-13T00:30:00.999Z')), 'Wed, 13 May 2026 09:30:00 +0900');
  t.is(rfc822Kst(Date.parse('2026-12-31T15:00:00Z')), 'Fri, 01 Jan 2027 00:00:00 +0900');
});

test('markup in a text stays text: escaped in elements, split around a CDATA end in descriptions', (t) => {
  t.is(escapeXml(`<a href="x">&'`), '&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
  const odd = item({ title: 'A & B "quoted" it\'s', body: 'Ends with ]]> and <script>x</script>. Second & last.' });
  const xml = renderRss({ title: 'T & T', link: 'https://news.seoul.example/sim/', description: 'd', self: 'http://sim.test/news/rss.xml', lastBuildDate: odd.at }, [odd]);
  const { records, rejects } = parseNewsFeedPage({ body: Buffer.from(xml), contentType: 'application/rss+xml', url: 'http://sim.test/news/rss.xml' });
  t.is(rejects.length, 0);
  t.like(records[0], { title: 'A & B "quoted" it\'s', outlet: 'T & T', author: '대변인', synthetic: true, url: odd.link, publishedAt: odd.at });
  t.is(records[0]?.text, 'Ends with ]]> and <script>x</script>.\nSecond & last.');
});

test('items are written newest first', (t) => {
  const a = item({ id: '20260513-001', at: 1000 });
  const b = item({ id: '20260513-002', at: 2000, link: 'https://news.seoul.example/sim/2026/05/13/002' });
  const xml = renderRss({ title: 't', link: 'https://x.example/', description: 'd', self: 'https://x.example/rss', lastBuildDate: 2000 }, [a, b]);
  t.true(xml.indexOf('/002</link>') < xml.indexOf('/001</link>'));
});
