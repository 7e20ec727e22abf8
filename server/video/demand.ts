/**
 * @module video/demand
 * Cameras are relayed on demand: the first viewer of `/live/<camera>` starts its relay, and the relay
 * stops once nobody has watched it for `idleMs`. At most `maxRelays` cameras run at once; a viewer of
 * one more camera evicts the camera idle the longest, or waits (no signal) when all are watched.
 * Pure bookkeeping: the effects (`start`, `stop`) and the clock are passed in.
 */

export interface DemandDeps {
  start(camera: string): void;
  stop(camera: string): void;
  idleMs: number;
  maxRelays: number;
  now(): number;
}

export interface Demand {
  /** A viewer started watching (after its signature was checked). */
  viewerJoined(camera: string): void;
  viewerLeft(camera: string): void;
  /** Stops the relays idle for longer than `idleMs`; call it every few seconds. */
  sweep(): string[];
  running(): Array<{ camera: string; viewers: number }>;
}

interface Entry {
  viewers: number;
  idleSince: number | null;
}

export function createDemand(d: DemandDeps): Demand {
  const entries = new Map<string, Entry>();
  const waiting = new Set<string>();

  const evictOne = (): boolean => {
    let oldest: [string, number] | null = null;
    for (const [camera, e] of entries) {
      if (e.viewers === 0 && e.idleSince !== null && (oldest === null || e.idleSince < oldest[1])) oldest = [camera, e.idleSince];
    }
    if (oldest === null) return false;
    entries.delete(oldest[0]);
    d.stop(oldest[0]);
    return true;
  };

  const admit = (camera: string): void => {
    if (entries.size >= d.maxRelays && !evictOne()) {
      waiting.add(camera);
      return;
    }
    waiting.delete(camera);
    entries.set(camera, { viewers: 1, idleSince: null });
    d.start(camera);
  };

  return {
    viewerJoined(camera) {
      const e = entries.get(camera);
      if (e) {
        e.viewers += 1;
        e.idleSince = null;
      } else admit(camera);
    },
    viewerLeft(camera) {
      const e = entries.get(camera);
      if (!e) return void waiting.delete(camera);
      e.viewers = Math.max(0, e.viewers - 1);
      if (e.viewers === 0) e.idleSince = d.now();
    },
    sweep() {
      const stopped: string[] = [];
      for (const [camera, e] of entries) {
        if (e.viewers === 0 && e.idleSince !== null && d.now() - e.idleSince >= d.idleMs) {
          entries.delete(camera);
          d.stop(camera);
          stopped.push(camera);
        }
      }
      for (const camera of [...waiting]) if (entries.size < d.maxRelays) admit(camera);
      return stopped;
    },
    running: () => [...entries].map(([camera, e]) => ({ camera, viewers: e.viewers })),
  };
}
