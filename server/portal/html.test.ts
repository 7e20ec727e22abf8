import test from 'ava';
import { escapeHtml, html, trusted } from './html.ts';

test('interpolated text is escaped, in content and in attributes', (t) => {
  const name = '<script>alert("x")</script> & \'q\'';
  const out = html`<p title="${name}">${name}</p>`.value;
  t.false(out.includes('<script>'));
  t.is(out, '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;</p>');
});

test('nested templates and arrays are kept; null, undefined and false render nothing', (t) => {
  const items = ['a<b', 'c'].map((s) => html`<li>${s}</li>`);
  t.is(html`<ul>${items}</ul>${null}${undefined}${false}${0}`.value, '<ul><li>a&lt;b</li><li>c</li></ul>0');
  t.is(html`${trusted('<b>x</b>')}`.value, '<b>x</b>');
});

test('escapeHtml leaves plain text alone', (t) => {
  t.is(escapeHtml('강남구 Gangnam-gu 12:00'), '강남구 Gangnam-gu 12:00');
});
