/**
 * @module platform/live-publisher
 * Where actor state changes go: the live fan-out to every API replica, and the snapshot table.
 */
import type { Bus } from '../bus/bus.ts';
import type { SnapshotWriter } from '../live/snapshot-writer.ts';

export type Emit = (channel: string, data: unknown) => void;

export function createLivePublisher(bus: Bus, snapshots: SnapshotWriter, now: () => number): Emit {
  return (channel, data) => {
    const at = new Date(now());
    bus.publishLive({ channel, data, at: at.toISOString() });
    snapshots.queue(channel, data, at);
  };
}
