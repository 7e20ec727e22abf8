import test from 'ava';
import type { DasanComplaintPage } from '../../../connectors/dasan-120/api.ts';
import { loadPlaces } from './places.ts';
import { createDasanSimulator } from './simulator.ts';

const places = await loadPlaces();
/** Monday 2026-01-05 09:00 KST. */
const t0 = Date.parse('2026-01-05T00:00:00Z');
const make = async (o: { seed?: number; speedup?: number } = {}) => {
  const clock = { t: t0 };
  const sim = await createDasanSimulator({ now: () => clock.t, places, historyDays: 3, ...o });
  const get = async (path: string) => {
    const res = await sim.handler(new Request(`http://sim.test${path}`));
    return { status: res.status, body: (await res.json()) as DasanComplaintPage & { error?: string; message?: string; issues?: unknown[] } };
  };
  return { sim, clock, get };
};
const q = (since: string, until: string, extra = '') => `/120/complaints?since=${encodeURIComponent(since)}&until=${encodeURIComponent(until)}${extra}`;

test('the complaints with a step in the window, each with its history so far, paged', async (t) => {
  const { clock, get } = await make();
  clock.t = t0 + 90 * 60_000;
  const { status, body } = await get(q('2026-01-05T10:00:00+09:00', '2026-01-05T10:30:00+09:00', '&pageSize=1000'));
  t.is(status, 200);
  t.like(body, { synthetic: true, since: '2026-01-05T10:00:00+09:00', until: '2026-01-05T10:30:00+09:00', page: 1, hasMore: false, serverTime: '2026-01-05T10:30:00+09:00' });
  const items = body.complaints;
  t.is(body.totalCount, items.length);
  t.true(items.length > 150, `${items.length}`);
  const lo = Date.parse('2026-01-05T10:00:00+09:00');
  const hi = Date.parse('2026-01-05T10:30:00+09:00');
  for (const c of items) {
    t.true(c.synthetic);
    t.regex(c.no, /^202[56]-\d{6}$/);
    t.is(c.history[0]!.status, '접수');
    t.is(c.history.at(-1)!.status, c.status);
    t.true(c.history.some((h) => Date.parse(h.at) >= lo && Date.parse(h.at) <= hi));
    t.true(c.history.every((h) => Date.parse(h.at) <= clock.t));
  }
  t.true(items.every((c, k) => k === 0 || c.no > items[k - 1]!.no), 'in number order');
  t.true(items.some((c) => c.history.length === 1) && items.some((c) => c.status === '종결'), 'new and closed ones alike');
  const paged: typeof items = [];
  for (let page = 1; page < 50; page++) {
    const { body: p } = await get(q('2026-01-05T10:00:00+09:00', '2026-01-05T10:30:00+09:00', `&page=${page}&pageSize=37`));
    paged.push(...p.complaints);
    if (!p.hasMore) break;
  }
  t.deepEqual(paged, items);
});

test('histories grow with the clock; until is capped at now; the default window is the last hour', async (t) => {
  const { clock, get } = await make();
  clock.t = t0 + 30 * 60_000;
  const first = (await get(q('2026-01-05T09:00:00+09:00', '2026-01-05T09:30:00+09:00', '&pageSize=1000'))).body.complaints.filter((c) => c.status === '접수' || c.status === '배정');
  t.true(first.length > 20, `${first.length}`);
  clock.t = t0 + 2 * 86_400_000;
  const later = (await get(q('2026-01-05T09:00:00+09:00', '2026-01-05T09:30:00+09:00', '&pageSize=1000'))).body.complaints;
  const again = later.find((c) => c.no === first[0]!.no)!;
  t.true(again.history.length > 1);
  t.deepEqual(again.history[0], first[0]!.history[0]);
  const capped = (await get(q('2026-01-07T08:00:00+09:00', '2030-01-01T00:00:00Z'))).body;
  t.is(capped.until, '2026-01-07T09:00:00+09:00');
  const plain = (await get('/120/complaints')).body;
  t.like(plain, { since: '2026-01-07T08:00:00+09:00', until: '2026-01-07T09:00:00+09:00' });
});

test('determinism: the same seed and clock, the same feed', async (t) => {
  const read = async (seed: number) => {
    const { clock, get } = await make({ seed });
    clock.t = t0 + 20 * 60_000;
    return (await get(q('2026-01-05T09:00:00+09:00', '2026-01-05T09:20:00+09:00', '&pageSize=1000'))).body.complaints;
  };
  t.deepEqual(await read(120), await read(120));
  t.notDeepEqual(await read(3), await read(120));
});

test('rising issues: the ground truth of the window', async (t) => {
  const { clock, get } = await make();
  clock.t = t0 + 20 * 86_400_000;
  const { body } = await get('/120/rising-issues?since=2026-01-05T00:00:00%2B09:00&until=2026-01-25T00:00:00%2B09:00');
  const issues = body.issues as { id: string; category: string; guCode: string | null; hotspotDong: string | null; start: string }[];
  t.true(issues.length > 3);
  t.true(issues.some((i) => i.guCode !== null && i.hotspotDong !== null));
  t.true(issues.every((i) => Date.parse(i.start) <= clock.t));
});

test('bad parameters are HTTP 400 with a reason; other paths and methods 404', async (t) => {
  const { get, sim } = await make();
  for (const bad of ['since=yesterday', 'pageSize=0', 'pageSize=1001', 'page=0', 'page=x', 'since=2026-01-05T10:00:00Z&until=2026-01-05T09:00:00Z']) {
    const { status, body } = await get(`/120/complaints?${bad}`);
    t.is(status, 400, bad);
    t.is(body.error, 'invalid-parameter');
    t.true((body.message ?? '').length > 0);
  }
  t.is((await sim.handler(new Request('http://sim.test/120/'))).status, 404);
  t.is((await sim.handler(new Request('http://sim.test/120/complaints', { method: 'POST' }))).status, 404);
  t.is((await sim.handler(new Request('http://sim.test/120/complaints/'))).status, 200);
});
