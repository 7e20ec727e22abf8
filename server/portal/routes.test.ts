import test from 'ava';
import { OpenAPIHono } from '@hono/zod-openapi';
import { pino } from 'pino';
import { createLiveHub } from '../live/hub.ts';
import { registerPortalRoutes } from './routes.ts';
import { fillHub, FIXTURE_NOW, REFERENCE_DISTRICTS, SOURCES } from './testing.ts';

function portalApp() {
  const app = new OpenAPIHono();
  const hub = createLiveHub();
  const airs = fillHub(hub);
  registerPortalRoutes(app, { hub, now: () => FIXTURE_NOW, sources: async () => SOURCES, districts: async () => REFERENCE_DISTRICTS, log: pino({ level: 'silent' }) });
  return { app, airs };
}

test('GET / answers Korean HTML, uncached, with every gu and the population of the reference layer', async (t) => {
  const { app } = portalApp();
  const res = await app.request('/');
  t.is(res.status, 200);
  t.regex(res.headers.get('content-type') ?? '', /^text\/html/);
  t.is(res.headers.get('cache-control'), 'no-store');
  t.is(res.headers.get('content-language'), 'ko');
  const body = await res.text();
  for (const d of REFERENCE_DISTRICTS) t.true(body.includes(d.nameKo), d.nameKo);
  t.true(body.includes('2025-04'));
});

test('?lang=en answers English; an unknown language falls back to Korean', async (t) => {
  const { app } = portalApp();
  t.regex(await (await app.request('/?lang=en')).text(), /<html lang="en">/);
  t.regex(await (await app.request('/?lang=xx')).text(), /<html lang="ko">/);
});

test('GET /public/wall embeds the public wall', async (t) => {
  const { app } = portalApp();
  const res = await app.request('/public/wall?lang=en');
  t.is(res.status, 200);
  t.regex(await res.text(), /<iframe src="\/wall\/\?role=public&amp;lang=en"/);
});
