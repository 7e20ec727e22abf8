/**
 * @module server/store/excluded
 * The `SET` of an upsert that takes the named columns from the row being inserted (`excluded.*`).
 */
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

export function excludedColumns<T extends PgTable, K extends keyof T['_']['columns'] & string>(
  table: T,
  keys: readonly K[],
): Record<K, SQL> {
  const columns = getTableColumns(table);
  const set = {} as Record<K, SQL>;
  for (const k of keys) set[k] = sql`excluded.${sql.identifier(columns[k]?.name ?? k)}`;
  return set;
}
