/**
 * @module live/snapshot-writer
 * Persists the last value of each live channel, coalesced: at most one upsert per channel per
 * interval, so a restart or a new API replica starts from the last known state.
 */
import type { Logger } from 'pino';

export interface Snapshot {
  channel: string;
  data: unknown;
  at: Date;
}

export interface SnapshotWriter {
  queue(channel: string, data: unknown, at: Date): void;
  flush(): Promise<void>;
  stop(): Promise<void>;
}

export function createSnapshotWriter(opts: {
  save(items: Snapshot[]): Promise<void>;
  log: Logger;
  intervalMs?: number;
}): SnapshotWriter {
  const pending = new Map<string, Snapshot>();
  let running: Promise<void> = Promise.resolve();

  const flush = (): Promise<void> => {
    running = running.then(async () => {
      if (pending.size === 0) return;
      const items = [...pending.values()];
      pending.clear();
      try {
        await opts.save(items);
      } catch (err) {
        opts.log.error({ err, count: items.length }, 'could not persist live snapshots; will retry');
        for (const s of items) if (!pending.has(s.channel)) pending.set(s.channel, s);
      }
    });
    return running;
  };
  const timer = setInterval(() => void flush(), opts.intervalMs ?? 1000);
  timer.unref();

  return {
    queue(channel, data, at) {
      pending.set(channel, { channel, data, at });
    },
    flush,
    async stop() {
      clearInterval(timer);
      await flush();
    },
  };
}
