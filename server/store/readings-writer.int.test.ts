import test from 'ava';
import { listPartitions, dropExpiredPartitions } from '../../db/storage/plain.ts';
import { migratedTempDatabase, testLogger } from '../../db/testing/temp-database.ts';
import { createReadingsWriter, ReadingRowError } from './readings-writer.ts';
import { refreshRollup } from './readings-rollup.ts';
import { FIXTURE_T0, readingsBatch, rollupVsRaw } from './readings-fixtures.ts';

const NOW = () => FIXTURE_T0;
const batch = readingsBatch;

test('a re-delivered batch inserts nothing and the rollup counts every reading once', async (t) => {
  const { db, mode, done } = await migratedTempDatabase({ now: NOW });
  try {
    const w = createReadingsWriter(db, mode, testLogger());
    const a = batch(0, 3000);
    t.deepEqual(await w.write(a), { received: 3000, inserted: 3000 });
    t.deepEqual(await w.write(a), { received: 3000, inserted: 0 });
    // Overlap: half old, half new.
    t.deepEqual(await w.write(batch(125, 3000)), { received: 3000, inserted: 1500 });
    const [count] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM readings`);
    t.is(count?.n, 4500);
    await refreshRollup(db, { drain: true });
    const { rollup, raw } = await rollupVsRaw(db);
    t.true(rollup.length > 10);
    t.deepEqual(rollup, raw);
  } finally {
    await done();
  }
});

test('concurrent writers with overlapping batches insert each reading exactly once', async (t) => {
  const { db, mode, done } = await migratedTempDatabase({ now: NOW });
  try {
    const w1 = createReadingsWriter(db, mode, testLogger());
    const w2 = createReadingsWriter(db, mode, testLogger());
    const results = await Promise.all([w1.write(batch(0, 2400)), w2.write(batch(100, 2400)), w1.write(batch(50, 2400))]);
    t.is(results.reduce((s, r) => s + r.inserted, 0), 12 * 300);
    await refreshRollup(db, { drain: true });
    const { rollup, raw } = await rollupVsRaw(db);
    t.deepEqual(rollup, raw);
  } finally {
    await done();
  }
});

test('text with tabs, newlines, backslashes and Korean survives COPY', async (t) => {
  const { db, mode, done } = await migratedTempDatabase({ now: NOW });
  try {
    const entity = 'station:강남\t대로\n1\\N\r';
    const w = createReadingsWriter(db, mode, testLogger());
    await w.write([{ ...batch(0, 1)[0]!, entity, district: null, value: null, quality: 'suspect' }]);
    const rows = await db.query<{ entity: string; district: string | null; value: number | null; quality: string }>(
      `SELECT entity, district, value, quality FROM readings`,
    );
    t.deepEqual(rows.map((r) => ({ ...r })), [{ entity, district: null, value: null, quality: 'suspect' }]);
  } finally {
    await done();
  }
});

test('partitions are created on demand and re-created after retention dropped a cached one', async (t) => {
  const { db, mode, done } = await migratedTempDatabase({ now: NOW });
  try {
    const w = createReadingsWriter(db, mode, testLogger());
    const old = batch(0, 12).map((r) => ({ ...r, time: new Date(r.time.getTime() - 600 * 86_400_000) }));
    t.deepEqual(await w.write(old), { received: 12, inserted: 12 });
    t.true((await listPartitions(db)).includes('readings_y2023m07'));
    const dropped = await dropExpiredPartitions(db, { retentionDays: 400, now: new Date(NOW()) });
    t.deepEqual(dropped, ['readings_y2023m07']);
    t.deepEqual(await w.write(old), { received: 12, inserted: 12 });
    t.true((await listPartitions(db)).includes('readings_y2023m07'));
  } finally {
    await done();
  }
});

test('a bad row fails the batch with its index and writes nothing', async (t) => {
  const { db, mode, done } = await migratedTempDatabase({ now: NOW });
  try {
    const w = createReadingsWriter(db, mode, testLogger());
    const rows = batch(0, 10);
    rows[4] = { ...rows[4]!, district: 'gangnam' };
    await t.throwsAsync(w.write(rows), { instanceOf: ReadingRowError, message: /#4/ });
    const [count] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM readings`);
    t.is(count?.n, 0);
    t.deepEqual(await w.write([]), { received: 0, inserted: 0 });
  } finally {
    await done();
  }
});
