import test from 'ava';
import { ParseError } from '../_kit/errors.ts';
import { absoluteUrl, escapeBareAmpersands, readFeed } from './feed-xml.ts';

const PAGE = 'https://feeds.example/rss/press.xml';

test('RSS 2.0: CDATA, escaped HTML, entities, relative links against the channel link, permalink guids', (t) => {
  const doc = readFeed(
    `<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
      <title>구청 &amp; 소식</title><link>https://www.gu.example/main/</link><language>ko</language><pubDate>Wed, 01 May 2024 09:00:00 +0900</pubDate>
      <item><title><![CDATA[<b>미세먼지</b> &amp; 황사]]></title><link>../news/1</link><description>&lt;p&gt;첫 줄&amp;nbsp;&amp;#44032;&lt;/p&gt;</description>
        <guid isPermaLink="false">17</guid><dc:creator>대기정책과</dc:creator><category>환경</category></item>
      <item><guid>https://www.gu.example/news/2</guid><content:encoded><![CDATA[<p>본문</p>]]></content:encoded></item>
    </channel></rss>`,
    PAGE,
  );
  t.deepEqual(doc.meta, { format: 'rss', title: '구청 & 소식', link: 'https://www.gu.example/main/', language: 'ko', date: 'Wed, 01 May 2024 09:00:00 +0900', categories: [] });
  t.deepEqual(doc.entries[0], { guid: '17', title: '미세먼지 & 황사', summary: '첫 줄 가', link: 'https://www.gu.example/news/1', date: null, author: '대기정책과', language: null, categories: ['환경'] });
  t.like(doc.entries[1], { guid: 'https://www.gu.example/news/2', link: 'https://www.gu.example/news/2', title: null, summary: '본문' });
});

test('Atom: html, xhtml and text constructs; xml:base; the alternate link; authors', (t) => {
  const doc = readFeed(
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en" xml:base="https://city.example/en/">
      <title type="html">City &lt;i&gt;news&lt;/i&gt;</title><updated>2024-05-01T00:00:00Z</updated><author><name>Press Office</name></author>
      <entry><title type="text">3 &lt; 5 &amp; more</title><link rel="edit" href="/edit/1"/><link rel="alternate" type="text/html" href="news/1"/>
        <id>tag:city.example,2024:1</id><published>2024-05-01T09:00:00+09:00</published>
        <content type="html">&lt;p&gt;Fix &lt;b&gt;potholes&lt;/b&gt;&lt;/p&gt;&lt;p&gt;now&lt;/p&gt;</content></entry>
      <entry xml:base="https://other.example/x/"><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">A <b>bold</b> &amp; plain title</div></title>
        <link href="y"/><updated>2024-05-02T00:00:00Z</updated><author><name>A</name></author><author><name>B</name></author>
        <summary type="html"><![CDATA[<p>cdata &amp; html</p>]]></summary><content type="text">ignored when a summary exists</content></entry>
    </feed>`,
    PAGE,
  );
  t.like(doc.meta, { format: 'atom', title: 'City news', language: 'en', date: '2024-05-01T00:00:00Z' });
  t.deepEqual(doc.entries[0], { guid: 'tag:city.example,2024:1', title: '3 < 5 & more', summary: 'Fix potholes\nnow', link: 'https://city.example/en/news/1', date: '2024-05-01T09:00:00+09:00', author: 'Press Office', language: null, categories: [] });
  t.like(doc.entries[1], { guid: null, title: 'A bold & plain title', summary: 'cdata & html', link: 'https://other.example/x/y', date: '2024-05-02T00:00:00Z', author: 'A, B' });
});

test('RDF (RSS 1.0): rdf:about as guid and link, Dublin Core fields', (t) => {
  const doc = readFeed(
    `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://gu.example/rss"><title>소식</title><link>https://gu.example/</link><dc:language>ko</dc:language><dc:subject>합성데이터</dc:subject></channel>
      <item rdf:about="https://gu.example/a/1"><title>하나</title><dc:date>2024-05-01T10:00:00+09:00</dc:date><dc:creator>홍보과</dc:creator></item>
      <item rdf:about="https://gu.example/a/2"><title>둘</title><link>/b/2</link><dc:subject>교통</dc:subject></item>
    </rdf:RDF>`,
    PAGE,
  );
  t.deepEqual(doc.meta, { format: 'rdf', title: '소식', link: 'https://gu.example/', language: 'ko', date: null, categories: ['합성데이터'] });
  t.deepEqual(doc.entries.map((e) => [e.guid, e.link, e.date, e.author, e.categories]), [
    ['https://gu.example/a/1', 'https://gu.example/a/1', '2024-05-01T10:00:00+09:00', '홍보과', []],
    ['https://gu.example/a/2', 'https://gu.example/b/2', null, null, ['교통']],
  ]);
});

test('bare ampersands are escaped; other damage makes the page unreadable', (t) => {
  t.is(escapeBareAmpersands('AT&T &amp; &#44; &#x2C; &nbsp; a=1&b=2'), 'AT&amp;T &amp; &#44; &#x2C; &nbsp; a=1&amp;b=2');
  const doc = readFeed('<rss><channel><item><title>AT&T</title><link>https://x.example/?a=1&b=2</link></item></channel></rss>', PAGE);
  t.like(doc.entries[0], { title: 'AT&T', link: 'https://x.example/?a=1&b=2' });
  t.throws(() => readFeed('<rss><channel><item><title>x</title>', PAGE), { instanceOf: ParseError, message: /^not well-formed XML/ });
  t.throws(() => readFeed('<!DOCTYPE html><html><body><p>login<br></p></body></html>', PAGE), { instanceOf: ParseError });
  t.throws(() => readFeed('<html><body><p>Maintenance</p></body></html>', PAGE), { instanceOf: ParseError, message: 'not an RSS, Atom or RDF feed: the document is <html>' });
  t.throws(() => readFeed('<rss version="2.0"></rss>', PAGE), { instanceOf: ParseError, message: 'an RSS document without a channel' });
  t.throws(() => readFeed('', PAGE), { instanceOf: ParseError });
});

test('links: absolute http(s) only', (t) => {
  t.is(absoluteUrl('/a?b=1', 'https://x.example/c/d'), 'https://x.example/a?b=1');
  t.is(absoluteUrl(' https://y.example ', 'https://x.example/'), 'https://y.example/');
  t.is(absoluteUrl('javascript:alert(1)', 'https://x.example/'), null);
  t.is(absoluteUrl('mailto:a@b.example', 'https://x.example/'), null);
  t.is(absoluteUrl('', 'https://x.example/'), null);
  t.is(absoluteUrl('http://[bad', 'https://x.example/'), null);
});
