import test from 'ava';
import { migratedTempDatabase } from '../../../db/testing/temp-database.ts';
import { complaintsToResume, getComplaint, queryComplaints, upsertComplaints } from '../../store/complaints.ts';
import { createActorSystem } from '../runtime/system.ts';
import { silentLog, waitFor } from '../runtime/testing.ts';
import { startComplaintActors } from './complaint-actors.ts';
import { CATEGORIES, D, filed, H, iso, status, T0 } from './testing.ts';

test('complaints survive a restart through PostgreSQL: resumed, still counted, never set back by redeliveries', async (t) => {
  const { db, done } = await migratedTempDatabase();
  let clock = T0;
  const start = async () => {
    const system = createActorSystem({ log: silentLog(), now: () => clock });
    const since = clock - 30 * D;
    const complaints = startComplaintActors(system, {
      log: silentLog(), now: () => clock, feedIntervalMs: 0, kpiIntervalMs: 0, categories: CATEGORIES,
      emit: () => {},
      save: (c) => upsertComplaints(db, [c]),
      load: (id) => getComplaint(db, id),
      seed: await complaintsToResume(db, { since: new Date(since) }),
      historySince: since,
    });
    return { system, complaints };
  };
  try {
    const first = await start();
    const r = await first.complaints.observeAll([
      filed('1', T0), status('1', 'assigned', T0 + H),
      filed('2', T0, { category: 'road-damage' }), status('2', 'answered', T0 + D), status('2', 'closed', T0 + 2 * D),
    ]);
    t.deepEqual(r, { routed: 5, invalid: 0, persisted: true });
    await first.system.stopAll();

    clock = T0 + 8 * D; // complaint 1 (7 days) is now overdue
    const second = await start();
    await waitFor(() => second.complaints.feed()?.complaints.length === 2);
    await waitFor(() => second.complaints.kpis()[0]?.overdue === 1);
    t.like(second.complaints.kpis()[0], { received: 2, open: 1, answered: 1, answeredWithinSla: 1 });
    // a redelivered filing of a closed complaint changes nothing; a reopening restarts its clock
    t.true((await second.complaints.observeAll([filed('2', T0)])).persisted);
    await second.complaints.observeAll([status('2', 'reopened', T0 + 8 * D)]);
    const stored = await queryComplaints(db, { limit: 10 });
    t.deepEqual(stored.complaints.map((c) => [c.id, c.status, c.reopened]).sort(), [['dasan-120:1', 'assigned', 0], ['dasan-120:2', 'reopened', 1]]);
    t.is((await getComplaint(db, 'dasan-120:2'))?.dueAt, iso(T0 + 11 * D));
    await waitFor(() => second.complaints.kpis()[0]?.open === 2);
    t.like(second.complaints.kpis()[0], { reopened: 1, reopenRate: 1, overdue: 1 });
    await second.system.stopAll();
  } finally {
    await done();
  }
});
