import test from 'ava';
import { createApp } from '../app.ts';
import { testDeps } from '../testing.ts';
import { safeNext, signInPage } from './sign-in.ts';

test('next is a path of this site only', (t) => {
  t.is(safeNext('/wall/?role=district-head&district=11680'), '/wall/?role=district-head&district=11680');
  for (const bad of [undefined, '', '//evil.example/x', 'https://evil.example', '/\\evil.example', 'wall']) t.is(safeNext(bad), '/wall/', String(bad));
});

test('the page is labelled, in the asked language, and escapes what it echoes', (t) => {
  const ko = signInPage('ko', '/wall/?a="><script>');
  t.regex(ko, /<html lang="ko">/);
  t.regex(ko, /<label for="login">아이디<\/label>/);
  t.notRegex(ko, /<script>(?!<)/);
  t.regex(signInPage('en', '/wall/'), /<button type="submit">Sign in<\/button>/);
});

test('served to anyone, with its script and style as files (no inline script)', async (t) => {
  const app = createApp(testDeps().deps);
  const page = await app.request('/sign-in?lang=en&next=//evil.example');
  t.is(page.status, 200);
  const html = await page.text();
  t.regex(html, /data-next="\/wall\/"/);
  t.notRegex(html, /<script>[^<]/);
  t.is((await app.request('/sign-in.js')).status, 200);
  t.is((await app.request('/sign-in.css')).headers.get('content-type'), 'text/css; charset=utf-8');
});
