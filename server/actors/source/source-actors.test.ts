import test from 'ava';
import type { ConnectorRun, SourceHealth } from '../../contracts/source-health.ts';
import { createActorSystem } from '../runtime/system.ts';
import { silentLog, sleep, waitFor } from '../runtime/testing.ts';
import { startSourceActors, type SourceActorsOptions } from './source-actors.ts';

const T0 = Date.parse('2024-05-01T06:00:00Z');
const iso = (ms: number): string => new Date(ms).toISOString();
let n = 0;
const run = (over: Partial<ConnectorRun> = {}): ConnectorRun => ({
  runId: `r${(n += 1)}`, source: 'seoul-air', startedAt: iso(T0 - 5000), endedAt: iso(T0),
  outcome: 'ok', fetched: 25, parsed: 25, emitted: 25, dropped: 0,
  newestObservedAt: iso(T0 - 600_000), error: null, ...over,
});

const setup = (extra: Partial<SourceActorsOptions> = {}) => {
  let clock = T0;
  const emitted: Array<{ channel: string; data: unknown }> = [];
  const system = createActorSystem({ log: silentLog(), now: () => clock });
  const sources = startSourceActors(system, {
    manifests: [{ id: 'seoul-air', staleAfterSeconds: 3600 }, { id: 'seoul-bike', staleAfterSeconds: 600 }],
    emit: (channel, data) => void emitted.push({ channel, data }), minIntervalMs: 0, ...extra,
  });
  const of = (channel: string) => emitted.filter((e) => e.channel === channel).map((e) => e.data);
  return { system, sources, of, advance: (ms: number) => (clock += ms) };
};

test('the list of all sources is emitted at start, as unknown', async (t) => {
  const { system, sources, of } = setup();
  await waitFor(() => of('sources/city/all').length === 1);
  t.deepEqual((of('sources/city/all')[0] as SourceHealth[]).map((h) => [h.source, h.status]), [['seoul-air', 'unknown'], ['seoul-bike', 'unknown']]);
  t.deepEqual(sources.latest().map((h) => h.status), ['unknown', 'unknown']);
  await system.stopAll();
});

test('a run updates the source channel and the all-sources channel', async (t) => {
  const { system, sources, of } = setup();
  t.true(sources.recordRun(run()));
  await waitFor(() => of('sources/city/all').length === 2);
  const [health] = of('sources/source/seoul-air') as SourceHealth[];
  t.like(health, { source: 'seoul-air', status: 'healthy', lagSeconds: 600, runs: 1 });
  t.deepEqual((of('sources/city/all')[1] as SourceHealth[])[0], health);
  t.is(sources.latest()[0]?.status, 'healthy');
  await system.stopAll();
});

test('tick turns a silent source stale', async (t) => {
  const { system, sources, of, advance } = setup();
  sources.recordRun(run());
  await waitFor(() => of('sources/source/seoul-air').length === 1);
  advance(3001_000);
  sources.tick();
  await waitFor(() => of('sources/source/seoul-air').length === 2);
  t.like(of('sources/source/seoul-air')[1] as SourceHealth, { status: 'stale', stale: true, lagSeconds: 3601 });
  await system.stopAll();
});

test('bad runs are counted, unknown sources are unroutable, neither crashes', async (t) => {
  const { system, sources, of } = setup();
  t.true(sources.recordRun({ ...run(), outcome: 'exploded' }));
  t.false(sources.recordRun(run({ source: 'seoul-nothing' })));
  t.false(sources.recordRun('junk'));
  sources.recordRun(run({ outcome: 'failed', error: 'HTTP 503', newestObservedAt: null }));
  await waitFor(() => of('sources/source/seoul-air').length === 1);
  t.deepEqual(sources.counters(), { recorded: 1, invalid: 1, unroutable: 2 });
  t.is(system.stats().failed, 0);
  t.is((of('sources/source/seoul-air')[0] as SourceHealth).lastError, 'HTTP 503');
  await system.stopAll();
});

test('a seeded health is resumed and re-emitted', async (t) => {
  const seed: SourceHealth = {
    source: 'seoul-air', status: 'healthy', lastRunAt: iso(T0), lastSuccessAt: iso(T0), lastError: null,
    lagSeconds: 600, stale: false, runs: 10, failures: 0, emitted: 250, dropped: 0,
  };
  const { system, sources, of, advance } = setup({ seed: [seed], seededAt: T0 });
  await waitFor(() => of('sources/city/all').length === 1);
  t.deepEqual((of('sources/city/all')[0] as SourceHealth[])[0], seed);
  advance(3001_000);
  sources.tick();
  await waitFor(() => of('sources/source/seoul-air').length === 1);
  t.like(of('sources/source/seoul-air')[0] as SourceHealth, { status: 'stale', runs: 10, lagSeconds: 3601 });
  sources.recordRun(run({ endedAt: iso(T0 + 3001_000), newestObservedAt: iso(T0 + 3000_000) }));
  await waitFor(() => of('sources/source/seoul-air').length === 2);
  t.like(of('sources/source/seoul-air')[1] as SourceHealth, { status: 'healthy', runs: 11, emitted: 275 });
  await sleep(1);
  await system.stopAll();
});
