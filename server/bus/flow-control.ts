/**
 * @module bus/flow-control
 * Publishers wait while the store writer is far behind: a backfill must not bury live data under a
 * backlog. The consumer's pending count is read at most every `refreshMs` and shared by all publishes
 * of the process; live traffic never comes near the limit, so it never waits.
 */
export interface FlowControlOptions {
  /** Messages the consumer may have waiting before publishers hold back. */
  maxPending: number;
  /** How stale the pending count may be. */
  refreshMs?: number;
  /** Reads the consumer's pending count (delivered-but-unacked plus not yet delivered). */
  pending(): Promise<number>;
  sleep?(ms: number): Promise<void>;
  now?(): number;
}

export interface FlowControl {
  /** Resolves when there is room to publish. */
  room(): Promise<void>;
}

export function createFlowControl(o: FlowControlOptions): FlowControl {
  const refreshMs = o.refreshMs ?? 100;
  const sleep = o.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const now = o.now ?? Date.now;
  let known = 0;
  let readAt = -Infinity;
  let reading: Promise<void> | null = null;
  const read = (): Promise<void> =>
    (reading ??= o
      .pending()
      .then(
        (n) => void (known = n),
        () => void (known = 0), // the consumer may not exist yet: do not block on it
      )
      .finally(() => {
        readAt = now();
        reading = null;
      }));
  return {
    async room() {
      for (;;) {
        if (now() - readAt >= refreshMs) await read();
        if (known < o.maxPending) return;
        await sleep(refreshMs);
      }
    },
  };
}
