import test from 'ava';
import type { Database } from '../../db/client.ts';
import {
  HOUR_MS,
  RUN_GAP_MS,
  bucketRuns,
  createHourSet,
  distinctHours,
  hourStart,
  markHoursFromSql,
  refreshRollup,
} from './readings-rollup.ts';
import { insertFromStagingSql } from './readings-writer.ts';

const H0 = Date.parse('2025-03-01T00:00:00Z');

test('hours are UTC hours aligned like date_bin, also before 1970', (t) => {
  t.is(hourStart(H0 + 59 * 60_000 + 59_999), H0);
  t.is(hourStart(H0 + HOUR_MS), H0 + HOUR_MS);
  t.is(hourStart(-1), -HOUR_MS);
});

test('the hour set keeps each distinct hour once, in time order, whatever the row order', (t) => {
  const hours = createHourSet();
  for (const m of [0, 10, 59, 61, 5, 120, 60, 119, -1]) hours.add(new Date(H0 + m * 60_000));
  t.deepEqual(hours.hours(), [H0 - HOUR_MS, H0, H0 + HOUR_MS, H0 + 2 * HOUR_MS]);
  t.deepEqual(createHourSet().hours(), []);
});

test('claimed markers give their distinct hours, whether the driver returns Dates or strings', (t) => {
  const claimed = [{ bucket: new Date(H0 + HOUR_MS) }, { bucket: '2025-03-01 00:00:00+00' }, { bucket: new Date(H0) }];
  t.deepEqual(distinctHours(claimed), [H0, H0 + HOUR_MS]);
});

test('buckets are split into runs where they are more than a day apart', (t) => {
  const far = H0 + 3 * HOUR_MS + RUN_GAP_MS + 1;
  const runs = bucketRuns([H0, H0 + HOUR_MS, H0 + 3 * HOUR_MS, far]);
  t.deepEqual(runs, [
    {
      buckets: ['2025-03-01T00:00:00.000Z', '2025-03-01T01:00:00.000Z', '2025-03-01T03:00:00.000Z'],
      from: '2025-03-01T00:00:00.000Z',
      to: '2025-03-01T04:00:00.000Z',
    },
    { buckets: [new Date(far).toISOString()], from: new Date(far).toISOString(), to: new Date(far + HOUR_MS).toISOString() },
  ]);
  t.deepEqual(bucketRuns([]), []);
});

test('in plain mode the staged insert marks the hours of the returned rows; with TimescaleDB nothing', (t) => {
  const plain = insertFromStagingSql('postgres');
  t.regex(plain, /RETURNING time\),\s*mark AS \(INSERT INTO readings_hourly_dirty/);
  t.true(plain.includes(markHoursFromSql('ins')));
  t.notRegex(insertFromStagingSql('timescaledb'), /readings_hourly/);
});

/** A database that answers only the storage-mode probe, as a TimescaleDB one would. */
const timescaleDb = (): { db: Database; statements: string[] } => {
  const statements: string[] = [];
  const db = {
    query: async (text: string) => {
      statements.push(text);
      return /pg_class/.test(text) ? [{ relkind: 'r' }] : [{ ok: true }];
    },
    transaction: () => Promise.reject(new Error('refreshRollup must not open a transaction with TimescaleDB')),
  } as unknown as Database;
  return { db, statements };
};

test('with TimescaleDB refreshRollup touches nothing and asks the mode only once', async (t) => {
  const { db, statements } = timescaleDb();
  t.deepEqual(await refreshRollup(db, { drain: true }), { buckets: 0, markers: 0 });
  const probes = statements.length;
  t.deepEqual(await refreshRollup(db), { buckets: 0, markers: 0 });
  t.is(statements.length, probes);
  t.true(statements.every((s) => /pg_class|pg_extension/.test(s)));
});

test('a limit that is not a positive integer is rejected', async (t) => {
  const { db } = timescaleDb();
  await t.throwsAsync(refreshRollup(db, { limit: 0 }), { message: /limit|>=1|too small/i });
  await t.throwsAsync(refreshRollup(db, { limit: 1.5 }));
});
