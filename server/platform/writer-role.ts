/**
 * @module platform/writer-role
 * The `writer` role: city events → readings, runs and quarantine → tables, and storage upkeep:
 * the hourly rollup refreshed for the hours just written, partitions ahead and retention
 * (TimescaleDB's policies do all three themselves).
 */
import type { Logger } from 'pino';
import { maintainStorage } from '../../db/storage/mode.ts';
import type { Config } from '../config.ts';
import type { Consumption } from '../bus/bus.ts';
import { startOpsWriter } from '../ingest/ops-writer.ts';
import { startStoreWriter, type CommitInfo } from '../ingest/store-writer.ts';
import { createReadingsWriter, insertConnectorRun, insertQuarantine, refreshRollup } from '../store/index.ts';
import type { QuarantineRecord } from '../contracts/index.ts';
import type { Services } from './services.ts';
import type { Role } from './role.ts';

const MAINTENANCE_EVERY_MS = 3600 * 1000;
/** How often the hourly rollup catches up with the hours the writer marked. */
const ROLLUP_EVERY_MS = 2000;

export async function startWriterRole(
  svc: Services,
  cfg: Config,
  log: Logger,
  hooks: { onCommitted?(info: CommitInfo): void } = {},
): Promise<Role> {
  const writer = createReadingsWriter(svc.db, svc.storage, log.child({ component: 'readings-writer' }));
  const quarantine = async (records: QuarantineRecord[]): Promise<void> => {
    for (const r of records) await insertQuarantine(svc.db, r);
  };
  const consumptions: Consumption[] = [
    await startStoreWriter({
      bus: svc.bus,
      log,
      now: Date.now,
      writeReadings: (rows) => writer.write(rows),
      quarantine,
      maxMessages: cfg.WRITER_MAX_MESSAGES,
      concurrency: cfg.WRITER_CONCURRENCY,
      ...(hooks.onCommitted ? { onCommitted: hooks.onCommitted } : {}),
    }),
    ...(await startOpsWriter({
      bus: svc.bus,
      log,
      now: Date.now,
      recordRuns: async (runs) => {
        for (const run of runs) await insertConnectorRun(svc.db, run);
      },
      quarantine,
    })),
  ];
  const maintain = async (): Promise<void> => {
    const opts = { now: new Date(), monthsAhead: 2, retentionDays: cfg.RETENTION_DAYS };
    const result = await maintainStorage(svc.db, opts).catch((err: unknown) => {
      log.error({ err }, 'storage maintenance failed; will try again');
      return null;
    });
    if (result && (result.created.length > 0 || result.dropped.length > 0)) log.info(result, 'storage maintained');
  };
  const timer = setInterval(() => void maintain(), MAINTENANCE_EVERY_MS);
  timer.unref();
  let refreshing: Promise<unknown> | null = null;
  const refresh = (): void => {
    refreshing ??= refreshRollup(svc.db, { drain: true })
      .catch((err: unknown) => log.error({ err }, 'rollup refresh failed; will try again'))
      .finally(() => (refreshing = null));
  };
  const rollupTimer = setInterval(refresh, ROLLUP_EVERY_MS);
  rollupTimer.unref();
  return {
    name: 'writer',
    async stop() {
      clearInterval(timer);
      clearInterval(rollupTimer);
      for (const c of consumptions) await c.stop();
      await refreshing;
    },
  };
}
