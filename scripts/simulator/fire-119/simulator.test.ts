import test from 'ava';
import { createFireSimulator } from './simulator.ts';

const t0 = Date.parse('2024-05-01T03:00:00Z'); // 12:00 KST
type Body = { response: { header: { resultCode: string }; body: { items: { item: Record<string, any>[] }; nextCursor: string | null; hasMore: boolean; serverTime: string } } };
const get = async (sim: { handler(r: Request): Promise<Response> }, path: string) => {
  const res = await sim.handler(new Request(`http://sim.test${path}`));
  return { status: res.status, body: (await res.json()) as Body };
};
const make = async (o: { seed?: number; lifecycleSpeedup?: number } = {}) => {
  const clock = { t: t0 };
  return { sim: await createFireSimulator({ now: () => clock.t, ...o }), clock };
};

test('the feed pages by cursor through every stage change exactly once, in time order', async (t) => {
  const { sim, clock } = await make();
  clock.t = t0 + 40 * 60_000;
  const all = (await get(sim, '/119/incidents?from=20240501120000&limit=1000')).body.response.body.items.item;
  t.true(all.length > 100, `${all.length} stage changes in 40 minutes`);
  const paged: Record<string, any>[] = [];
  let path = '/119/incidents?from=20240501120000&limit=37';
  for (let i = 0; i < 50; i++) {
    const { body } = await get(sim, path);
    paged.push(...body.response.body.items.item);
    if (!body.response.body.hasMore) break;
    path = `/119/incidents?since=${body.response.body.nextCursor}&limit=37`;
  }
  t.deepEqual(paged, all);
  const times = all.map((i) => i.단계일시 as string);
  t.deepEqual([...times].sort(), times);
  t.is(new Set(all.map((i) => `${i.신고번호}:${i.처리단계}`)).size, all.length);
});

test('a later request from the last cursor sees only what happened since', async (t) => {
  const { sim, clock } = await make();
  clock.t = t0 + 10 * 60_000;
  const first = (await get(sim, '/119/incidents?from=20240501120000&limit=1000')).body.response.body;
  t.false(first.hasMore);
  clock.t += 5 * 60_000;
  const next = (await get(sim, `/119/incidents?since=${first.nextCursor}&limit=1000`)).body.response.body;
  t.true(next.items.item.length > 0);
  t.true(next.items.item.every((i) => i.단계일시 >= '2024-05-01 12:10:00' && i.단계일시 <= '2024-05-01 12:15:00'));
  const both = (await get(sim, '/119/incidents?from=20240501120000&limit=1000')).body.response.body.items.item;
  t.deepEqual(both, [...first.items.item, ...next.items.item]);
});

test('stages follow each other; times and durations appear when the system knows them', async (t) => {
  const { sim, clock } = await make({ lifecycleSpeedup: 100 });
  clock.t = t0 + 20 * 60_000;
  const items = (await get(sim, '/119/incidents?from=20240501120000&limit=1000')).body.response.body.items.item;
  const byIncident = new Map<string, Record<string, any>[]>();
  for (const i of items) byIncident.set(i.신고번호, [...(byIncident.get(i.신고번호) ?? []), i]);
  const complete = [...byIncident.values()].filter((l) => l.length === 4);
  t.true(complete.length > 5);
  for (const [rep, dis, arr, res] of complete) {
    t.deepEqual([rep!.처리단계, dis!.처리단계, arr!.처리단계, res!.처리단계], ['접수', '출동', '도착', '완료']);
    t.like(rep, { 출동일시: null, 접수처리시간: null, 출동소요시간: null, 화재진압시간: null, 사고유형: '화재', 접수처리시간추정: 'Y' });
    t.true(dis!.접수처리시간 >= 30 && dis!.접수처리시간 <= 120);
    t.is(dis!.출동소요시간, null);
    t.is(typeof arr!.출동소요시간, 'number');
    t.is(res!.완료일시, res!.단계일시);
    t.is(res!.신고일시, rep!.단계일시);
    t.regex(res!.관할소방서, /소방서$/);
  }
});

test('the same seed and clock give the same feed; another seed other call-handling times', async (t) => {
  const path = '/119/incidents?from=20240501120000&limit=1000';
  const run = async (seed: number) => {
    const { sim, clock } = await make({ seed });
    clock.t = t0 + 15 * 60_000;
    return (await get(sim, path)).body.response.body.items.item;
  };
  const a = await run(119);
  t.deepEqual(await run(119), a);
  const b = await run(7);
  t.notDeepEqual(b.map((i) => i.접수처리시간), a.map((i) => i.접수처리시간));
});

test('bad parameters are HTTP 400 with result code 10; other paths 404', async (t) => {
  const { sim } = await make();
  for (const q of ['since=abc', 'from=2024-05-01', 'limit=0', 'limit=5000', 'since=1-1&from=20240501120000']) {
    const { status, body } = await get(sim, `/119/incidents?${q}`);
    t.is(status, 400, q);
    t.is(body.response.header.resultCode, '10');
  }
  t.is((await sim.handler(new Request('http://sim.test/119/other'))).status, 404);
  t.is((await sim.handler(new Request('http://sim.test/119/incidents', { method: 'POST' }))).status, 404);
});

test('nothing before the replay starts; the default is the last hour', async (t) => {
  const { sim, clock } = await make();
  t.deepEqual((await get(sim, '/119/incidents?from=20240501000000')).body.response.body.items.item.map((i) => i.단계일시), ['2024-05-01 12:00:00']);
  clock.t = t0 + 3 * 3600_000;
  const items = (await get(sim, '/119/incidents?limit=1000')).body.response.body.items.item;
  t.true(items.length > 0 && items.every((i) => i.단계일시 >= '2024-05-01 14:00:00'));
});

test('listen serves the feed over HTTP on loopback', async (t) => {
  const { sim } = await make();
  const server = await sim.listen(0);
  try {
    const res = await fetch(`${server.url}/119/incidents?from=20240501120000`);
    t.is(res.status, 200);
    t.is(((await res.json()) as Body).response.header.resultCode, '00');
  } finally {
    await server.close();
  }
});
