import test from 'ava';
import type { PollPage, ProposalPage } from '../../../connectors/proposals/api.ts';
import { createProposalsSimulator, loadGuWeights } from './simulator.ts';

const gu = await loadGuWeights();
const DAY = 86_400_000;
/** Monday 2026-01-05 09:00 KST. */
const t0 = Date.parse('2026-01-05T00:00:00Z');
const make = async (o: { seed?: number } = {}) => {
  const clock = { t: t0 };
  const sim = await createProposalsSimulator({ now: () => clock.t, gu, ...o });
  const get = async <T>(path: string) => {
    const res = await sim.handler(new Request(`http://sim.test${path}`));
    return { status: res.status, body: (await res.json()) as T & { error?: string; message?: string } };
  };
  return { sim, clock, get };
};
const q = (path: string, since: string, until: string, extra = '') => `/proposals/${path}?since=${encodeURIComponent(since)}&until=${encodeURIComponent(until)}${extra}`;

test('items: the proposals that changed in the window, each as it stands at until, in number order', async (t) => {
  const { clock, get } = await make();
  clock.t = t0 + 12 * 3600_000;
  const { status, body } = await get<ProposalPage>(q('items', '2026-01-05T18:00:00+09:00', '2026-01-05T21:00:00+09:00', '&pageSize=1000'));
  t.is(status, 200);
  t.like(body, { synthetic: true, since: '2026-01-05T18:00:00+09:00', until: '2026-01-05T21:00:00+09:00', page: 1, hasMore: false });
  t.is(body.totalCount, body.items.length);
  t.true(body.items.length > 20, `${body.items.length}`);
  const lo = Date.parse('2026-01-05T18:00:00+09:00');
  const hi = Date.parse('2026-01-05T21:00:00+09:00');
  for (const i of body.items) {
    t.true(i.synthetic);
    t.regex(i.no, /^202[56]-\d{5}$/);
    t.true(Date.parse(i.updatedAt) >= lo && Date.parse(i.updatedAt) <= hi, `${i.no} ${i.updatedAt}`);
    t.true(Date.parse(i.filedAt) < Date.parse(i.deadline));
    t.is(i.gu === null, i.guCode === null);
    t.is(i.answer === null, i.status !== '답변완료');
  }
  t.true(body.items.every((c, k) => k === 0 || c.no > body.items[k - 1]!.no));
});

test('items as of until: later reads see more supports; status filters; paging cuts one fixed set', async (t) => {
  const { clock, get } = await make();
  clock.t = t0 + 40 * DAY;
  const window = (until: string, extra = '') => q('items', '2025-12-20T00:00:00+09:00', until, `&pageSize=1000${extra}`);
  const early = (await get<ProposalPage>(window('2026-01-05T12:00:00+09:00'))).body.items;
  const late = (await get<ProposalPage>(window('2026-01-25T12:00:00+09:00'))).body.items;
  const both = early.filter((e) => late.some((l) => l.no === e.no));
  t.true(both.length > 20);
  t.true(both.every((e) => late.find((l) => l.no === e.no)!.supports >= e.supports));
  t.true(both.some((e) => late.find((l) => l.no === e.no)!.supports > e.supports));
  const standing = (await get<ProposalPage>(window('2026-01-25T12:00:00+09:00', `&status=${encodeURIComponent('답변대기,답변완료')}`))).body.items;
  t.true(standing.length > 0 && standing.every((i) => i.status === '답변대기' || i.status === '답변완료'));
  t.deepEqual(standing.map((i) => i.no), late.filter((i) => i.status === '답변대기' || i.status === '답변완료').map((i) => i.no));
  const paged: typeof late = [];
  for (let page = 1; page < 100; page++) {
    const { body } = await get<ProposalPage>(q('items', '2025-12-20T00:00:00+09:00', '2026-01-25T12:00:00+09:00', `&page=${page}&pageSize=37`));
    paged.push(...body.items);
    if (!body.hasMore) break;
  }
  t.deepEqual(paged, late);
});

test('polls: those published in the window; until is capped at now; the default window is the last hour', async (t) => {
  const { clock, get } = await make();
  clock.t = t0 + 30 * DAY;
  const { body } = await get<PollPage>(q('polls', '2025-11-01T00:00:00+09:00', '2030-01-01T00:00:00Z'));
  t.is(body.until, '2026-02-04T09:00:00+09:00');
  t.true(body.polls.length > 15, `${body.polls.length}`);
  for (const p of body.polls) {
    t.true(p.synthetic && p.sampleSize >= 500 && p.sampleSize <= 1512);
    t.true(Date.parse(p.publishedAt) <= clock.t && p.fieldworkEnd < p.publishedAt.slice(0, 10));
    t.is(Math.round(p.options.reduce((s, o) => s + o.share, 0) * 10), 1000);
  }
  const plain = (await get<PollPage>('/proposals/polls')).body;
  t.like(plain, { since: '2026-02-04T08:00:00+09:00', until: '2026-02-04T09:00:00+09:00' });
});

test('determinism: the same seed and clock, the same feed', async (t) => {
  const read = async (seed: number) => {
    const { clock, get } = await make({ seed });
    clock.t = t0 + 3 * DAY;
    return (await get<ProposalPage>(q('items', '2026-01-06T00:00:00+09:00', '2026-01-07T00:00:00+09:00', '&pageSize=1000'))).body.items;
  };
  t.deepEqual(await read(500), await read(500));
  t.notDeepEqual(await read(3), await read(500));
});

test('bad parameters are HTTP 400 with a reason; other paths and methods 404', async (t) => {
  const { get, sim } = await make();
  for (const bad of ['since=yesterday', 'pageSize=0', 'pageSize=1001', 'page=x', 'status=열림', 'since=2026-01-05T10:00:00Z&until=2026-01-05T09:00:00Z']) {
    const { status, body } = await get<ProposalPage>(`/proposals/items?${bad}`);
    t.is(status, 400, bad);
    t.is(body.error, 'invalid-parameter');
    t.true((body.message ?? '').length > 0);
  }
  t.is((await get<PollPage>('/proposals/polls?until=later')).status, 400);
  t.is((await sim.handler(new Request('http://sim.test/proposals/'))).status, 404);
  t.is((await sim.handler(new Request('http://sim.test/proposals/items', { method: 'POST' }))).status, 404);
  t.is((await sim.handler(new Request('http://sim.test/proposals/items/'))).status, 200);
});
