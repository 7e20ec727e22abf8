import test from 'ava';
import { pino } from 'pino';
import WebSocket from 'ws';
import { createLiveHub } from '../live/hub.ts';
import { createApp } from './app.ts';
import { startHttpServer } from './server.ts';
import { createMemoryLayoutStore } from '../layouts/memory.ts';
import { testDeps } from './testing.ts';

test('/live over a real socket: snapshot, then updates', async (t) => {
  const hub = createLiveHub();
  hub.set('air/district/11680', { cai: 50 }, '2026-01-01T00:00:00Z');
  const app = createApp({
    ...testDeps().deps,
    log: pino({ level: 'silent' }),
    version: 't',
    now: Date.now,
    hub,
    modes: { database: 'pglite', storage: 'postgres', bus: 'memory', scheduler: 'none', embedded: [], roles: ['api'] },
    checks: async () => ({}),
    sources: async () => [],
    runs: async () => [],
    districts: async () => [],
    stations: async () => [],
    airHistory: async () => ({ rows: [], servedFrom: 'raw' }),
    layouts: createMemoryLayoutStore(),
  });
  const server = await startHttpServer(app, { port: 0, host: '127.0.0.1' });
  t.teardown(() => server.close());
  const ws = new WebSocket(`${server.url.replace('http', 'ws')}/live`);
  const messages: any[] = [];
  const got = (n: number) =>
    new Promise<void>((resolve) => {
      const check = () => (messages.length >= n ? resolve() : setTimeout(check, 5));
      check();
    });
  ws.on('message', (d) => messages.push(JSON.parse(String(d))));
  await new Promise((r) => ws.once('open', r));
  ws.send(JSON.stringify({ type: 'subscribe', channels: ['air/district/11680'] }));
  await got(1);
  hub.set('air/district/11680', { cai: 51 }, '2026-01-01T00:00:01Z');
  await got(2);
  ws.close();
  t.like(messages[0], { type: 'snapshot', data: { cai: 50 } });
  t.like(messages[1], { type: 'update', data: { cai: 51 } });
});
