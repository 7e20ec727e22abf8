import test from 'ava';
import {
  IncidentBoardSchema, IncidentKpiBoardSchema, IncidentEscalationsSchema, type Incident, type IncidentBoard,
} from '../../contracts/index.ts';
import { createActorSystem } from '../runtime/system.ts';
import { silentLog, sleep, waitFor } from '../runtime/testing.ts';
import { startIncidentActors, type IncidentActorsOptions } from './incident-actors.ts';
import { INCIDENT_TARGETS } from './targets.ts';
import { foldAll, progress, reported, T0 } from './testing.ts';

const S = 1000;
const H = 3_600_000;

const setup = (extra: Partial<IncidentActorsOptions> = {}) => {
  let clock = T0;
  const emitted: Array<{ channel: string; data: unknown }> = [];
  const saved: Incident[] = [];
  const system = createActorSystem({ log: silentLog(), now: () => clock });
  const incidents = startIncidentActors(system, {
    log: silentLog(), now: () => clock, boardIntervalMs: 0, kpiIntervalMs: 0,
    emit: (channel, data) => void emitted.push({ channel, data }),
    save: async (i) => void saved.push(i),
    ...extra,
  });
  const of = (channel: string) => emitted.filter((e) => e.channel === channel).map((e) => e.data);
  return { system, incidents, emitted, saved, of, advance: (ms: number) => (clock += ms), now: () => clock };
};

const CH = 'incidents/incident/fire-119_d1';

test('a lifecycle is saved at every stage and published on its channel, the board and the KPIs', async (t) => {
  const { system, incidents, saved, of, advance } = setup();
  t.deepEqual(await incidents.observeAll([reported('1', T0)]), { routed: 1, invalid: 0, persisted: true });
  advance(50 * S);
  await incidents.observeAll([progress('1', 'dispatched', T0 + 50 * S)]);
  advance(400 * S);
  await incidents.observeAll([progress('1', 'arrived', T0 + 450 * S), progress('1', 'resolved', T0 + 900 * S, { casualties: { deaths: 0, injuries: 1 } })]);
  t.deepEqual(saved.map((i) => i.stage), ['reported', 'dispatched', 'arrived', 'resolved']);
  t.deepEqual((of(CH) as Incident[]).map((i) => i.stage), ['reported', 'dispatched', 'arrived', 'resolved']);
  const last = saved.at(-1) as Incident;
  t.deepEqual(last.durations, { dispatchS: 50, travelS: 400, onSceneS: 450 });
  await waitFor(() => (incidents.board()?.incidents[0]?.stage ?? '') === 'resolved');
  const boards = of('incidents/city/active') as IncidentBoard[];
  t.true(boards.every((b) => IncidentBoardSchema.safeParse(b).success));
  await waitFor(() => incidents.kpis()[0]?.injuries === 1);
  const kpiBoard = of('incidents/kpi/all').at(-1);
  t.true(IncidentKpiBoardSchema.safeParse(kpiBoard).success);
  t.like(incidents.kpis()[0], { scope: 'city', agency: 'fire', reported: 1, arrived: 1, withinTarget: 1, medianTravelS: 400 });
  t.deepEqual(incidents.kpis().map((k) => k.scope), ['city', 'city', '11680', '11680']);
  t.like(incidents.counters(), { accepted: 4, duplicates: 0, invalid: 0 });
  await system.stopAll();
});

test('duplicates are acknowledged without a save; out-of-order stages fill in; invalid events are counted', async (t) => {
  const { system, incidents, saved } = setup();
  await incidents.observeAll([reported('1', T0), progress('1', 'resolved', T0 + 900 * S)]);
  const r = await incidents.observeAll([reported('1', T0), progress('1', 'resolved', T0 + 900 * S), progress('1', 'arrived', T0 + 500 * S), { junk: true }, null]);
  t.deepEqual(r, { routed: 3, invalid: 2, persisted: true });
  t.deepEqual(saved.map((i) => [i.stage, i.times.arrived]), [['reported', null], ['resolved', null], ['resolved', new Date(T0 + 500 * S).toISOString()]]);
  t.like(incidents.counters(), { accepted: 3, duplicates: 2, invalid: 2 });
  t.is(system.stats().failed, 0);
  await system.stopAll();
});

