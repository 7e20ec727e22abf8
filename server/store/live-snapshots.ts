/**
 * @module server/store/live-snapshots
 * The last value of every live channel. Upserts keep the newest value: an older one arriving late
 * (another replica, a replay) does not overwrite it.
 */
import { asc, like, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { liveSnapshots } from '../../db/schema/index.ts';
import { ChannelSchema } from '../contracts/index.ts';

export const LiveSnapshotSchema = z.object({ channel: ChannelSchema, data: z.unknown(), at: z.date() });
export type LiveSnapshot = { channel: string; data: unknown; at: Date };

export const upsertSnapshots = async (db: Database, items: readonly LiveSnapshot[]): Promise<void> => {
  const latest = new Map<string, LiveSnapshot>();
  for (const item of items) {
    const s = LiveSnapshotSchema.parse(item) as LiveSnapshot;
    const prev = latest.get(s.channel);
    if (!prev || prev.at <= s.at) latest.set(s.channel, s);
  }
  if (latest.size === 0) return;
  await db.orm
    .insert(liveSnapshots)
    .values([...latest.values()].map((s) => ({ channel: s.channel, data: s.data ?? null, at: s.at })))
    .onConflictDoUpdate({
      target: liveSnapshots.channel,
      set: { data: sql`excluded.data`, at: sql`excluded.at` },
      setWhere: sql`excluded.at >= ${liveSnapshots.at}`,
    });
};

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Snapshots whose channel starts with `prefix` (e.g. `air/district/`); '' for all. */
export const snapshotsByPrefix = (db: Database, prefix: string): Promise<LiveSnapshot[]> =>
  db.orm
    .select()
    .from(liveSnapshots)
    .where(like(liveSnapshots.channel, `${escapeLike(prefix)}%`))
    .orderBy(asc(liveSnapshots.channel));
