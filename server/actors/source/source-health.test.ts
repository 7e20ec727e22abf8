import test from 'ava';
import { SourceHealthSchema, type ConnectorRun } from '../../contracts/source-health.ts';
import { emptyTrack, evaluate, foldRun, trackFromHealth, type HealthPolicy } from './source-health.ts';

const policy: HealthPolicy = { staleAfterSeconds: 7200, failingAfter: 3 };
const T0 = Date.parse('2024-05-01T06:00:00Z');
const iso = (ms: number): string => new Date(ms).toISOString();
let n = 0;
const run = (over: Partial<ConnectorRun> = {}): ConnectorRun => ({
  runId: `r${(n += 1)}`, source: 'seoul-air', startedAt: iso(T0 - 5000), endedAt: iso(T0),
  outcome: 'ok', fetched: 25, parsed: 25, emitted: 25, dropped: 0,
  newestObservedAt: iso(T0 - 20 * 60_000), error: null, ...over,
});

test('no runs: unknown', (t) => {
  const tr = evaluate(emptyTrack('seoul-air'), T0, policy);
  t.is(tr.health.status, 'unknown');
  t.true(SourceHealthSchema.safeParse(tr.health).success);
});

test('an ok run: healthy, with lag and totals', (t) => {
  const tr = foldRun(emptyTrack('seoul-air'), run(), T0, policy);
  t.like(tr.health, {
    status: 'healthy', lastRunAt: iso(T0), lastSuccessAt: iso(T0), lagSeconds: 1200, stale: false,
    runs: 1, failures: 0, emitted: 25, dropped: 0, lastError: null,
  });
  t.true(SourceHealthSchema.safeParse(tr.health).success);
});

test('partial runs and drops degrade; the next clean run heals', (t) => {
  let tr = foldRun(emptyTrack('seoul-air'), run({ outcome: 'partial' }), T0, policy);
  t.is(tr.health.status, 'degraded');
  tr = foldRun(tr, run({ dropped: 2 }), T0, policy);
  t.is(tr.health.status, 'degraded');
  t.is(tr.health.dropped, 2);
  tr = foldRun(tr, run(), T0, policy);
  t.is(tr.health.status, 'healthy');
});

test('failing after N failed runs in a row; one failure alone only degrades', (t) => {
  let tr = foldRun(emptyTrack('seoul-air'), run(), T0, policy);
  tr = foldRun(tr, run({ outcome: 'failed', error: 'HTTP 500', newestObservedAt: null }), T0 + 1000, policy);
  t.is(tr.health.status, 'degraded');
  t.is(tr.health.lastError, 'HTTP 500');
  t.is(tr.health.lastSuccessAt, iso(T0));
  tr = foldRun(tr, run({ outcome: 'rate-limited', newestObservedAt: null }), T0 + 2000, policy);
  tr = foldRun(tr, run({ outcome: 'failed', error: 'timeout', newestObservedAt: null }), T0 + 3000, policy);
  t.is(tr.health.status, 'failing');
  t.is(tr.health.failures, 3);
  tr = foldRun(tr, run(), T0 + 4000, policy);
  t.is(tr.health.status, 'healthy');
  t.is(tr.health.lastError, 'timeout');
});

test('stale when the newest observation is older than staleAfterSeconds; tick re-evaluates', (t) => {
  const tr = foldRun(emptyTrack('seoul-air'), run(), T0, policy);
  const later = evaluate(tr, T0 + 7200 * 1000 - 20 * 60_000, policy);
  t.deepEqual([later.health.status, later.health.stale, later.health.lagSeconds], ['healthy', false, 7200]);
  const stale = evaluate(tr, T0 + 7201 * 1000 - 20 * 60_000, policy);
  t.deepEqual([stale.health.status, stale.health.stale], ['stale', true]);
  // ok runs that bring nothing newer keep it stale
  const still = foldRun(stale, run({ newestObservedAt: null }), T0 + 7300 * 1000, policy);
  t.is(still.health.status, 'stale');
  const fresh = foldRun(still, run({ newestObservedAt: iso(T0 + 7200 * 1000) }), T0 + 7300 * 1000, policy);
  t.deepEqual([fresh.health.status, fresh.health.lagSeconds], ['healthy', 100]);
});

test('runs that never bring an observation turn stale after staleAfterSeconds', (t) => {
  const tr = foldRun(emptyTrack('seoul-air'), run({ newestObservedAt: null }), T0, policy);
  t.is(tr.health.status, 'healthy');
  t.is(evaluate(tr, T0 + 7300 * 1000, policy).health.status, 'stale');
});

test('failing outranks stale', (t) => {
  let tr = emptyTrack('seoul-air');
  for (let i = 0; i < 3; i += 1) tr = foldRun(tr, run({ outcome: 'failed', newestObservedAt: null }), T0 + 8000 * 1000, policy);
  t.is(tr.health.status, 'failing');
});

test('a re-delivered run changes nothing', (t) => {
  const r = run();
  const once = foldRun(emptyTrack('seoul-air'), r, T0, policy);
  t.is(foldRun(once, r, T0, policy), once);
});

test('a persisted health resumes with its lag reconstructed', (t) => {
  const saved = foldRun(emptyTrack('seoul-air'), run(), T0, policy).health;
  const resumed = evaluate(trackFromHealth(saved, T0, policy), T0 + 60_000, policy);
  t.deepEqual([resumed.health.status, resumed.health.lagSeconds, resumed.health.runs], ['healthy', 1260, 1]);
  const failing = trackFromHealth({ ...saved, status: 'failing' }, T0, policy);
  t.is(evaluate(failing, T0, policy).health.status, 'failing');
});
