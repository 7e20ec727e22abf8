/**
 * @module bus/memory-records
 * The record store of one process: values by key with compare-and-set, JSON-copied in and out so no
 * caller shares an object with another. Revisions come from one counter, as a stream's sequence does.
 */
import type { RecordStore } from './bus.ts';

export function createMemoryRecordStore(): RecordStore {
  const records = new Map<string, { json: string; revision: number }>();
  let sequence = 0;
  return {
    async get(key) {
      const r = records.get(key);
      return r ? { value: JSON.parse(r.json) as unknown, revision: r.revision } : null;
    },
    async put(key, value, expected) {
      if ((records.get(key)?.revision ?? 0) !== expected) return null;
      sequence += 1;
      records.set(key, { json: JSON.stringify(value), revision: sequence });
      return sequence;
    },
  };
}
