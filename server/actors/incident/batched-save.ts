/**
 * @module actors/incident/batched-save
 * Turns a bulk write (`upsertIncidents(db, list)`, `upsertComplaints(db, list)`) into the `save(item)`
 * an actor calls: saves that arrive within `maxDelayMs` of each other (or until `maxBatch`) go out as one
 * statement, and each caller's promise settles with the statement that carried its item. One statement is
 * in flight at a time; what arrives meanwhile waits for the next one.
 */
import type { Incident } from '../../contracts/index.ts';

export interface BatchedSaveOptions {
  maxBatch?: number;
  maxDelayMs?: number;
}

interface Waiting<T> {
  item: T;
  resolve: () => void;
  reject: (err: unknown) => void;
}

export const batchedSave = <T = Incident>(
  writeMany: (items: T[]) => Promise<void>, opts: BatchedSaveOptions = {},
): ((item: T) => Promise<void>) => {
  const maxBatch = opts.maxBatch ?? 200;
  const maxDelayMs = opts.maxDelayMs ?? 5;
  let queue: Array<Waiting<T>> = [];
  let timer: NodeJS.Timeout | null = null;
  let writing: Promise<void> = Promise.resolve();

  const flush = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const batch = queue;
    queue = [];
    if (batch.length === 0) return;
    writing = writing.then(async () => {
      try {
        await writeMany(batch.map((w) => w.item));
        for (const w of batch) w.resolve();
      } catch (err) {
        for (const w of batch) w.reject(err);
      }
    });
  };

  return (item) =>
    new Promise<void>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (queue.length >= maxBatch) flush();
      else timer ??= setTimeout(flush, maxDelayMs);
    });
};
