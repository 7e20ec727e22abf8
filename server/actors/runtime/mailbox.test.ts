import test from 'ava';
import { createMailbox } from './mailbox.ts';

const drain = <T>(m: { take(): T | undefined }): T[] => {
  const out: T[] = [];
  for (let x = m.take(); x !== undefined; x = m.take()) out.push(x);
  return out;
};

test('unbounded keeps FIFO order across internal compaction', (t) => {
  const m = createMailbox<number>();
  for (let i = 0; i < 3000; i += 1) m.offer(i);
  const firstHalf = Array.from({ length: 1500 }, () => m.take());
  for (let i = 3000; i < 3100; i += 1) m.offer(i);
  t.deepEqual(firstHalf, Array.from({ length: 1500 }, (_, i) => i));
  t.is(m.size, 1600);
  t.deepEqual(drain(m), Array.from({ length: 1600 }, (_, i) => i + 1500));
  t.is(m.take(), undefined);
});

test('bounded drop-oldest replaces the head', (t) => {
  const m = createMailbox<string>({ kind: 'bounded', capacity: 2, overflow: 'drop-oldest' });
  t.deepEqual(['a', 'b', 'c'].map((x) => m.offer(x)), ['queued', 'queued', 'dropped-oldest']);
  t.deepEqual(drain(m), ['b', 'c']);
});

test('bounded drop-newest keeps the queue', (t) => {
  const m = createMailbox<string>({ kind: 'bounded', capacity: 2, overflow: 'drop-newest' });
  t.deepEqual(['a', 'b', 'c'].map((x) => m.offer(x)), ['queued', 'queued', 'dropped-newest']);
  t.deepEqual(drain(m), ['a', 'b']);
});

test('bounded reject refuses and accepts again after a take', (t) => {
  const m = createMailbox<string>({ kind: 'bounded', capacity: 1, overflow: 'reject' });
  t.is(m.offer('a'), 'queued');
  t.is(m.offer('b'), 'rejected');
  t.is(m.take(), 'a');
  t.is(m.offer('c'), 'queued');
  t.is(m.clear(), 1);
  t.is(m.size, 0);
});

test('bounded capacity must be a positive integer', (t) => {
  t.throws(() => createMailbox({ kind: 'bounded', capacity: 0, overflow: 'reject' }), { instanceOf: RangeError });
});

test('coalescing replaces a queued message in place and leaves unkeyed messages alone', (t) => {
  type M = { type: string; station?: string; v: number };
  const m = createMailbox<M>({ kind: 'coalescing', key: (x) => (x.station === undefined ? undefined : `${x.type}:${x.station}`) });
  const results = [
    m.offer({ type: 'obs', station: 's1', v: 1 }),
    m.offer({ type: 'cmd', v: 2 }),
    m.offer({ type: 'obs', station: 's2', v: 3 }),
    m.offer({ type: 'obs', station: 's1', v: 4 }),
    m.offer({ type: 'cmd', v: 5 }),
  ];
  t.deepEqual(results, ['queued', 'queued', 'queued', 'coalesced', 'queued']);
  t.deepEqual(drain(m).map((x) => x.v), [4, 2, 3, 5]);
});
