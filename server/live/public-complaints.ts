/**
 * @module live/public-complaints
 * The complaint feed for everyone: derived in every API process from `complaints/city/feed` (titles
 * as filed, officials only) into `complaints/public/feed`, each title redacted of personal data
 * (server/privacy). The KPIs and rising issues are aggregates and are published as they are.
 */
import { channels, ComplaintBoardSchema, type ComplaintBoard } from '../contracts/index.ts';
import { redactText } from '../privacy/index.ts';
import type { LiveHub } from './hub.ts';

/** Pure: the public view of the feed. */
export const publicComplaintBoard = (b: ComplaintBoard): ComplaintBoard => ({
  ...b,
  complaints: b.complaints.map((c) => ({ ...c, title: redactText(c.title) })),
});

/** Keeps the public feed current; returns the function that stops it. */
export function derivePublicComplaints(hub: LiveHub): () => void {
  const compute = (): void => {
    const v = hub.get(channels.complaintFeed());
    const parsed = v ? ComplaintBoardSchema.safeParse(v.data) : null;
    if (v && parsed?.success) hub.set(channels.publicComplaintFeed(), publicComplaintBoard(parsed.data), v.at);
  };
  const stop = hub.watch(channels.complaintFeed(), compute);
  compute();
  return stop;
}
