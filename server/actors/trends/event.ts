/**
 * @module actors/trends/event
 * One `media.published` event from the bus, checked: the envelope, its kind, a payload that is a `MediaItem`,
 * and an item that is the envelope's own (same id, published by the source that read it). Pure.
 */
import { EventEnvelopeSchema, MEDIA_EVENT_KINDS, MediaItemSchema, type MediaItem } from '../../contracts/index.ts';

export type ParsedMediaEvent = { ok: true; item: MediaItem } | { ok: false; reason: string };

const issues = (error: { issues: readonly { path: PropertyKey[]; message: string }[] }): string =>
  error.issues.slice(0, 3).map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; ');

/** True for the kind this actor consumes. */
export const isMediaKind = (kind: unknown): boolean => kind === MEDIA_EVENT_KINDS.published;

export const parseMediaEvent = (raw: unknown): ParsedMediaEvent => {
  const env = EventEnvelopeSchema.safeParse(raw);
  if (!env.success) return { ok: false, reason: `envelope: ${issues(env.error)}` };
  const e = env.data;
  if (!isMediaKind(e.kind)) return { ok: false, reason: `not a media event: ${e.kind}` };
  const p = MediaItemSchema.safeParse(e.payload);
  if (!p.success) return { ok: false, reason: `payload: ${issues(p.error)}` };
  const item = p.data;
  if (item.id !== e.id) return { ok: false, reason: `event ${e.id} carries item ${item.id}` };
  if (item.source !== e.source || !item.id.startsWith(`${e.source}:`)) return { ok: false, reason: `item ${item.id} does not belong to source ${e.source}` };
  return { ok: true, item };
};
