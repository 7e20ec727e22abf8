import test from 'ava';
import { openDatabase } from './client.ts';
import { migrate } from './migrate.ts';
import { storageMode, maintainStorage } from './storage/mode.ts';
import { listPartitions } from './storage/plain.ts';
import { testLogger } from './testing/temp-database.ts';
import { createReadingsWriter, type ReadingRow } from '../server/store/readings-writer.ts';
import { airHistory, airHistorySql } from '../server/store/air-history.ts';
import { refreshRollup } from '../server/store/readings-rollup.ts';
import { seedReference } from '../server/store/seed-reference.ts';

const T0 = Date.parse('2025-03-03T00:00:00Z');

const rows = (n: number): ReadingRow[] =>
  Array.from({ length: n }, (_, i) => ({
    time: new Date(T0 + Math.floor(i / 4) * 300_000),
    source: 'seoul-air',
    entity: `station:${i % 2 === 0 ? '111' : 'a\tb'}`,
    district: '11680',
    metric: i % 4 < 2 ? 'pm10' : 'pm25',
    value: i % 9 === 0 ? null : (i * 13) % 80,
    quality: 'ok',
  }));

test('embedded PGlite: migrate, write idempotently, roll up, serve history', async (t) => {
  const log = testLogger();
  const db = await openDatabase({ embedded: {} }, log);
  try {
    t.is(db.kind, 'pglite');
    t.deepEqual(await migrate(db, log, { now: () => T0 }), { mode: 'postgres' });
    t.deepEqual(await migrate(db, log, { now: () => T0 }), { mode: 'postgres' });
    t.is(await storageMode(db), 'postgres');

    const w = createReadingsWriter(db, 'postgres', log);
    const batch = rows(2000);
    t.deepEqual(await w.write(batch), { received: 2000, inserted: 2000 });
    t.deepEqual(await w.write(batch), { received: 2000, inserted: 0 });
    t.deepEqual(await w.write(rows(2400)), { received: 2400, inserted: 400 });
    const [entity] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM readings WHERE entity = $1`, ['station:a\tb']);
    t.is(entity?.n, 1200);

    await refreshRollup(db, { drain: true });
    const q = { district: '11680', from: new Date(T0), to: new Date(T0 + 10 * 3_600_000), bucketSeconds: 3600 };
    const hist = await airHistory(db, q);
    const raw = await db.query<{ bucket: Date; n: number; avg: number }>(airHistorySql(false, false), [
      '3600 seconds', q.district, q.from, q.to,
    ]);
    t.is(hist.length, raw.length);
    t.true(hist.length > 0);
    hist.forEach((p, i) => {
      t.is(p.n, raw[i]?.n ?? -1);
      t.true(Math.abs((p.avg ?? 0) - (raw[i]?.avg ?? 0)) < 1e-9);
    });

    t.deepEqual(await seedReference(db, { stations: [] }), { districts: 25, neighborhoods: 425, stations: 0 });
    const m = await maintainStorage(db, { now: new Date('2026-06-01T00:00:00Z'), monthsAhead: 0, retentionDays: 400 });
    t.deepEqual(m.created, ['readings_y2026m06']);
    t.true(m.dropped.includes('readings_y2025m03'));
    t.false((await listPartitions(db)).includes('readings_y2025m03'));
  } finally {
    await db.close();
  }
});
