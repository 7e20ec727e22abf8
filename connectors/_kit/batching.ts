/**
 * @module connectors/kit/batching
 * Pure: group a page's events by subject (kind + district) and cut them into deterministic batches.
 */
import { createHash } from 'node:crypto';
import { subjects, type EventEnvelope } from '../../server/contracts/index.ts';

export interface PlannedBatch {
  subject: string;
  batchId: string;
  events: EventEnvelope[];
}

export const DEFAULT_MAX_BATCH = 500;

const hashIds = (events: readonly EventEnvelope[]): string => {
  const h = createHash('sha256');
  for (const e of events) h.update(e.id).update('\n');
  return h.digest('hex').slice(0, 16);
};

const groupBySubject = (events: readonly EventEnvelope[]): Map<string, { district: string | null; kind: string; events: EventEnvelope[] }> => {
  const groups = new Map<string, { district: string | null; kind: string; events: EventEnvelope[] }>();
  for (const e of events) {
    const subject = subjects.cityEvent(e.kind, e.district);
    let g = groups.get(subject);
    if (!g) {
      g = { district: e.district, kind: e.kind, events: [] };
      groups.set(subject, g);
    }
    g.events.push(e);
  }
  return groups;
};

/**
 * Batches of at most `maxBatch` events per subject. The id is built from the source, the page index,
 * the kind, the district, the chunk index and a hash of the event ids, so a retried run that sees the
 * same data produces the same ids and the bus drops the repeats.
 */
export const planBatches = (
  source: string,
  pageIndex: number,
  events: readonly EventEnvelope[],
  maxBatch = DEFAULT_MAX_BATCH,
): PlannedBatch[] => {
  if (!Number.isInteger(maxBatch) || maxBatch < 1) throw new RangeError(`maxBatch must be a positive integer: ${maxBatch}`);
  const out: PlannedBatch[] = [];
  for (const [subject, g] of groupBySubject(events)) {
    for (let i = 0, chunk = 0; i < g.events.length; i += maxBatch, chunk++) {
      const part = g.events.slice(i, i + maxBatch);
      const batchId = `${source}:p${pageIndex}:${g.kind}:${g.district ?? 'all'}:c${chunk}:${hashIds(part)}`;
      out.push({ subject, batchId, events: part });
    }
  }
  return out;
};

/** Runs `fn` over `items` with at most `limit` promises pending; rejects with the first failure. */
export const forEachLimit = async <T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> => {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      await fn(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
};
