import test from 'ava';
import { pino } from 'pino';
import WebSocket from 'ws';
import { createAirSimulator } from '../../scripts/simulator/simulator.ts';
import { DEFAULT_FILE } from '../../scripts/simulator/defaults.ts';
import { startPlatform } from './start.ts';
import { isolatedConfig } from './testing.ts';

const log = pino({ level: 'silent' });

async function until<T>(probe: () => Promise<T | null>, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe().catch(() => null);
    if (v !== null) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 200));
  }
}

test('the running platform: real Seoul values reach the API, the history and /live', async (t) => {
  const sim = await createAirSimulator({ file: DEFAULT_FILE, speedup: 86_400 }); // a data day per second
  const simServer = await sim.listen(0);
  const iso = await isolatedConfig({ SEOUL_AIR_BASE_URL: simServer.url, CONNECTOR_EVERY_MS: '500' });
  const platform = await startPlatform(iso.config, log);
  t.teardown(async () => {
    await platform.stop();
    await simServer.close();
    await iso.cleanup();
  });
  const api = platform.api?.url ?? '';
  const get = async (path: string): Promise<any> => (await fetch(api + path)).json();

  const health = await get('/api/v1/health');
  t.like(health, { status: 'ok', modes: { database: 'postgresql', bus: 'nats', scheduler: 'bullmq', embedded: [] } });

  const first = await until(async () => {
    const body = await get('/api/v1/air/latest');
    return body.districts.length === 25 ? body : null;
  });
  for (const d of first.districts) {
    t.true(Number.isInteger(d.cai), `${d.district} has a CAI`);
    t.truthy(d.grade);
  }

  // as the replay moves on, the as-of time moves with it
  await until(async () => ((await get('/api/v1/air/latest')).asOf > first.asOf ? true : null));

  const sources = await until(async () => {
    const body = await get('/api/v1/sources');
    return body.sources[0]?.health?.status === 'healthy' ? body : null;
  });
  t.is(sources.sources[0].id, 'seoul-air');

  const history = await until(async () => {
    const body = await get('/api/v1/air/history?district=11680&bucket=1h');
    return body.series.length === 6 ? body : null;
  });
  t.is(history.servedFrom, 'rollup');

  const ws = new WebSocket(`${api.replace('http', 'ws')}/live`);
  const messages: any[] = [];
  ws.on('message', (d) => messages.push(JSON.parse(String(d))));
  await new Promise((r) => ws.once('open', r));
  ws.send(JSON.stringify({ type: 'subscribe', channels: ['air/district/11680'] }));
  await until(async () => (messages.some((m) => m.type === 'update') ? true : null));
  ws.send(JSON.stringify({ type: 'subscribe', channels: ['air/city/latest'] }));
  const city = await until(async () => messages.find((m) => m.channel === 'air/city/latest') ?? null);
  ws.close();
  t.is(city.data.length, 25, 'the city channel carries every district');
  t.is(messages[0].type, 'snapshot');
  t.is(messages[0].data.district, '11680');
  t.is(messages.find((m) => m.type === 'update').channel, 'air/district/11680');
});
