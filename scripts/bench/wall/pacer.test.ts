import test from 'ava';
import { dueAt, nextBatch, type PaceState } from './pacer.ts';

const fresh: PaceState = { accounted: 0, sent: 0, skipped: 0 };

test('events due follow elapsed time exactly', (t) => {
  t.is(dueAt(0, 1000), 0);
  t.is(dueAt(10, 1000), 10);
  t.is(dueAt(999, 1000), 999);
  t.is(dueAt(15, 250), 3);
});

test('late and irregular ticks catch up without drift', (t) => {
  let state = fresh;
  const sends: number[] = [];
  for (const at of [10, 20, 37, 40, 95, 100, 1000]) {
    const next = nextBatch(state, at, 1000, 1000);
    sends.push(next.send);
    state = next.state;
  }
  t.deepEqual(sends, [10, 10, 17, 3, 55, 5, 900]);
  t.is(state.sent, 1000);
  t.is(state.skipped, 0);
});

test('a stall longer than the backlog limit is skipped, not burst', (t) => {
  const first = nextBatch(fresh, 10, 1000, 1000);
  const stalled = nextBatch(first.state, 3010, 1000, 1000);
  t.is(stalled.send, 1000);
  t.is(stalled.state.skipped, 2000);
  t.is(stalled.state.accounted, 3010);
  const after = nextBatch(stalled.state, 3020, 1000, 1000);
  t.is(after.send, 10);
});
