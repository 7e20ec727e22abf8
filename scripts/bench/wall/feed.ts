/**
 * @module scripts/bench/wall/feed
 * The benchmark's live load: values from the feed model pushed into the API's live hub at a fixed
 * rate, round-robin over every district channel, each source channel, `sources/city/all` and
 * `air/city/latest`, so each 10 ms batch touches distinct channels.
 */
import { channels } from '../../../server/contracts/channels.ts';
import type { FeedModel } from './feed-model.ts';
import { startPacer, type Pacer } from './pacer.ts';

export type FeedItem =
  | { kind: 'district'; code: string }
  | { kind: 'source'; id: string }
  | { kind: 'sources' }
  | { kind: 'city' };

/** The channels in the order they are fed, one after the other. */
export function feedPlan(districtCodes: readonly string[], sourceIds: readonly string[]): FeedItem[] {
  return [
    ...districtCodes.map((code): FeedItem => ({ kind: 'district', code })),
    ...sourceIds.map((id): FeedItem => ({ kind: 'source', id })),
    { kind: 'sources' },
    { kind: 'city' },
  ];
}

export interface LiveValue {
  channel: string;
  data: unknown;
}

/** The channel a plan item is fed on. */
export function channelOf(item: FeedItem): string {
  switch (item.kind) {
    case 'district':
      return channels.airDistrict(item.code);
    case 'source':
      return channels.source(item.id);
    case 'sources':
      return channels.sources();
    case 'city':
      return channels.airCity();
  }
}

/** The next live value of one plan item at `nowMs`. */
export function valueOf(model: FeedModel, item: FeedItem, nowMs: number): LiveValue {
  const channel = channelOf(item);
  switch (item.kind) {
    case 'district':
      return { channel, data: model.district(item.code, nowMs) };
    case 'source':
      return { channel, data: model.source(item.id, nowMs) };
    case 'sources':
      return { channel, data: model.sources() };
    case 'city':
      return { channel, data: model.city() };
  }
}

export interface HubLike {
  set(channel: string, data: unknown, at: string): void;
}

export interface Feed extends Pacer {
  /** Events per second achieved since the start. */
  achievedPerS(): number;
}

/** Pushes `ratePerS` values a second into `hub` until stopped. */
export function startFeed(hub: HubLike, model: FeedModel, plan: readonly FeedItem[], ratePerS: number): Feed {
  let cursor = 0;
  // primes every channel so the first subscriber of each gets a value
  for (const item of plan) {
    const v = valueOf(model, item, Date.now());
    hub.set(v.channel, v.data, new Date().toISOString());
  }
  const pacer = startPacer({
    ratePerS,
    send(n) {
      const nowMs = Date.now();
      const at = new Date(nowMs).toISOString();
      for (let i = 0; i < n; i += 1) {
        const item = plan[cursor % plan.length];
        cursor += 1;
        if (!item) continue;
        const v = valueOf(model, item, nowMs);
        hub.set(v.channel, v.data, at);
      }
    },
  });
  return {
    ...pacer,
    achievedPerS() {
      const s = pacer.stats();
      return s.elapsedMs > 0 ? (s.sent / s.elapsedMs) * 1000 : 0;
    },
  };
}
