import test from 'ava';
import { migratedTempDatabase } from '../../../db/testing/temp-database.ts';
import { getIncident, incidentsToResume, queryIncidents, upsertIncidents } from '../../store/incidents.ts';
import { createActorSystem } from '../runtime/system.ts';
import { silentLog, waitFor } from '../runtime/testing.ts';
import { startIncidentActors } from './incident-actors.ts';
import { progress, reported, T0 } from './testing.ts';

const S = 1000;
const H = 3_600_000;

test('incidents survive a restart through PostgreSQL: resumed, still judged, never set back by redeliveries', async (t) => {
  const { db, done } = await migratedTempDatabase();
  let clock = T0;
  const start = async () => {
    const system = createActorSystem({ log: silentLog(), now: () => clock });
    const escalated: unknown[] = [];
    const incidents = startIncidentActors(system, {
      log: silentLog(), now: () => clock, boardIntervalMs: 0, kpiIntervalMs: 0,
      emit: (channel, data) => void (channel === 'incidents/city/escalations' && escalated.push(data)),
      save: (i) => upsertIncidents(db, [i]),
      load: (id) => getIncident(db, id),
      seed: await incidentsToResume(db, { since: new Date(clock - 48 * H) }),
    });
    return { system, incidents, escalated };
  };
  try {
    const first = await start();
    const r = await first.incidents.observeAll([
      reported('1', T0), progress('1', 'dispatched', T0 + 40 * S),
      reported('2', T0), progress('2', 'dispatched', T0 + 30 * S), progress('2', 'arrived', T0 + 300 * S), progress('2', 'resolved', T0 + 900 * S),
    ]);
    t.deepEqual(r, { routed: 6, invalid: 0, persisted: true });
    await first.system.stopAll();

    clock = T0 + 500 * S; // incident 1 has been travelling for 460 s: past the 420 s target
    const second = await start();
    await waitFor(() => second.incidents.board()?.incidents.length === 2);
    second.incidents.tick();
    await waitFor(() => second.escalated.length === 1);
    t.like(second.incidents.escalations()[0], { incident: 'fire-119:1', awaiting: 'arrived' });
    await waitFor(() => second.incidents.counters().escalated === 1);
    // a redelivered `reported` of a resolved incident does not reopen it
    t.true((await second.incidents.observeAll([reported('2', T0)])).persisted);
    await second.incidents.observeAll([progress('1', 'arrived', T0 + 510 * S)]);
    const stored = await queryIncidents(db, { limit: 10 });
    t.deepEqual(stored.incidents.map((i) => [i.id, i.stage, i.late.map((l) => l.awaiting).join()]).sort(), [
      ['fire-119:1', 'arrived', 'arrived'], ['fire-119:2', 'resolved', ''],
    ]);
    t.is((await getIncident(db, 'fire-119:1'))?.durations.travelS, 470);
    t.like(second.incidents.kpis()[0], { reported: 2, arrived: 2, withinTarget: 1, late: 1 });
    await second.system.stopAll();
  } finally {
    await done();
  }
});
