/**
 * @module wall/state/live-reducer
 * Applies `/live` messages to the wall state. Unknown channels are ignored; a payload that does not
 * match its contract is rejected (reported to the caller) and leaves the state as it was.
 */
import { z } from 'zod';
import { DistrictAirSchema, SourceHealthSchema, type ServerMessage } from '../../../server/contracts/index.ts';
import type { WallState } from './wall-state.ts';

export type ApplyResult = { changed: boolean; rejected?: string };

const CityAirSchema = z.array(DistrictAirSchema);
const HealthListSchema = z.array(SourceHealthSchema);

const issueOf = (e: z.ZodError): string => e.issues.map((i) => `${i.path.join('.')}: ${i.message}`).slice(0, 3).join('; ');

function applyData(state: WallState, channel: string, data: unknown, at: string | null): ApplyResult {
  if (channel === 'air/city/latest') {
    if (data === null) return { changed: false };
    const parsed = CityAirSchema.safeParse(data);
    if (!parsed.success) return { changed: false, rejected: issueOf(parsed.error) };
    for (const d of parsed.data) state.air.set(d.district, d);
    state.airAt = at;
    return { changed: true };
  }
  if (channel.startsWith('air/district/')) {
    if (data === null) return { changed: false };
    const parsed = DistrictAirSchema.safeParse(data);
    if (!parsed.success) return { changed: false, rejected: issueOf(parsed.error) };
    state.air.set(parsed.data.district, parsed.data);
    if (at !== null && (state.airAt === null || at > state.airAt)) state.airAt = at;
    return { changed: true };
  }
  if (channel === 'sources/city/all') {
    if (data === null) return { changed: false };
    const parsed = HealthListSchema.safeParse(data);
    if (!parsed.success) return { changed: false, rejected: issueOf(parsed.error) };
    for (const h of parsed.data) state.health.set(h.source, h);
    state.healthAt = at;
    return { changed: true };
  }
  if (channel.startsWith('sources/source/')) {
    if (data === null) return { changed: false };
    const parsed = SourceHealthSchema.safeParse(data);
    if (!parsed.success) return { changed: false, rejected: issueOf(parsed.error) };
    state.health.set(parsed.data.source, parsed.data);
    return { changed: true };
  }
  return { changed: false };
}

/** Applies one server message; `now` stamps the connection's last message and update times. */
export function applyServerMessage(state: WallState, msg: ServerMessage, now: number): ApplyResult {
  state.connection.lastMessageAt = now;
  if (msg.type !== 'snapshot' && msg.type !== 'update') return { changed: false };
  const result = applyData(state, msg.channel, msg.data, msg.at);
  if (result.changed) {
    state.connection.lastUpdateAt = now;
    state.version += 1;
  }
  return result;
}