test('progress before its report is held unsaved, then folded in', async (t) => {
  const { system, incidents, saved, of } = setup();
  t.true((await incidents.observeAll([progress('1', 'dispatched', T0 + 30 * S)])).persisted);
  t.deepEqual([saved.length, of(CH).length], [0, 0]);
  await incidents.observeAll([reported('1', T0)]);
  t.like(saved[0], { stage: 'dispatched', durations: { dispatchS: 30, travelS: null, onSceneS: null } });
  t.like(incidents.counters(), { held: 1, accepted: 2 });
  await system.stopAll();
});

test('a stage overdue is escalated once, on tick, and recorded in the incident', async (t) => {
  const { system, incidents, saved, of, advance } = setup();
  await incidents.observeAll([reported('1', T0)]);
  advance(61 * S);
  incidents.tick();
  await waitFor(() => of('incidents/city/escalations').length === 1);
  const esc = of('incidents/city/escalations')[0];
  t.true(IncidentEscalationsSchema.safeParse(esc).success);
  t.like(incidents.escalations()[0], { incident: 'fire-119:1', awaiting: 'dispatched', targetS: 60 });
  await waitFor(() => saved.length === 2);
  t.deepEqual(saved[1]?.late.map((l) => l.awaiting), ['dispatched']);
  advance(60 * S);
  incidents.tick();
  await sleep(20);
  t.is(of('incidents/city/escalations').length, 1);
  t.is(incidents.counters().escalated, 1);
  await system.stopAll();
});

test('the lateness timer fires on its own (real clock, short targets)', async (t) => {
  const system = createActorSystem({ log: silentLog() });
  const emitted: string[] = [];
  const targets = { ...INCIDENT_TARGETS, fire: { ...INCIDENT_TARGETS.fire, dispatchS: 0.05 } };
  const incidents = startIncidentActors(system, {
    log: silentLog(), targets, boardIntervalMs: 0, kpiIntervalMs: 0,
    emit: (channel) => void emitted.push(channel), save: async () => {},
  });
  await incidents.observeAll([reported('1', Date.now())]);
  await waitFor(() => emitted.includes('incidents/city/escalations'), 2000);
  t.is(incidents.escalations()[0]?.awaiting, 'dispatched');
  await system.stopAll();
});

test('a failed save is reported as not persisted and retried', async (t) => {
  let fail = true;
  const saved: Incident[] = [];
  const { system, incidents } = setup({
    save: async (i) => {
      if (fail) throw new Error('database down');
      saved.push(i);
    },
  });
  t.deepEqual(await incidents.observeAll([reported('1', T0)]), { routed: 1, invalid: 0, persisted: false });
  t.is(incidents.counters().saveFailures, 1);
  fail = false;
  incidents.tick();
  await waitFor(() => saved.length === 1);
  t.is(saved[0]?.id, 'fire-119:1');
  t.true((await incidents.observeAll([reported('1', T0)])).persisted, 'once saved, a redelivery is acknowledged');
  await system.stopAll();
});

