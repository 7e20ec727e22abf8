import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'ava';
import { createApp } from '../app.ts';
import { testDeps } from '../testing.ts';

const TABLET = '<!doctype html><html lang="ko"><body><div id="tablet"></div><script type="module" src="/wall/tablet-0123456789ab.js"></script></body></html>';

function builtWall(t: { teardown(fn: () => void): void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'scpm-wall-route-'));
  writeFileSync(join(dir, 'tablet.html'), TABLET);
  writeFileSync(join(dir, 'tablet-0123456789ab.js'), 'export {};');
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

test('/tablet serves the tablet page to anyone, never cached; its script is cached for good', async (t) => {
  const app = createApp(testDeps({ wallDir: builtWall(t) }).deps);
  const page = await app.request('/tablet?code=123456');
  t.is(page.status, 200);
  t.is(page.headers.get('content-type'), 'text/html; charset=utf-8');
  t.is(page.headers.get('cache-control'), 'no-cache');
  t.is(await page.text(), TABLET);
  t.regex(page.headers.get('content-security-policy') ?? '', /script-src 'self'/);
  const script = await app.request('/wall/tablet-0123456789ab.js');
  t.is(script.status, 200);
  t.is(script.headers.get('cache-control'), 'public, max-age=31536000, immutable');
});

test('/tablet before the wall is built says how to build it', async (t) => {
  const res = await createApp(testDeps().deps).request('/tablet');
  t.is(res.status, 503);
  t.regex(((await res.json()) as { detail: string }).detail, /npm run build/);
});
