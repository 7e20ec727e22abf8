/**
 * @module live/hub
 * The channel registry of one API process: the last value of every channel and its listeners.
 * Fed from the bus (every replica sees every change) and preloaded from persisted snapshots,
 * so a new subscriber always gets the last value, then each change.
 */
export interface ChannelValue {
  data: unknown;
  at: string;
}

export type Listener = (channel: string, value: ChannelValue) => void;

export interface LiveHub {
  set(channel: string, data: unknown, at: string): void;
  get(channel: string): ChannelValue | undefined;
  /** Every channel whose address starts with `prefix`. */
  entries(prefix: string): [string, ChannelValue][];
  subscribe(channel: string, listener: Listener): () => void;
  /** Listens to every channel whose address starts with `prefix` (for derived channels). */
  watch(prefix: string, listener: Listener): () => void;
  stats(): { channels: number; listeners: number };
}

export function createLiveHub(): LiveHub {
  const values = new Map<string, ChannelValue>();
  const listeners = new Map<string, Set<Listener>>();
  const watchers = new Set<{ prefix: string; listener: Listener }>();
  let listenerCount = 0;

  return {
    set(channel, data, at) {
      const prev = values.get(channel);
      if (prev && prev.at > at) return; // an older value arriving late never replaces a newer one
      const value = { data, at };
      values.set(channel, value);
      for (const l of listeners.get(channel) ?? []) l(channel, value);
      for (const w of watchers) if (channel.startsWith(w.prefix)) w.listener(channel, value);
    },
    get: (channel) => values.get(channel),
    entries(prefix) {
      return [...values].filter(([c]) => c.startsWith(prefix)).sort(([a], [b]) => a.localeCompare(b));
    },
    subscribe(channel, listener) {
      let set = listeners.get(channel);
      if (!set) listeners.set(channel, (set = new Set()));
      set.add(listener);
      listenerCount++;
      return () => {
        if (set.delete(listener)) listenerCount--;
        if (set.size === 0) listeners.delete(channel);
      };
    },
    watch(prefix, listener) {
      const w = { prefix, listener };
      watchers.add(w);
      return () => void watchers.delete(w);
    },
    stats: () => ({ channels: values.size, listeners: listenerCount }),
  };
}
