/**
 * @module actors/emergency/er-actors
 * `er:all`: the latest emergency-room report of every hospital, emitted on `er/city/all` (at most
 * every `minIntervalMs`). A collector: each `er.reported` event replaces its hospital's value when it
 * is newer; a payload that fails the contract is counted and dropped.
 */
import { channels } from '../../contracts/channels.ts';
import type { EventEnvelope } from '../../contracts/envelope.ts';
import { EmergencyRoomSchema, ER_EVENT_KIND, type EmergencyRoomState } from '../../contracts/emergency-room.ts';
import { collectedValues, collectorLogic } from '../collector/collector-actor.ts';
import type { ActorSystem } from '../runtime/system.ts';

export const ER_ALL_ID = 'er:all';

export interface ErActorsOptions {
  emit: (channel: string, data: unknown) => void;
  minIntervalMs?: number;
  seed?: readonly EmergencyRoomState[];
}

export interface ErActors {
  observeAll(events: readonly EventEnvelope[]): void;
  latest(): EmergencyRoomState[];
  counters(): { observed: number; invalid: number };
}

export const startErActors = (system: ActorSystem, opts: ErActorsOptions): ErActors => {
  const memory = new Map<string, EmergencyRoomState>((opts.seed ?? []).map((r) => [r.hospital, r]));
  const counters = { observed: 0, invalid: 0 };
  system.spawn(ER_ALL_ID, collectorLogic<EmergencyRoomState>({
    channel: channels.emergencyRooms(),
    keyOf: (r) => r.hospital,
    emit: opts.emit,
    minIntervalMs: opts.minIntervalMs ?? 1000,
    memory,
  }));
  return {
    observeAll(events) {
      for (const e of events) {
        if (e.kind !== ER_EVENT_KIND) continue;
        const parsed = EmergencyRoomSchema.safeParse(e.payload);
        if (!parsed.success) {
          counters.invalid += 1;
          continue;
        }
        const prev = memory.get(parsed.data.hospital);
        if (prev && prev.asOf >= e.observedAt) continue;
        counters.observed += 1;
        system.tell(ER_ALL_ID, { type: 'value.updated', value: { ...parsed.data, asOf: e.observedAt } });
      }
    },
    latest: () => collectedValues(memory),
    counters: () => ({ ...counters }),
  };
};
