import test from 'ava';
import { createFlowControl } from './flow-control.ts';

test('publishers wait while the consumer is behind, and go on when it catches up', async (t) => {
  let clock = 0;
  const backlog = [500, 300, 50];
  let reads = 0;
  const fc = createFlowControl({
    maxPending: 100,
    refreshMs: 10,
    now: () => clock,
    sleep: async (ms) => void (clock += ms),
    pending: async () => backlog[Math.min(reads++, backlog.length - 1)] ?? 0,
  });
  await fc.room();
  t.is(reads, 3);
  t.is(clock, 20);
  await fc.room(); // fresh enough: no new read
  t.is(reads, 3);
});

test('a consumer that cannot be read does not block publishing', async (t) => {
  const fc = createFlowControl({ maxPending: 1, pending: async () => Promise.reject(new Error('no consumer')) });
  const outcome = await Promise.race([fc.room().then(() => 'room'), new Promise((r) => setTimeout(() => r('blocked'), 500))]);
  t.is(outcome, 'room');
});
