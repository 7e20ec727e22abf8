import test from 'ava';
import { readFileSync } from 'node:fs';
import { HOSPITALS } from '../../../connectors/er-beds/hospitals.ts';
import type { Area } from '../../../db/reference/geo.ts';
import { contains } from '../safety-common/geo.ts';
import { ER_SITES } from './hospitals.ts';
import { createErSimulator } from './simulator.ts';

const t0 = Date.parse('2024-05-01T03:00:00Z');
type Body = { response: { header: { resultCode: string }; body: { items: { item: Record<string, any>[] }; totalCount: number; pageNo: number; numOfRows: number } } };

test('every site is an institution of the connector table and lies in its gu', (t) => {
  const gu = JSON.parse(readFileSync(new URL('../../../db/reference/districts.json', import.meta.url), 'utf8')) as { code: string; geometry: Area }[];
  const area = new Map(gu.map((g) => [g.code, g.geometry]));
  t.deepEqual(ER_SITES.map((s) => s.hpid), HOSPITALS.map((h) => h.hpid));
  for (const [i, s] of ER_SITES.entries()) t.true(contains(area.get(HOSPITALS[i]!.district)!, s.lon, s.lat), `${HOSPITALS[i]!.ko}`);
});

test('pages, the gu filter and parameter errors', async (t) => {
  const clock = { t: t0 };
  const sim = await createErSimulator({ now: () => clock.t });
  const get = async (q: string) => {
    const res = await sim.handler(new Request(`http://sim.test/er/beds?${q}`));
    return { status: res.status, body: (await res.json()) as Body };
  };
  const p2 = (await get('pageNo=2&numOfRows=12')).body.response.body;
  t.like(p2, { totalCount: 30, pageNo: 2, numOfRows: 12 });
  t.deepEqual(p2.items.item.map((i) => i.rnum), [13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24]);
  t.true(p2.items.item.every((i) => i.syntheticYn === 'Y' && i.hvidate === '20240501120000' && /^서울특별시 \S+구 \S+$/.test(i.dutyAddr)));
  const gangnam = (await get(`STAGE2=${encodeURIComponent('강남구')}&numOfRows=100`)).body.response.body;
  t.deepEqual(gangnam.items.item.map((i) => i.dutyName), ['삼성서울병원', '강남세브란스병원']);
  t.is((await get('pageNo=4&numOfRows=10')).body.response.body.items.item.length, 0);
  for (const q of ['pageNo=0', 'numOfRows=1001', 'pageNo=x']) {
    const { status, body } = await get(q);
    t.is(status, 400, q);
    t.is(body.response.header.resultCode, '10');
  }
  clock.t = t0 + 2500;
  t.is((await get('numOfRows=1')).body.response.body.items.item[0]!.hvidate, '20240501120002');
  t.is((await sim.handler(new Request('http://sim.test/er/other'))).status, 404);
});
