/**
 * @module ingest/ops-writer
 * Persists connector run records and connector-side quarantine records from the OPS stream.
 */
import type { Logger } from 'pino';
import { ConnectorRunSchema, QuarantineRecordSchema, STREAMS, subjects, type ConnectorRun, type QuarantineRecord } from '../contracts/index.ts';
import type { Bus, Consumption } from '../bus/bus.ts';
import { quarantineOfMessage } from './quarantine-of.ts';

export interface OpsWriterDeps {
  bus: Bus;
  log: Logger;
  now(): number;
  recordRuns(runs: ConnectorRun[]): Promise<void>;
  quarantine(records: QuarantineRecord[]): Promise<void>;
}

export async function startOpsWriter(deps: OpsWriterDeps): Promise<Consumption[]> {
  const log = deps.log.child({ component: 'ops-writer' });
  const onInvalid = async (raw: Uint8Array, subject: string, reason: string): Promise<void> => {
    log.warn({ subject, reason }, 'operations message quarantined');
    await deps.quarantine([quarantineOfMessage(raw, subject, reason, new Date(deps.now()))]);
  };
  const runs = await deps.bus.consume(
    { stream: STREAMS.ops.name, durable: 'store-runs', filter: subjects.sourceRunAll, schema: ConnectorRunSchema, maxBatch: 100, onInvalid },
    async (items) => {
      await deps.recordRuns(items.map((d) => d.data));
      for (const d of items) d.ack();
    },
  );
  const quarantined = await deps.bus.consume(
    { stream: STREAMS.ops.name, durable: 'store-quarantine', filter: subjects.quarantineAll, schema: QuarantineRecordSchema, maxBatch: 100, onInvalid },
    async (items) => {
      await deps.quarantine(items.map((d) => d.data));
      for (const d of items) d.ack();
    },
  );
  return [runs, quarantined];
}
