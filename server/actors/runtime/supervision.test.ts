import test from 'ava';
import { decideRestart } from './supervision.ts';

const opts = { backoffBaseMs: 100, backoffMaxMs: 1000, maxRestarts: 5, windowMs: 10_000 };

test('backoff doubles from the base and stops after maxRestarts within the window', (t) => {
  let history: number[] = [];
  const delays: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const d = decideRestart(history, 1000 + i, opts);
    if (d.action !== 'restart') return t.fail('expected a restart');
    delays.push(d.delayMs);
    history = d.history;
  }
  t.deepEqual(delays, [100, 200, 400, 800, 1000]);
  t.is(decideRestart(history, 1010, opts).action, 'stop');
});

test('restarts older than the window are forgotten', (t) => {
  const history = [0, 1, 2, 3, 4];
  const d = decideRestart(history, 10_003, opts);
  t.is(d.action, 'restart');
  if (d.action === 'restart') {
    t.is(d.delayMs, 100 * 2 ** 1);
    t.deepEqual(d.history, [4, 10_003]);
  }
});

test('maxRestarts 0 stops at the first failure', (t) => {
  t.deepEqual(decideRestart([], 5, { ...opts, maxRestarts: 0 }), { action: 'stop', history: [] });
});
