/**
 * @module server/store/connector-runs
 * Connector runs: insert (idempotent on run id), recent by source, counts per source.
 */
import { desc, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { connectorRuns } from '../../db/schema/index.ts';
import { ConnectorRunSchema, type ConnectorRun } from '../contracts/index.ts';

const toRow = (r: ConnectorRun): typeof connectorRuns.$inferInsert => ({
  runId: r.runId,
  source: r.source,
  startedAt: new Date(r.startedAt),
  endedAt: new Date(r.endedAt),
  outcome: r.outcome,
  fetched: r.fetched,
  parsed: r.parsed,
  emitted: r.emitted,
  dropped: r.dropped,
  newestObservedAt: r.newestObservedAt === null ? null : new Date(r.newestObservedAt),
  error: r.error,
});

const fromRow = (r: typeof connectorRuns.$inferSelect): ConnectorRun => ({
  runId: r.runId,
  source: r.source,
  startedAt: r.startedAt.toISOString(),
  endedAt: r.endedAt.toISOString(),
  outcome: ConnectorRunSchema.shape.outcome.parse(r.outcome),
  fetched: r.fetched,
  parsed: r.parsed,
  emitted: r.emitted,
  dropped: r.dropped,
  newestObservedAt: r.newestObservedAt?.toISOString() ?? null,
  error: r.error,
});

/** Stores a run; a re-delivered run (same runId) changes nothing. Returns whether it was new. */
export const insertConnectorRun = async (db: Database, run: ConnectorRun): Promise<boolean> => {
  const rows = await db.orm
    .insert(connectorRuns)
    .values(toRow(ConnectorRunSchema.parse(run)))
    .onConflictDoNothing({ target: connectorRuns.runId })
    .returning({ runId: connectorRuns.runId });
  return rows.length === 1;
};

export const recentRuns = async (db: Database, source: string, limit = 20): Promise<ConnectorRun[]> => {
  const rows = await db.orm
    .select()
    .from(connectorRuns)
    .where(eq(connectorRuns.source, source))
    .orderBy(desc(connectorRuns.startedAt))
    .limit(Math.max(1, Math.min(limit, 1000)));
  return rows.map(fromRow);
};

export interface RunCounts {
  source: string;
  runs: number;
  failures: number;
  emitted: number;
  dropped: number;
  lastRunAt: string | null;
  lastSuccessAt: string | null;
}

/** Per source: runs, failed runs, events emitted and dropped, since an instant (all time by default). */
export const runCounts = async (db: Database, since: Date = new Date(0)): Promise<RunCounts[]> => {
  const rows = await db.query<Omit<RunCounts, 'lastRunAt' | 'lastSuccessAt'> & { lastRunAt: Date | null; lastSuccessAt: Date | null }>(
    `SELECT source, count(*)::int AS runs,
            (count(*) FILTER (WHERE outcome = 'failed'))::int AS failures,
            COALESCE(sum(emitted), 0)::int AS emitted, COALESCE(sum(dropped), 0)::int AS dropped,
            max(started_at) AS "lastRunAt",
            max(ended_at) FILTER (WHERE outcome IN ('ok', 'partial')) AS "lastSuccessAt"
       FROM connector_runs WHERE started_at >= $1 GROUP BY source ORDER BY source`,
    [since],
  );
  return rows.map((r) => ({
    ...r,
    lastRunAt: r.lastRunAt ? new Date(r.lastRunAt).toISOString() : null,
    lastSuccessAt: r.lastSuccessAt ? new Date(r.lastSuccessAt).toISOString() : null,
  }));
};
