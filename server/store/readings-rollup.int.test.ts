import test from 'ava';
import { migratedTempDatabase, testLogger } from '../../db/testing/temp-database.ts';
import { createReadingsWriter } from './readings-writer.ts';
import { HOUR_MS, refreshRollup } from './readings-rollup.ts';
import { FIXTURE_T0, dirtyHours, readingsBatch, rollupVsRaw } from './readings-fixtures.ts';

const NOW = () => FIXTURE_T0;
const hour = (h: number): string => new Date(FIXTURE_T0 + h * HOUR_MS).toISOString();
const hourlyCount = async (db: { query: <T>(s: string) => Promise<T[]> }): Promise<number> =>
  (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM readings_hourly`))[0]?.n ?? -1;

test('writes only mark their hours; a refresh recomputes them from raw readings and clears the marks', async (t) => {
  const { db, mode, done } = await migratedTempDatabase({ now: NOW });
  try {
    t.is(mode, 'postgres');
    const w = createReadingsWriter(db, mode, testLogger());
    t.deepEqual(await w.write(readingsBatch(0, 3000)), { received: 3000, inserted: 3000 });
    t.deepEqual(await dirtyHours(db), [hour(0), hour(1), hour(2), hour(3), hour(4)]);
    t.is(await hourlyCount(db), 0);

    t.deepEqual(await refreshRollup(db, { limit: 2 }), { buckets: 2, markers: 2 });
    t.deepEqual(await dirtyHours(db), [hour(2), hour(3), hour(4)]);
    const partial = await db.query<{ bucket: Date }>(`SELECT DISTINCT bucket FROM readings_hourly ORDER BY 1`);
    t.deepEqual(partial.map((r) => new Date(r.bucket).toISOString()), [hour(0), hour(1)]);

    t.deepEqual(await refreshRollup(db, { drain: true, limit: 2 }), { buckets: 3, markers: 3 });
    t.deepEqual(await dirtyHours(db), []);
    const { rollup, raw } = await rollupVsRaw(db);
    t.is(rollup.length, 5 * 12);
    t.deepEqual(rollup, raw);
    t.deepEqual(await refreshRollup(db, { drain: true }), { buckets: 0, markers: 0 });
  } finally {
    await done();
  }
});

test('a re-delivered batch marks nothing; an overlap marks only the hours of the rows it inserted', async (t) => {
  const { db, mode, done } = await migratedTempDatabase({ now: NOW });
  try {
    const w = createReadingsWriter(db, mode, testLogger());
    const a = readingsBatch(0, 3000);
    await w.write(a);
    await refreshRollup(db, { drain: true });
    t.deepEqual(await w.write(a), { received: 3000, inserted: 0 });
    t.deepEqual(await dirtyHours(db), []);
    // Minutes 125–374: 125–249 exist already, so hours 2 and 3 get nothing new.
    t.deepEqual(await w.write(readingsBatch(125, 3000)), { received: 3000, inserted: 1500 });
    t.deepEqual(await dirtyHours(db), [hour(4), hour(5), hour(6)]);
    t.deepEqual(await refreshRollup(db, { drain: true }), { buckets: 3, markers: 3 });
    const { rollup, raw } = await rollupVsRaw(db);
    t.deepEqual(rollup, raw);
  } finally {
    await done();
  }
});

test('two writers and two refreshers at once end with the rollup equal to the raw aggregation', async (t) => {
  const { db, mode, done } = await migratedTempDatabase({ now: NOW });
  try {
    const writers = [createReadingsWriter(db, mode, testLogger()), createReadingsWriter(db, mode, testLogger())];
    let writing = true;
    let refreshed = 0;
    const refresher = async (): Promise<void> => {
      while (writing) {
        refreshed += (await refreshRollup(db, { limit: 3 })).markers;
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    // Each writer: 16 batches of 40 minutes stepping 30 minutes, the two offset by 15 minutes.
    const write = async (i: number): Promise<number> => {
      let inserted = 0;
      for (let k = 0; k < 16; k++) inserted += (await writers[i]!.write(readingsBatch(k * 30 + i * 15, 480))).inserted;
      return inserted;
    };
    const refreshers = [refresher(), refresher()];
    const inserted = await Promise.all([write(0), write(1)]);
    writing = false;
    await Promise.all(refreshers);
    t.is(inserted[0]! + inserted[1]!, 12 * (15 * 30 + 15 + 40), 'every minute 0–504 once');
    t.true(refreshed > 0, 'the refreshers ran while writing');
    await refreshRollup(db, { drain: true });
    t.deepEqual(await dirtyHours(db), []);
    const { rollup, raw } = await rollupVsRaw(db);
    t.true(rollup.length > 8 * 12);
    t.deepEqual(rollup, raw);
  } finally {
    await done();
  }
});
