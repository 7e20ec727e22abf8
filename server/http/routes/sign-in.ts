/**
 * @module http/routes/sign-in
 * GET /sign-in — the sign-in page of the wall and the API reference: a plain, accessible HTML form
 * (Korean, or English with ?lang=en) whose script posts to /api/v1/auth/login and returns to
 * `next`, a path on this site only.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';

const WORDS = {
  ko: { title: 'SCPM 로그인', heading: '서울 스마트 시티 플랫폼', login: '아이디', password: '비밀번호', submit: '로그인', other: 'English', otherLang: 'en', failed: '로그인하지 못했습니다' },
  en: { title: 'Sign in — SCPM', heading: 'Seoul Smart City Platform', login: 'Login', password: 'Password', submit: 'Sign in', other: '한국어', otherLang: 'ko', failed: 'Could not sign in' },
} as const;

const escape = (s: string): string => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** Only a path of this site: `/wall/?role=mayor` yes; `//evil.example` or `https://…` no. */
export function safeNext(next: string | undefined): string {
  return next && /^\/(?!\/)[^\s\\]*$/.test(next) ? next : '/wall/';
}

export function signInPage(lang: 'ko' | 'en', next: string): string {
  const w = WORDS[lang];
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${w.title}</title>
<link rel="stylesheet" href="/sign-in.css">
</head>
<body>
<main>
<h1>${w.heading}</h1>
<form id="sign-in" data-next="${escape(next)}" data-failed="${escape(w.failed)}">
<label for="login">${w.login}</label>
<input id="login" name="login" autocomplete="username" autocapitalize="none" required>
<label for="password">${w.password}</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">${w.submit}</button>
<p id="status" role="alert"></p>
</form>
<p><a href="/sign-in?lang=${w.otherLang}&amp;next=${encodeURIComponent(next)}" lang="${w.otherLang}">${w.other}</a></p>
</main>
<script src="/sign-in.js"></script>
</body>
</html>
`;
}

const SCRIPT = `const form = document.getElementById('sign-in');
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const status = document.getElementById('status');
  status.textContent = '';
  const body = JSON.stringify({ login: form.login.value.trim(), password: form.password.value });
  const res = await fetch('/api/v1/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  if (res.ok) return location.assign(form.dataset.next);
  const problem = await res.json().catch(() => ({}));
  status.textContent = form.dataset.failed + (problem.detail ? ': ' + problem.detail : '');
});
`;

const STYLE = `body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: #0b1220; color: #e2e8f0;
  font: 18px/1.5 'Noto Sans CJK KR', 'Noto Sans KR', system-ui, sans-serif; }
main { width: min(26rem, 90vw); }
h1 { font-size: 1.6rem; }
form { display: grid; gap: .5rem; }
input { font: inherit; padding: .6rem; border-radius: .4rem; border: 1px solid #64748b; background: #111a2e; color: inherit; }
button { font: inherit; font-weight: bold; padding: .7rem; margin-top: .8rem; border: 0; border-radius: .4rem; background: #38bdf8; color: #0b1220; cursor: pointer; }
:focus-visible { outline: 3px solid #fbbf24; outline-offset: 2px; }
a { color: #7dd3fc; }
#status { color: #fca5a5; min-height: 1.5em; }
`;

export function registerSignInRoutes(app: OpenAPIHono): void {
  app.get('/sign-in', (c) => {
    const lang = c.req.query('lang') === 'en' ? 'en' : 'ko';
    return c.html(signInPage(lang, safeNext(c.req.query('next'))), 200, { 'cache-control': 'no-store' });
  });
  app.get('/sign-in.js', (c) => c.body(SCRIPT, 200, { 'content-type': 'text/javascript; charset=utf-8' }));
  app.get('/sign-in.css', (c) => c.body(STYLE, 200, { 'content-type': 'text/css; charset=utf-8' }));
}
