/**
 * @module calls/store
 * Calls in the shared record store (bus/bus.ts RecordStore: the CALLS stream, or memory): each call
 * is one record, read with its revision and changed only by compare-and-set. Two replicas changing one
 * call at once (two callees answering together) cannot both win: the second write finds the revision
 * moved, reads the call again and decides again — so the first answer stored is the one that counts.
 */
import { z } from 'zod';
import { CallSchema } from '../contracts/index.ts';
import type { RecordStore } from '../bus/bus.ts';
import type { CallRecord, Outcome } from './state.ts';

export const CallRecordSchema = z.object({
  call: CallSchema,
  offer: z.string().nullable(),
  devices: z.object({ caller: z.string().nullable(), callee: z.string().nullable() }),
  at: z.iso.datetime(),
});

/** How often one change is tried again after losing to another replica's write. */
const ATTEMPTS = 8;

export class StoredCallError extends Error {
  override name = 'StoredCallError';
}

export class CallConflictError extends Error {
  override name = 'CallConflictError';
}

export async function loadCall(records: RecordStore, id: string): Promise<{ record: CallRecord; revision: number } | null> {
  const held = await records.get(id);
  if (!held) return null;
  const parsed = CallRecordSchema.safeParse(held.value);
  if (!parsed.success) throw new StoredCallError(`stored call ${id} is not valid: ${parsed.error.issues[0]?.message ?? ''}`);
  return { record: parsed.data, revision: held.revision };
}

/** Stores a new call; false when the id is taken. */
export async function createCall(records: RecordStore, record: CallRecord): Promise<boolean> {
  return (await records.put(record.call.id, record, 0)) !== null;
}

/**
 * Decides a change from the call as stored and stores it, deciding again on the newer call when
 * another write came first. Null when there is no such call; a refusal is returned as it is.
 */
export async function changeCall(records: RecordStore, id: string, decide: (record: CallRecord) => Outcome): Promise<Outcome | null> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const held = await loadCall(records, id);
    if (!held) return null;
    const out = decide(held.record);
    if (!out.ok || out.record === held.record) return out;
    if ((await records.put(id, out.record, held.revision)) !== null) return out;
  }
  throw new CallConflictError(`call ${id} kept changing under ${ATTEMPTS} attempts to change it`);
}
