import test from 'ava';
import type { Complaint } from '../../contracts/index.ts';
import { createActorSystem } from '../runtime/system.ts';
import { silentLog, sleep, waitFor } from '../runtime/testing.ts';
import { startComplaintActors, type ComplaintActorsOptions } from './complaint-actors.ts';
import { complaintChannels } from './live.ts';
import { ComplaintBoardSchema, ComplaintKpiBoardSchema, RisingIssuesSchema, type ComplaintBoard, type RisingIssue, type RisingIssues } from './schemas.ts';
import { CATEGORIES, D, filed, foldAll, H, iso, ROADS_DEPT, status, T0 } from './testing.ts';

const FEED = complaintChannels.feed();
const KPIS = complaintChannels.kpis();
const RISING = complaintChannels.rising();

const setup = (extra: Partial<ComplaintActorsOptions> = {}) => {
  let clock = T0;
  const emitted: Array<{ channel: string; data: unknown }> = [];
  const saved: Complaint[] = [];
  const system = createActorSystem({ log: silentLog(), now: () => clock });
  const complaints = startComplaintActors(system, {
    log: silentLog(), now: () => clock, feedIntervalMs: 0, kpiIntervalMs: 0, categories: CATEGORIES,
    emit: (channel, data) => void emitted.push({ channel, data }),
    save: async (c) => void saved.push(c),
    ...extra,
  });
  const of = (channel: string) => emitted.filter((e) => e.channel === channel).map((e) => e.data);
  return { system, complaints, saved, of, advance: (ms: number) => (clock += ms) };
};

test('a lifecycle is saved at every change and shown on the feed and in the KPIs', async (t) => {
  const { system, complaints, saved, of, advance } = setup({ districts: ['11110'] });
  t.deepEqual(await complaints.observeAll([filed('1', T0)]), { routed: 1, invalid: 0, persisted: true });
  advance(H);
  await complaints.observeAll([status('1', 'assigned', T0 + H, { department: ROADS_DEPT })]);
  advance(D);
  await complaints.observeAll([status('1', 'answered', T0 + D), status('1', 'closed', T0 + 2 * D)]);
  t.deepEqual(saved.map((c) => c.status), ['received', 'assigned', 'answered', 'closed']);
  await waitFor(() => complaints.feed()?.complaints[0]?.status === 'closed');
  t.true(of(FEED).every((b) => ComplaintBoardSchema.safeParse(b).success));
  t.deepEqual(complaints.feed()?.complaints[0], {
    id: 'dasan-120:1', category: 'illegal-parking', district: '11680', status: 'closed', requestedAt: iso(T0), title: '횡단보도 위 불법 주정차',
  });
  await waitFor(() => complaints.kpis()[0]?.answered === 1);
  t.true(ComplaintKpiBoardSchema.safeParse(of(KPIS).at(-1)).success);
  t.like(complaints.kpis()[0], { scope: { kind: 'city' }, received: 1, open: 0, answered: 1, answeredWithinSla: 1, medianAnswerHours: 24 });
  t.deepEqual(complaints.kpis().map((k) => (k.scope.kind === 'department' ? k.scope.department.ko : k.scope.kind === 'district' ? k.scope.district : 'city')), [
    'city', '11110', '11680', ROADS_DEPT.ko,
  ]);
  t.like(complaints.counters(), { accepted: 4, duplicates: 0, invalid: 0 });
  await system.stopAll();
});

test('repeats are acknowledged without a save; out-of-order statuses fill in; invalid events are counted', async (t) => {
  const { system, complaints, saved } = setup();
  await complaints.observeAll([filed('1', T0), status('1', 'closed', T0 + 3 * D)]);
  const r = await complaints.observeAll([filed('1', T0), status('1', 'closed', T0 + 3 * D), status('1', 'answered', T0 + 2 * D), { junk: true }, null]);
  t.deepEqual(r, { routed: 3, invalid: 2, persisted: true });
  t.deepEqual(saved.map((c) => [c.status, c.answeredAt]), [['received', null], ['closed', null], ['closed', iso(T0 + 2 * D)]]);
  t.like(complaints.counters(), { accepted: 3, duplicates: 2, invalid: 2 });
  t.is(system.stats().failed, 0);
  await system.stopAll();
});

test('a status before its filing is held unsaved, then folded in', async (t) => {
  const { system, complaints, saved } = setup();
  t.true((await complaints.observeAll([status('1', 'assigned', T0 + H)])).persisted);
  t.is(saved.length, 0);
  await complaints.observeAll([filed('1', T0)]);
  t.like(saved[0], { status: 'assigned', history: [{ status: 'received' }, { status: 'assigned' }] });
  t.like(complaints.counters(), { held: 1, accepted: 2 });
  await system.stopAll();
});

test('a failed save is reported as not persisted and retried', async (t) => {
  let fail = true;
  const saved: Complaint[] = [];
  const { system, complaints } = setup({
    save: async (c) => {
      if (fail) throw new Error('database down');
      saved.push(c);
    },
  });
  t.deepEqual(await complaints.observeAll([filed('1', T0)]), { routed: 1, invalid: 0, persisted: false });
  t.is(complaints.counters().saveFailures, 1);
  fail = false;
  complaints.tick();
  await waitFor(() => saved.length === 1);
  t.true((await complaints.observeAll([filed('1', T0)])).persisted, 'once saved, a redelivery is acknowledged');
  await system.stopAll();
});

