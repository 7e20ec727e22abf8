import test from 'ava';
import { openDatabase } from './client.ts';
import { migrate } from './migrate.ts';
import { listPartitions } from './storage/plain.ts';
import { maintainStorage, storageMode } from './storage/mode.ts';
import { createTempDatabase, testLogger } from './testing/temp-database.ts';

const NOW = Date.parse('2025-03-10T00:00:00Z');

test('migrate twice is idempotent and reports plain PostgreSQL mode', async (t) => {
  const temp = await createTempDatabase();
  const log = testLogger();
  const db = await openDatabase({ url: temp.url }, log);
  try {
    t.deepEqual(await migrate(db, log, { now: () => NOW }), { mode: 'postgres' });
    const before = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_class WHERE relnamespace = 'public'::regnamespace`);
    t.deepEqual(await migrate(db, log, { now: () => NOW }), { mode: 'postgres' });
    const after = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_class WHERE relnamespace = 'public'::regnamespace`);
    t.deepEqual(after, before);
    t.is(await storageMode(db), 'postgres');
    const tables = await db.query<{ t: string }>(
      `SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE 'readings_y%' ORDER BY 1`,
    );
    t.deepEqual(
      tables.map((r) => r.t),
      ['api_keys', 'audit_log', 'budget_execution', 'budget_programs', 'cameras', 'complaints', 'connector_runs', 'districts', 'incidents', 'indicator_loads', 'indicator_rollup_annual', 'indicator_rollup_monthly', 'indicator_values', ...[0, 1, 2, 3, 4, 5, 6, 7].map((p) => `indicator_values_p${p}`), 'layouts', 'live_snapshots', 'media_items', 'neighborhoods', 'quarantine', 'readings', 'readings_hourly', 'readings_hourly_dirty', 'sessions', 'sources', 'stations', 'users', 'wall_pairings'],
    );
    t.deepEqual(await listPartitions(db), ['readings_y2025m03', 'readings_y2025m04', 'readings_y2025m05']);
  } finally {
    await db.close();
    await temp.drop();
  }
});

test('two processes migrating at once both succeed', async (t) => {
  const temp = await createTempDatabase();
  const log = testLogger();
  const a = await openDatabase({ url: temp.url }, log);
  const b = await openDatabase({ url: temp.url }, log);
  try {
    const results = await Promise.all([migrate(a, log), migrate(b, log)]);
    t.deepEqual(results, [{ mode: 'postgres' }, { mode: 'postgres' }]);
  } finally {
    await Promise.all([a.close(), b.close()]);
    await temp.drop();
  }
});

test('maintenance creates partitions ahead and drops those past retention', async (t) => {
  const temp = await createTempDatabase();
  const log = testLogger();
  const db = await openDatabase({ url: temp.url }, log);
  try {
    await migrate(db, log, { now: () => NOW, monthsAhead: 0 });
    t.deepEqual(await listPartitions(db), ['readings_y2025m03']);
    const later = new Date('2025-05-20T00:00:00Z');
    const r = await maintainStorage(db, { now: later, monthsAhead: 1, retentionDays: 40 });
    t.deepEqual(r, { mode: 'postgres', created: ['readings_y2025m05', 'readings_y2025m06'], dropped: ['readings_y2025m03'] });
    t.deepEqual(await listPartitions(db), ['readings_y2025m05', 'readings_y2025m06']);
    const again = await maintainStorage(db, { now: later, monthsAhead: 1, retentionDays: 40 });
    t.deepEqual(again, { mode: 'postgres', created: [], dropped: [] });
  } finally {
    await db.close();
    await temp.drop();
  }
});

test('an unreachable server is a clear error', async (t) => {
  await t.throwsAsync(openDatabase({ url: 'postgres://postgres@127.0.0.1:1/none' }, testLogger()), {
    name: 'DatabaseError',
    message: /cannot reach PostgreSQL/,
  });
});
