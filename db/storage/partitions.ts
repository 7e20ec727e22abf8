/**
 * @module db/storage/partitions
 * Pure rules of the plain-PostgreSQL layout: `readings` is range-partitioned by calendar month (UTC),
 * one partition per month named `readings_yYYYYmMM`, no default partition.
 */

/** A month as a single integer: year * 12 + (month - 1). */
export type MonthIndex = number;

export const PARTITION_PARENT = 'readings';
const NAME = /^readings_y(\d{4})m(\d{2})$/;

export const monthIndexOf = (d: Date): MonthIndex => d.getUTCFullYear() * 12 + d.getUTCMonth();
export const monthIndexOfMs = (ms: number): MonthIndex => monthIndexOf(new Date(ms));

/** First instant of the month, UTC. */
export const monthStart = (m: MonthIndex): Date => new Date(Date.UTC(Math.floor(m / 12), m % 12, 1));

export const partitionName = (m: MonthIndex): string => {
  const year = Math.floor(m / 12);
  if (year < 1000 || year > 9999) throw new RangeError(`month out of range for a partition: year ${year}`);
  return `readings_y${year}m${String((m % 12) + 1).padStart(2, '0')}`;
};

/** The month a partition holds, or null when the name is not one of ours. */
export const monthOfPartition = (name: string): MonthIndex | null => {
  const m = NAME.exec(name);
  if (!m) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  return Number(m[1]) * 12 + month - 1;
};

/** `CREATE TABLE IF NOT EXISTS … PARTITION OF readings FOR VALUES FROM … TO …` for one month. */
export const createPartitionSql = (m: MonthIndex): string =>
  `CREATE TABLE IF NOT EXISTS "${partitionName(m)}" PARTITION OF "${PARTITION_PARENT}" ` +
  `FOR VALUES FROM ('${monthStart(m).toISOString()}') TO ('${monthStart(m + 1).toISOString()}')`;

/** The months from the month of `from` through `monthsAhead` months after it. */
export const monthsFrom = (from: Date, monthsAhead: number): MonthIndex[] => {
  if (!Number.isInteger(monthsAhead) || monthsAhead < 0) throw new RangeError('monthsAhead must be an integer ≥ 0');
  const first = monthIndexOf(from);
  return Array.from({ length: monthsAhead + 1 }, (_, i) => first + i);
};

/** Rows older than this instant are past retention. */
export const retentionCutoff = (now: Date, retentionDays: number): Date => {
  if (!(retentionDays > 0)) throw new RangeError('retentionDays must be > 0');
  return new Date(now.getTime() - retentionDays * 86_400_000);
};

/**
 * Partitions whose whole month ends at or before the cut-off: every row in them is past retention.
 * A partition that straddles the cut-off is kept until its last row has expired.
 */
export const expiredPartitions = (names: readonly string[], now: Date, retentionDays: number): string[] => {
  const cutoff = retentionCutoff(now, retentionDays).getTime();
  return names.filter((n) => {
    const m = monthOfPartition(n);
    return m !== null && monthStart(m + 1).getTime() <= cutoff;
  });
};
