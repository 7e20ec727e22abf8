import test from 'ava';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CSV_HEADER } from './csv.ts';
import { createAirSimulator } from './simulator.ts';

const dir = mkdtempSync(join(tmpdir(), 'air-sim-'));
const file = join(dir, 'small.csv');
const stations = ['강남구', '중구', '종로', '관악산'];
const lines = [CSV_HEADER.join(',')];
for (const date of ['20200301', '20200302', '20200304']) {
  stations.forEach((s, i) => lines.push(`${date},${s},0.0${i + 1},0.02,0.5,0.003,${30 + i},${i === 1 ? '' : 15 + i}`));
}
writeFileSync(file, lines.join('\n') + '\n');

const t0 = Date.parse('2024-05-01T03:00:00Z'); // 12:00 KST
const make = async (speedup: number, clock = { t: t0 }) => ({ sim: await createAirSimulator({ file, speedup, now: () => clock.t }), clock });
const get = async (sim: { handler(r: Request): Promise<Response> }, path: string) => {
  const res = await sim.handler(new Request(`http://sim.test${path}`));
  return { status: res.status, body: (await res.json()) as Record<string, any> };
};

test('RealtimeCityAir rebases the replay day to the wall-clock step', async (t) => {
  const { sim, clock } = await make(17_280);
  let { body } = await get(sim, '/any-key/json/RealtimeCityAir/1/1000/');
  t.is(body.RealtimeCityAir.list_total_count, 4);
  t.is(body.RealtimeCityAir.RESULT.CODE, 'INFO-000');
  const row = body.RealtimeCityAir.row[0];
  t.like(row, { MSRDT: '20240501120000', MSRSTE_NM: '강남구', MSRRGN_NM: '동남권', SRC_DE: '20200301', PM10: 30, PM25: 15, NO2: 0.01 });
  t.is(typeof row.IDEX_MVL, 'number');
  t.is(body.RealtimeCityAir.row[1].PM25, '', 'a blank cell is served as ""');
  clock.t = t0 + 7_500;
  ({ body } = await get(sim, '/k/json/RealtimeCityAir/1/1000/'));
  t.like(body.RealtimeCityAir.row[0], { MSRDT: '20240501120005', SRC_DE: '20200302' });
  clock.t = t0 + 10_000;
  ({ body } = await get(sim, '/k/json/RealtimeCityAir/1/1000/'));
  t.is(body.RealtimeCityAir.row[0].SRC_DE, '20200304', 'gaps in the file are skipped');
  clock.t = t0 + 15_000;
  ({ body } = await get(sim, '/k/json/RealtimeCityAir/1/1000/'));
  t.is(body.RealtimeCityAir.row[0].SRC_DE, '20200301', 'the replay wraps around');
});

test('steps of a minute or more use 12-digit MSRDT', async (t) => {
  const { sim } = await make(24); // one data day per hour
  const { body } = await get(sim, '/k/json/RealtimeCityAir/1/5/');
  t.is(body.RealtimeCityAir.row[0].MSRDT, '202405011200');
});

test('paging: start/end select rows, total stays the whole count, 1000 rows at most', async (t) => {
  const { sim } = await make(17_280);
  let { body } = await get(sim, '/k/json/DailyAverageAirQuality/2/3/20200302/');
  t.is(body.DailyAverageAirQuality.list_total_count, 4);
  t.deepEqual(body.DailyAverageAirQuality.row.map((r: any) => r.MSRSTE_NM), ['중구', '종로']);
  t.like(body.DailyAverageAirQuality.row[0], { MSRDT_DE: '20200302', PM25: '', PM10: 31 });
  ({ body } = await get(sim, '/k/json/DailyAverageAirQuality/5/10/20200302/'));
  t.is(body.RESULT.CODE, 'INFO-200', 'past the end');
  ({ body } = await get(sim, '/k/json/DailyAverageAirQuality/1/1001/20200302/'));
  t.is(body.RESULT.CODE, 'ERROR-336');
  ({ body } = await get(sim, '/k/json/RealtimeCityAir/0/5/'));
  t.is(body.RESULT.CODE, 'ERROR-331');
  ({ body } = await get(sim, '/k/json/RealtimeCityAir/5/1/'));
  t.is(body.RESULT.CODE, 'ERROR-332');
  ({ body } = await get(sim, '/k/json/RealtimeCityAir/a/b/'));
  t.is(body.RESULT.CODE, 'ERROR-333');
});

test('a date not in the file is INFO-200; the INVALID key is INFO-100; unknown services and types fail', async (t) => {
  const { sim } = await make(17_280);
  t.is((await get(sim, '/k/json/DailyAverageAirQuality/1/5/20200303/')).body.RESULT.CODE, 'INFO-200');
  t.is((await get(sim, '/INVALID/json/RealtimeCityAir/1/5/')).body.RESULT.CODE, 'INFO-100');
  t.is((await get(sim, '/k/json/DailyAverageAirQuality/1/5/')).body.RESULT.CODE, 'ERROR-300');
  t.is((await get(sim, '/k/json/NoSuchService/1/5/')).body.RESULT.CODE, 'ERROR-310');
  t.is((await get(sim, '/k/xml/RealtimeCityAir/1/5/')).body.RESULT.CODE, 'ERROR-301');
  t.is((await sim.handler(new Request('http://sim.test/'))).status, 404);
});

test('realtime filters by region and station like the real service', async (t) => {
  const { sim } = await make(17_280);
  const { body } = await get(sim, `/k/json/RealtimeCityAir/1/5/${encodeURIComponent('도심권')}/`);
  t.deepEqual(body.RealtimeCityAir.row.map((r: any) => r.MSRSTE_NM), ['중구', '종로']);
});

test('listen serves the handler over HTTP on loopback', async (t) => {
  const { sim } = await make(17_280);
  const server = await sim.listen(0);
  try {
    t.regex(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${server.url}/k/json/RealtimeCityAir/1/2/`);
    t.is(res.status, 200);
    t.is(((await res.json()) as any).RealtimeCityAir.row.length, 2);
  } finally {
    await server.close();
  }
});
