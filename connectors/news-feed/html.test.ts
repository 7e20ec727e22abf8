import test from 'ava';
import { collapseWhitespace, decodeEntities, stripHtml, truncate, unwrapXml } from './html.ts';

test('entities: named, decimal and hex, once', (t) => {
  t.is(decodeEntities('AT&amp;T &lt;b&gt; &#44032;&#xAC01;&#XAC02; &middot; &nbsp;x &ldquo;q&rdquo; &hellip;'), 'AT&T <b> 가각갂 ·  x “q” …');
  t.is(decodeEntities('&amp;lt;'), '&lt;', 'decoded once only');
  t.is(decodeEntities('&unknown; & &;'), '&unknown; & &;');
  t.is(decodeEntities('&#0; &#xD800; &#1114112;'), '\uFFFD \uFFFD \uFFFD');
});

test('tags: inline ones vanish without a gap, blocks end a line, scripts and comments go', (t) => {
  t.is(stripHtml('<p><b>미세먼지</b>가 <a href="/x">심합니다</a></p><p>둘째&nbsp;줄</p>'), '미세먼지가 심합니다\n둘째 줄');
  t.is(stripHtml('a<br/>b<br>c<script>alert("x<p>")</script><style>p{}</style><!-- <p>no</p> -->d'), 'a\nb\nc d');
  t.is(stripHtml('<img src="x.png" alt="photo">사진 <IMG SRC=y>설명'), '사진 설명');
  t.is(stripHtml('&lt;script&gt;alert(1)&lt;/script&gt; 3 &lt; 5'), '<script>alert(1)</script> 3 < 5', 'escaped markup stays text');
  t.is(stripHtml('a < b and c > d'), 'a < b and c > d');
  t.is(stripHtml('  \n\n  \t x \u00a0 y \n\n'), 'x y');
});

test('raw XML: CDATA verbatim, references decoded outside it', (t) => {
  t.is(unwrapXml('<![CDATA[<p>a &amp; b</p>]]> &lt;i&gt;y&lt;/i&gt; &#44032;'), '<p>a &amp; b</p> <i>y</i> 가');
  t.is(stripHtml(unwrapXml('<![CDATA[<p>a &amp; b</p>]]> &lt;i&gt;y&lt;/i&gt;')), 'a & b\ny');
});

test('whitespace and truncation', (t) => {
  t.is(collapseWhitespace('a\u200Bb\r\n\r\n c \u3000 d'), 'ab\nc d');
  t.is(truncate('short', 10), 'short');
  t.is(truncate('one two three four five six', 20), 'one two three four…');
  t.is(truncate('가나다라마바사아자차카타파하', 6), '가나다라마…');
});
