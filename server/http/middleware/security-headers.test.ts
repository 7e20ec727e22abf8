import test from 'ava';
import { Hono } from 'hono';
import { createApp } from '../app.ts';
import { testDeps } from '../testing.ts';
import { ProblemError } from '../problem.ts';
import { securityHeaders } from './security-headers.ts';

/** The policy the wall is checked against in Chromium (see the module comment). */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self' ws: wss:; " +
  "worker-src 'self' blob:; media-src 'self' blob:; frame-ancestors 'self'; base-uri 'none'; form-action 'self'; object-src 'none'";

const EXPECTED = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-frame-options': 'SAMEORIGIN',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'microphone=(self), camera=(self), geolocation=()',
};

function app() {
  const a = new Hono();
  a.use('*', securityHeaders());
  a.get('/ok', (c) => c.json({ ok: true }));
  a.get('/fails', () => {
    throw new ProblemError(404, 'not-found', 'Not found');
  });
  a.get('/crashes', () => {
    throw new Error('boom');
  });
  a.onError((err, c) => (err instanceof ProblemError ? c.json(err.toProblem(c.req.path), err.status) : c.json({ title: 'Internal server error' }, 500)));
  return a;
}

const headersOf = (res: Response): Record<string, string | null> => Object.fromEntries(Object.keys(EXPECTED).map((h) => [h, res.headers.get(h)]));

test('every answer carries the security headers: success, problem, crash, no route', async (t) => {
  const a = app();
  for (const path of ['/ok', '/fails', '/crashes', '/nowhere']) {
    t.deepEqual(headersOf(await a.request(path)), EXPECTED, path);
  }
});

test('around createApp: the API, unknown paths and /wall carry them', async (t) => {
  const outer = new Hono();
  outer.use('*', securityHeaders());
  const inner = createApp(testDeps().deps);
  outer.all('*', (c) => inner.fetch(c.req.raw));
  for (const path of ['/api/v1/health', '/api/v1/nothing', '/wall/']) {
    t.deepEqual(headersOf(await outer.request(path)), EXPECTED, path);
  }
});

test('the CSP allows no inline or evaluated script and no plugins', (t) => {
  const scriptSrc = /script-src ([^;]*)/.exec(CSP)?.[1] ?? '';
  t.is(scriptSrc, "'self'");
  t.notRegex(CSP, /unsafe-eval/);
  t.regex(CSP, /object-src 'none'/);
});
