/**
 * @module actors/runtime/mailbox
 * Mailboxes: unbounded FIFO, bounded FIFO with an overflow policy, and coalescing (a newer message
 * with the same key replaces the queued one where it stands). Pure data structures, no timers.
 */
import type { MailboxSpec, OverflowPolicy } from './types.ts';

/** What happened to an offered message. */
export type OfferResult = 'queued' | 'coalesced' | 'dropped-oldest' | 'dropped-newest' | 'rejected';

export interface Mailbox<Msg> {
  offer(msg: Msg): OfferResult;
  take(): Msg | undefined;
  readonly size: number;
  clear(): number;
}

/** A FIFO queue with O(1) amortized push and shift. */
class Fifo<T> {
  private items: T[] = [];
  private head = 0;
  get size(): number {
    return this.items.length - this.head;
  }
  push(item: T): void {
    this.items.push(item);
  }
  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head];
    this.items[this.head] = undefined as T;
    this.head += 1;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
  clear(): number {
    const n = this.size;
    this.items = [];
    this.head = 0;
    return n;
  }
}

const unbounded = <Msg>(): Mailbox<Msg> => {
  const q = new Fifo<Msg>();
  return {
    offer: (msg) => (q.push(msg), 'queued'),
    take: () => q.shift(),
    get size() {
      return q.size;
    },
    clear: () => q.clear(),
  };
};

const bounded = <Msg>(capacity: number, overflow: OverflowPolicy): Mailbox<Msg> => {
  if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`mailbox capacity must be ≥ 1, got ${capacity}`);
  const q = new Fifo<Msg>();
  return {
    offer(msg) {
      if (q.size < capacity) return q.push(msg), 'queued';
      if (overflow === 'drop-newest') return 'dropped-newest';
      if (overflow === 'reject') return 'rejected';
      q.shift();
      q.push(msg);
      return 'dropped-oldest';
    },
    take: () => q.shift(),
    get size() {
      return q.size;
    },
    clear: () => q.clear(),
  };
};

/** Insertion-ordered map: replacing a key keeps its place, so a coalesced message is not delayed. */
const coalescing = <Msg>(keyOf: (msg: Msg) => string | undefined): Mailbox<Msg> => {
  let entries = new Map<string | symbol, Msg>();
  return {
    offer(msg) {
      const key = keyOf(msg) ?? Symbol('uncoalesced');
      const had = entries.has(key);
      entries.set(key, msg);
      return had ? 'coalesced' : 'queued';
    },
    take() {
      const first = entries.entries().next();
      if (first.done === true) return undefined;
      entries.delete(first.value[0]);
      return first.value[1];
    },
    get size() {
      return entries.size;
    },
    clear() {
      const n = entries.size;
      entries = new Map();
      return n;
    },
  };
};

export const createMailbox = <Msg>(spec: MailboxSpec<Msg> = { kind: 'unbounded' }): Mailbox<Msg> => {
  switch (spec.kind) {
    case 'unbounded':
      return unbounded<Msg>();
    case 'bounded':
      return bounded<Msg>(spec.capacity, spec.overflow);
    case 'coalescing':
      return coalescing<Msg>(spec.key);
  }
};