test('seeded complaints are resumed: on the feed at once; the backlog falls due with time', async (t) => {
  const open = foldAll([filed('1', T0 - 6 * D)], T0 - 6 * D);
  const done = foldAll([filed('0', T0 - 10 * D), status('0', 'answered', T0 - 9 * D)], T0 - 9 * D);
  const { system, complaints, of, advance } = setup({ seed: [done, open, { ...open, id: 'not an id' } as Complaint] });
  await waitFor(() => of(FEED).length === 1);
  t.deepEqual((of(FEED)[0] as ComplaintBoard).complaints.map((c) => c.id), ['dasan-120:1', 'dasan-120:0']);
  t.like(complaints.kpis()[0], { received: 2, open: 1, overdue: 0, answered: 1 });
  advance(D + 1);
  complaints.tick();
  await waitFor(() => complaints.kpis()[0]?.overdue === 1);
  t.is(of(FEED).length, 1, 'the feed did not change');
  await system.stopAll();
});

test('idle complaint actors passivate and come back from memory; forgotten ones from the store', async (t) => {
  const loaded: string[] = [];
  const stored = new Map<string, Complaint>();
  const { system, complaints, advance } = setup({
    idleMs: 10,
    save: async (c) => void stored.set(c.id, c),
    load: async (id) => (loaded.push(id), stored.get(id) ?? null),
  });
  await complaints.observeAll([filed('1', T0), status('1', 'answered', T0 + D)]);
  t.deepEqual(loaded, ['dasan-120:1'], 'a new complaint is looked up once (it may be stored from before a restart)');
  await waitFor(() => system.stats().passivated === 1);
  await complaints.observeAll([status('1', 'assigned', T0 + H)]);
  t.deepEqual(loaded, ['dasan-120:1'], 'revived from memory');
  advance(2 * H);
  complaints.tick();
  await waitFor(() => !system.has('complaint:dasan-120:1'));
  t.true((await complaints.observeAll([status('1', 'reopened', T0 + 3 * D)])).persisted);
  t.deepEqual(loaded, ['dasan-120:1', 'dasan-120:1']);
  t.like(stored.get('dasan-120:1'), { status: 'reopened', reopened: 1, dueAt: iso(T0 + 10 * D) });
  t.deepEqual(stored.get('dasan-120:1')?.history.map((e) => e.status), ['received', 'assigned', 'answered', 'reopened']);
  await system.stopAll();
});

test('an unknown category gets 7 days and is counted under its own code', async (t) => {
  const { system, complaints, saved } = setup();
  await complaints.observeAll([filed('1', T0, { category: 'stray-cats' }), filed('2', T0, { category: 'road-damage' })]);
  t.deepEqual(saved.map((c) => c.dueAt), [iso(T0 + 7 * D), iso(T0 + 3 * D)]);
  await waitFor(() => complaints.kpis()[0]?.received === 2);
  t.deepEqual(complaints.kpis()[0]?.topCategories, [{ category: 'road-damage', count: 1 }, { category: 'stray-cats', count: 1 }]);
  await system.stopAll();
});

test('a rising issue is raised once from the resumed baseline, then cleared the next day', async (t) => {
  // 28 quiet days before T0: 2 noise complaints a day in 11680 (synthetic)
  const seed = Array.from({ length: 56 }, (_, k) => foldAll([filed(`s${k}`, T0 - (Math.floor(k / 2) + 1) * D, { category: 'noise' })]));
  const raised: RisingIssue[] = [];
  const { system, complaints, of, advance } = setup({ seed, historySince: T0 - 29 * D, onRising: (i) => void raised.push(i) });
  const today = Array.from({ length: 14 }, (_, k) => filed(`t${k}`, T0 + k * 60_000, { category: 'noise' }));
  await complaints.observeAll(today.slice(0, 7));
  await complaints.observeAll(today.slice(7));
  await waitFor(() => complaints.rising().length === 1 && complaints.rising()[0]?.count === 14);
  t.like(complaints.rising()[0], { district: '11680', category: 'noise', day: '2026-11-27', expected: 2, ratio: 7 });
  t.deepEqual(raised.map((i) => i.category), ['noise'], 'raised once');
  t.true(of(RISING).every((r) => RisingIssuesSchema.safeParse(r).success));
  t.is(complaints.counters().raised, 1);
  advance(D);
  complaints.tick();
  await waitFor(() => complaints.rising().length === 0);
  t.deepEqual((of(RISING).at(-1) as RisingIssues).issues, []);
  t.like(complaints.counters(), { raised: 1, cleared: 1 });
  await system.stopAll();
});

test('the feed and the KPIs are rate-limited: the first change at once, the rest folded into one', async (t) => {
  // intervals long enough that a slow machine still sees the second batch land inside them
  const { system, complaints, of } = setup({ feedIntervalMs: 500, kpiIntervalMs: 1000 });
  await complaints.observeAll([filed('1', T0 - H)]);
  await waitFor(() => of(KPIS).length === 1 && of(FEED).length === 1);
  const sent = Date.now();
  await complaints.observeAll([filed('2', T0), filed('3', T0), status('1', 'answered', T0)]);
  if (Date.now() - sent < 400) t.deepEqual([of(FEED).length, of(KPIS).length], [1, 1]);
  await waitFor(() => of(FEED).length === 2, 2000);
  await waitFor(() => of(KPIS).length === 2, 2000);
  await sleep(300);
  t.deepEqual([of(FEED).length, of(KPIS).length], [2, 2]);
  t.is((of(FEED)[1] as ComplaintBoard).complaints.length, 3);
  t.like(complaints.kpis()[0], { received: 3, answered: 1, medianAnswerHours: 1 });
  await system.stopAll();
});
