import test from 'ava';
import { pino } from 'pino';
import WebSocket from 'ws';
import { createAirSimulator } from '../../scripts/simulator/simulator.ts';
import { DEFAULT_FILE } from '../../scripts/simulator/defaults.ts';
import { startSafetySimulators } from '../../scripts/simulator/safety.ts';
import { startOpinionSimulators } from '../../scripts/simulator/opinion.ts';
import { parseRequestReceipts, parseRequests, parseServices } from '../../connectors/open311/index.ts';
import { createDbKeyStore } from '../keys/api-keys.ts';
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
  // the 119 replay at a data day per second, each incident's stages 600 times faster than real time
  const safety = await startSafetySimulators({ speedup: 86_400, lifecycleSpeedup: 600, port: 0, host: '127.0.0.1' });
  // the 120 feed in real time, busy enough that a 30-minute window always holds complaints
  const opinion = await startOpinionSimulators({ port: 0, host: '127.0.0.1', complaintsPerDay: 40_000, historyDays: 1 });
  const iso = await isolatedConfig({
    DASAN_120_BASE_URL: opinion.urls.dasan120,
    SOCIAL_SIM_BASE_URL: opinion.urls.social,
    PROPOSALS_BASE_URL: opinion.urls.proposals,
    BUDGET_BASE_URL: opinion.urls.budget,
    SEOUL_AIR_BASE_URL: simServer.url,
    FIRE_119_BASE_URL: safety.urls.fire119,
    POLICE_112_BASE_URL: safety.urls.police112,
    ER_BEDS_BASE_URL: safety.urls.erBeds,
    CONNECTOR_EVERY_MS: '500',
  });
  const platform = await startPlatform(iso.config, log);
  t.teardown(async () => {
    await platform.stop();
    await simServer.close();
    await safety.close();
    await opinion.close();
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
    return body.sources.every((s: any) => s.health?.status === 'healthy') ? body : null;
  });
  t.deepEqual(sources.sources.map((s: any) => s.id).sort(), ['budget', 'dasan-120', 'er-beds', 'fire-119', 'police-112', 'proposals', 'seoul-air', 'social-sim']);

  // replayed 119 fires are stored with the real dispatch figures and served by area
  const fires = await until(async () => {
    const body = await get('/api/v1/incidents?agency=fire&stage=resolved');
    return body.incidents.length > 0 ? body.incidents : null;
  });
  t.true(fires.every((i: any) => i.source === 'fire-119' && i.durations.travelS >= 0 && i.times.resolved !== null));
  const cameras = await get('/api/v1/cameras/counts');
  t.is(cameras.districts.length, 25, 'the camera registry covers every gu');
  t.is(cameras.synthetic, cameras.total, 'generated positions are labelled synthetic');
  t.true(cameras.total > 20_000, `Seoul's 2016 camera count (${cameras.total})`);

  // 120 complaints flow to the complaint actors and the store; the public reads them redacted
  const complaints = await until(async () => {
    const body = await get('/api/v1/complaints?limit=50');
    return body.complaints.length > 0 ? body : null;
  });
  t.is(complaints.view, 'redacted');
  t.true(complaints.complaints.every((c: any) => c.source === 'dasan-120' && c.synthetic && c.reporter.name === null));

  // an Open311 client lists the services, files a request with a key and reads it back, with our own reader
  const services = parseServices(await (await fetch(`${api}/open311/v2/services.xml`)).text());
  t.true(services.some((s) => s.service_code === 'illegal-parking'));
  const key = await createDbKeyStore(platform.services.db).create({ name: 'gangnam-311', scope: { districts: [], resources: ['complaints'], access: 'write' }, createdBy: 'test' });
  const form = new URLSearchParams({ api_key: key.key, service_code: 'illegal-parking', lat: '37.4979', long: '127.0276', description: '강남역 11번 출구 앞 불법 주정차 차량' });
  const posted = await fetch(`${api}/open311/v2/requests.json`, { method: 'POST', body: form });
  t.is(posted.status, 200);
  const [receipt] = parseRequestReceipts(await posted.text());
  const id = receipt?.service_request_id ?? '';
  const read = parseRequests(await (await fetch(`${api}/open311/v2/requests/${encodeURIComponent(id)}.xml`)).text());
  t.like(read.records[0], { service_request_id: id, service_code: 'illegal-parking', status: 'open' });

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
