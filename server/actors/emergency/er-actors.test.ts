import test from 'ava';
import type { EventEnvelope } from '../../contracts/index.ts';
import { createActorSystem } from '../runtime/system.ts';
import { silentLog, waitFor } from '../runtime/testing.ts';
import { startErActors } from './er-actors.ts';

const report = (hospital: string, available: number, at: string, extra: object = {}): EventEnvelope => ({
  v: 1,
  id: `er-beds:${hospital}:${at}`,
  source: 'er-beds',
  kind: 'er.reported',
  observedAt: at,
  entity: `hospital:${hospital}`,
  district: '11680',
  payload: {
    hospital,
    name: { ko: '삼성서울병원', en: 'Samsung Medical Center' },
    district: '11680',
    lon: 127.0857,
    lat: 37.4881,
    level: 'regional-center',
    beds: { total: 40, available },
    synthetic: true,
    ...extra,
  },
});

test('the board keeps each hospital\'s newest report and publishes them sorted by hospital', async (t) => {
  const system = createActorSystem({ log: silentLog() });
  const emitted: unknown[] = [];
  const er = startErActors(system, { emit: (_c, d) => emitted.push(d), minIntervalMs: 0 });
  er.observeAll([report('samsung', 7, '2026-11-27T01:00:00.000Z'), report('asan', 3, '2026-11-27T01:00:00.000Z')]);
  await waitFor(() => er.latest().length === 2);
  er.observeAll([report('samsung', 9, '2026-11-27T00:59:00.000Z'), report('samsung', 5, '2026-11-27T01:01:00.000Z')]);
  await waitFor(() => er.latest().find((r) => r.hospital === 'samsung')?.beds.available === 5);
  t.deepEqual(er.latest().map((r) => [r.hospital, r.beds.available, r.asOf]), [
    ['asan', 3, '2026-11-27T01:00:00.000Z'],
    ['samsung', 5, '2026-11-27T01:01:00.000Z'],
  ]);
  t.true(emitted.length >= 1);
  await system.stopAll();
});

test('a report that breaks the contract is counted and dropped; other kinds are passed over', async (t) => {
  const system = createActorSystem({ log: silentLog() });
  const er = startErActors(system, { emit: () => {} });
  er.observeAll([report('samsung', 7, '2026-11-27T01:00:00.000Z', { level: 'field-hospital' }), { ...report('x', 1, '2026-11-27T01:00:00.000Z'), kind: 'air.observed' }]);
  t.deepEqual(er.counters(), { observed: 0, invalid: 1 });
  await system.stopAll();
});
