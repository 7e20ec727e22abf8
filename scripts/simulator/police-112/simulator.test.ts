import test from 'ava';
import { loadCrimeCsv } from './crime-table.ts';
import { DEFAULT_CRIME_FILE } from './defaults.ts';
import { loadDongs } from './places.ts';
import { createPoliceSimulator } from './simulator.ts';

const table = await loadCrimeCsv(DEFAULT_CRIME_FILE);
const dongs = await loadDongs();
const t0 = Date.parse('2024-05-01T03:00:00Z');
type Body = { response: { header: { resultCode: string }; body: { items: { item: Record<string, any>[] }; nextCursor: string | null; hasMore: boolean; synthetic: boolean } } };
const make = async (o: { seed?: number } = {}) => {
  const clock = { t: t0 };
  const sim = await createPoliceSimulator({ now: () => clock.t, table, dongs, incidentsPerDay: 20, lifecycleSpeedup: 20, ...o });
  const get = async (path: string) => {
    const res = await sim.handler(new Request(`http://sim.test${path}`));
    return { status: res.status, body: (await res.json()) as Body };
  };
  return { sim, clock, get };
};

test('a synthetic feed in the 112 shape, paged by cursor, every stage change once', async (t) => {
  const { clock, get } = await make();
  clock.t = t0 + 20 * 60_000;
  const all = (await get('/112/incidents?from=20240501120000&limit=1000')).body;
  t.true(all.response.body.synthetic);
  t.false(all.response.body.hasMore);
  const items = all.response.body.items.item;
  t.true(items.length > 50, `${items.length}`);
  t.true(items.every((i) => i.합성데이터 === 'Y' && /경찰서$/.test(i.관할경찰서) && ['살인', '강도', '성폭력', '절도', '폭력'].includes(i.사건종별)));
  const paged: Record<string, any>[] = [];
  let path = '/112/incidents?from=20240501120000&limit=17';
  for (let k = 0; k < 100; k++) {
    const { body } = await get(path);
    paged.push(...body.response.body.items.item);
    if (!body.response.body.hasMore) break;
    path = `/112/incidents?since=${body.response.body.nextCursor}&limit=17`;
  }
  t.deepEqual(paged, items);
  const stages = new Map<string, string[]>();
  for (const i of items) stages.set(i.사건번호, [...(stages.get(i.사건번호) ?? []), i.처리단계]);
  for (const list of stages.values()) t.deepEqual(list, ['접수', '지령', '도착', '종결'].slice(0, list.length));
  const closed = items.find((i) => i.처리단계 === '종결')!;
  t.true(closed.접수처리시간 > 0 && closed.출동소요시간 > 0 && closed.현장처리시간 > 0);
  const call = items.find((i) => i.처리단계 === '접수')!;
  t.like(call, { 지령일시: null, 접수처리시간: null, 출동소요시간: null, 현장처리시간: null });
});

test('determinism: the same seed and clock, the same feed', async (t) => {
  const read = async (seed: number) => {
    const { clock, get } = await make({ seed });
    clock.t = t0 + 10 * 60_000;
    return (await get('/112/incidents?from=20240501120000&limit=1000')).body.response.body.items.item;
  };
  t.deepEqual(await read(112), await read(112));
  t.notDeepEqual(await read(3), await read(112));
});

test('bad parameters are code 10 with HTTP 400; other paths 404', async (t) => {
  const { get, sim } = await make();
  const { status, body } = await get('/112/incidents?since=nope');
  t.is(status, 400);
  t.is(body.response.header.resultCode, '10');
  t.is((await sim.handler(new Request('http://sim.test/112/'))).status, 404);
});
