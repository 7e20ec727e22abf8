import test from 'ava';
import {
  createPartitionSql,
  expiredPartitions,
  monthIndexOf,
  monthOfPartition,
  monthStart,
  monthsFrom,
  partitionName,
  retentionCutoff,
} from './partitions.ts';

const utc = (s: string): Date => new Date(s);

test('month index, start and partition name round-trip', (t) => {
  const m = monthIndexOf(utc('2025-03-31T23:59:59.999Z'));
  t.is(partitionName(m), 'readings_y2025m03');
  t.is(monthOfPartition('readings_y2025m03'), m);
  t.deepEqual(monthStart(m), utc('2025-03-01T00:00:00Z'));
  t.is(partitionName(monthIndexOf(utc('2025-04-01T00:00:00Z'))), 'readings_y2025m04');
});

test('months are UTC: 00:30 in Seoul on April 1st is still March', (t) => {
  t.is(partitionName(monthIndexOf(new Date('2025-04-01T00:30:00+09:00'))), 'readings_y2025m03');
});

test('foreign names are not ours', (t) => {
  t.is(monthOfPartition('readings_hourly'), null);
  t.is(monthOfPartition('readings_y2025m13'), null);
  t.is(monthOfPartition('other_y2025m01'), null);
});

test('partition DDL covers exactly one month, across a year end', (t) => {
  const sql = createPartitionSql(monthIndexOf(utc('2024-12-15T00:00:00Z')));
  t.is(
    sql,
    `CREATE TABLE IF NOT EXISTS "readings_y2024m12" PARTITION OF "readings" ` +
      `FOR VALUES FROM ('2024-12-01T00:00:00.000Z') TO ('2025-01-01T00:00:00.000Z')`,
  );
});

test('months ahead include the current month', (t) => {
  const names = monthsFrom(utc('2025-11-20T00:00:00Z'), 2).map(partitionName);
  t.deepEqual(names, ['readings_y2025m11', 'readings_y2025m12', 'readings_y2026m01']);
  t.throws(() => monthsFrom(utc('2025-11-20T00:00:00Z'), -1));
});

test('retention drops only months that ended before the cut-off', (t) => {
  const now = utc('2025-06-15T00:00:00Z');
  t.deepEqual(retentionCutoff(now, 30), utc('2025-05-16T00:00:00Z'));
  const names = ['readings_y2025m03', 'readings_y2025m04', 'readings_y2025m05', 'readings_y2025m06', 'readings_hourly'];
  t.deepEqual(expiredPartitions(names, now, 30), ['readings_y2025m03', 'readings_y2025m04']);
  // A cut-off exactly on a month boundary drops the month that ended there.
  t.deepEqual(expiredPartitions(names, utc('2025-05-31T00:00:00Z'), 30), ['readings_y2025m03', 'readings_y2025m04']);
  // One second earlier the last instant of April is still inside the window.
  t.deepEqual(expiredPartitions(names, utc('2025-05-30T23:59:59Z'), 30), ['readings_y2025m03']);
  t.throws(() => expiredPartitions(names, now, 0));
});