test('seeded incidents are resumed: on the board at once, and judged for lateness', async (t) => {
  const seed = foldAll([reported('1', T0 - 30 * S), progress('1', 'dispatched', T0 - 20 * S)]);
  const earlier = foldAll([reported('0', T0 - 5 * H), progress('0', 'arrived', T0 - 5 * H + 300 * S), progress('0', 'resolved', T0 - 4 * H)], T0 - 4 * H);
  const { system, incidents, of, advance } = setup({ seed: [earlier, seed, { ...seed, id: 'not an id' } as Incident] });
  await waitFor(() => of('incidents/city/active').length === 1);
  t.deepEqual((of('incidents/city/active')[0] as IncidentBoard).incidents, [seed], 'resolved long ago: not on the board');
  t.like(incidents.kpis()[0], { reported: 2, open: 1 }, 'but in the KPIs');
  advance(401 * S);
  incidents.tick();
  await waitFor(() => incidents.escalations().length === 1);
  t.like(incidents.escalations()[0], { awaiting: 'arrived', targetS: 420 });
  await system.stopAll();
});

test('idle incident actors passivate and come back from memory; forgotten ones from the store', async (t) => {
  const loaded: string[] = [];
  const stored = new Map<string, Incident>();
  const { system, incidents, advance } = setup({
    idleMs: 10,
    save: async (i) => void stored.set(i.id, i),
    load: async (id) => (loaded.push(id), stored.get(id) ?? null),
  });
  await incidents.observeAll([reported('1', T0), progress('1', 'resolved', T0 + 100 * S)]);
  t.deepEqual(loaded, ['fire-119:1'], 'a new incident is looked up once (it may be stored from before a restart)');
  await waitFor(() => system.stats().passivated === 1);
  await incidents.observeAll([progress('1', 'arrived', T0 + 50 * S)]);
  t.deepEqual(loaded, ['fire-119:1'], 'revived from memory');
  t.is(stored.get('fire-119:1')?.times.arrived, new Date(T0 + 50 * S).toISOString());
  advance(2 * H);
  incidents.tick();
  await waitFor(() => !system.has('incident:fire-119:1'));
  const r = await incidents.observeAll([progress('1', 'dispatched', T0 + 10 * S)]);
  t.true(r.persisted);
  t.deepEqual(loaded, ['fire-119:1', 'fire-119:1']);
  t.like(stored.get('fire-119:1'), { stage: 'resolved', durations: { dispatchS: 10, travelS: 40, onSceneS: 50 } });
  await system.stopAll();
});

test('resolved incidents leave the board after an hour; progress without a report is dropped after a while', async (t) => {
  const { system, incidents, advance } = setup({ orphanAfterMs: H });
  await incidents.observeAll([reported('1', T0), progress('1', 'resolved', T0 + 60 * S), progress('2', 'arrived', T0)]);
  await waitFor(() => incidents.board()?.incidents.length === 1);
  advance(H + 61 * S);
  incidents.tick();
  await waitFor(() => incidents.board()?.incidents.length === 0);
  await waitFor(() => incidents.counters().orphansDropped === 1);
  t.is(incidents.kpis()[0]?.reported, 1, 'still within the 24-hour KPI window');
  await system.stopAll();
});

test('the board and the KPIs are rate-limited: the first change at once, the rest folded into one', async (t) => {
  const { system, incidents, of } = setup({ boardIntervalMs: 150, kpiIntervalMs: 300 });
  await incidents.observeAll([reported('1', T0)]);
  await waitFor(() => of('incidents/kpi/all').length === 1 && of('incidents/city/active').length === 1);
  await incidents.observeAll([reported('2', T0), reported('3', T0), progress('1', 'dispatched', T0 + 30 * S)]);
  await sleep(30);
  t.deepEqual([of('incidents/city/active').length, of('incidents/kpi/all').length], [1, 1]);
  await waitFor(() => of('incidents/city/active').length === 2, 1000);
  t.is(of('incidents/kpi/all').length, 1);
  await waitFor(() => of('incidents/kpi/all').length === 2, 1000);
  await sleep(350);
  t.deepEqual([of('incidents/city/active').length, of('incidents/kpi/all').length], [2, 2]);
  t.is((of('incidents/city/active')[1] as IncidentBoard).incidents.length, 3);
  t.like(incidents.kpis()[0], { reported: 3, medianDispatchS: 30 });
  await system.stopAll();
});
