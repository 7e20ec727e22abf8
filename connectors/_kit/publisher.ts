/**
 * @module connectors/kit/publisher
 * The port the runner publishes through. The server implements it over NATS JetStream or an in-process bus.
 */
import type { ConnectorRun, EventBatch, QuarantineRecord } from '../../server/contracts/index.ts';

export interface Publisher {
  /** Publish one batch of events; `batch.batchId` is the dedupe id (JetStream msgID). */
  publishBatch(subject: string, batch: EventBatch): Promise<void>;
  publishRun(run: ConnectorRun): Promise<void>;
  publishQuarantine(rec: QuarantineRecord): Promise<void>;
}

export interface PublishedBatch {
  subject: string;
  batch: EventBatch;
}

/** Keeps everything published in memory, and drops a batch whose id it has seen (like JetStream dedupe). */
export class RecordingPublisher implements Publisher {
  readonly batches: PublishedBatch[] = [];
  readonly runs: ConnectorRun[] = [];
  readonly quarantine: QuarantineRecord[] = [];
  readonly duplicates: string[] = [];
  readonly #seen = new Set<string>();

  async publishBatch(subject: string, batch: EventBatch): Promise<void> {
    if (this.#seen.has(batch.batchId)) {
      this.duplicates.push(batch.batchId);
      return;
    }
    this.#seen.add(batch.batchId);
    this.batches.push({ subject, batch });
  }

  async publishRun(run: ConnectorRun): Promise<void> {
    this.runs.push(run);
  }

  async publishQuarantine(rec: QuarantineRecord): Promise<void> {
    this.quarantine.push(rec);
  }

  /** Every published event, in publish order. */
  events(): EventBatch['events'] {
    return this.batches.flatMap((b) => b.batch.events);
  }

  clear(): void {
    this.batches.length = 0;
    this.runs.length = 0;
    this.quarantine.length = 0;
    this.duplicates.length = 0;
    this.#seen.clear();
  }
}
