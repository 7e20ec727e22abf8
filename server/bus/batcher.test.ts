import test from 'ava';
import { pino } from 'pino';
import type { Delivery } from './bus.ts';
import { createBatcher } from './batcher.ts';

const log = pino({ level: 'silent' });

function delivery(n: number, naks: number[]): Delivery<number> {
  return { data: n, subject: 's', redelivered: false, ack: () => {}, nak: () => naks.push(n) };
}

test('groups items into calls of at most maxBatch, in order', async (t) => {
  const calls: number[][] = [];
  const b = createBatcher<number>({ maxBatch: 3, log, handler: async (items) => void calls.push(items.map((d) => d.data)) });
  for (let i = 0; i < 7; i++) await b.push(delivery(i, []));
  await b.idle();
  t.deepEqual(calls.flat(), [0, 1, 2, 3, 4, 5, 6]);
  t.true(calls.every((c) => c.length <= 3));
});

test('a failing handler naks its batch and the next batch still runs', async (t) => {
  const naks: number[] = [];
  const seen: number[] = [];
  let first = true;
  const b = createBatcher<number>({
    maxBatch: 2,
    log,
    handler: async (items) => {
      if (first) {
        first = false;
        throw new Error('db down');
      }
      seen.push(...items.map((d) => d.data));
    },
  });
  for (let i = 0; i < 4; i++) await b.push(delivery(i, naks));
  await b.idle();
  t.deepEqual(naks, [0, 1]);
  t.deepEqual(seen, [2, 3]);
});

test('with concurrency 2, two handler calls overlap and every item is handled once', async (t) => {
  let inFlight = 0;
  let most = 0;
  const seen: number[] = [];
  const b = createBatcher<number>({
    maxBatch: 2,
    concurrency: 2,
    log,
    handler: async (items) => {
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setTimeout(r, 20));
      seen.push(...items.map((d) => d.data));
      inFlight--;
    },
  });
  for (let i = 0; i < 8; i++) await b.push(delivery(i, []));
  await b.idle();
  t.is(most, 2);
  t.deepEqual(seen.sort((x, y) => x - y), [0, 1, 2, 3, 4, 5, 6, 7]);
});
