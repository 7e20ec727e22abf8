/**
 * @module actors/incident/batched-save
 * Turns a bulk write (`upsertIncidents(db, list)`) into the `save(incident)` the incident actors call:
 * saves that arrive within `maxDelayMs` of each other (or until `maxBatch`) go out as one statement,
 * and each caller's promise settles with the statement that carried its incident. One statement is
 * in flight at a time; what arrives meanwhile waits for the next one.
 */
import type { Incident } from '../../contracts/index.ts';

export interface BatchedSaveOptions {
  maxBatch?: number;
  maxDelayMs?: number;
}

interface Waiting {
  incident: Incident;
  resolve: () => void;
  reject: (err: unknown) => void;
}

export const batchedSave = (
  writeMany: (incidents: Incident[]) => Promise<void>, opts: BatchedSaveOptions = {},
): ((incident: Incident) => Promise<void>) => {
  const maxBatch = opts.maxBatch ?? 200;
  const maxDelayMs = opts.maxDelayMs ?? 5;
  let queue: Waiting[] = [];
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
        await writeMany(batch.map((w) => w.incident));
        for (const w of batch) w.resolve();
      } catch (err) {
        for (const w of batch) w.reject(err);
      }
    });
  };

  return (incident) =>
    new Promise<void>((resolve, reject) => {
      queue.push({ incident, resolve, reject });
      if (queue.length >= maxBatch) flush();
      else timer ??= setTimeout(flush, maxDelayMs);
    });
};
