import test from 'ava';
import { initialWatch, watch, type WatchEvent, type WatchState } from './stream-watchdog.ts';

const run = (events: WatchEvent[], from: WatchState = initialWatch(0)): { s: WatchState; reconnects: number[] } => {
  let s = from;
  const reconnects: number[] = [];
  for (const e of events) {
    const step = watch(s, e);
    s = step.next;
    if (step.reconnect) reconnects.push(e.at);
  }
  return { s, reconnects };
};
const ticks = (from: number, to: number, every = 250): WatchEvent[] => Array.from({ length: Math.floor((to - from) / every) + 1 }, (_, i) => ({ type: 'tick', at: from + i * every }));
const frames = (from: number, to: number, every = 66): WatchEvent[] => Array.from({ length: Math.floor((to - from) / every) + 1 }, (_, i) => ({ type: 'frame', at: from + i * every }));
const byTime = (...lists: WatchEvent[][]): WatchEvent[] => lists.flat().sort((a, b) => a.at - b.at);

test('connecting until the first picture, then playing', (t) => {
  const { s, reconnects } = run(byTime([{ type: 'connected', at: 100 }], frames(900, 2000), ticks(0, 2000)));
  t.is(s.state, 'playing');
  t.deepEqual(reconnects, []);
});

test('pictures stop: stalled after 1 s, no-signal after 3 s with one reconnect, playing again when they return', (t) => {
  const start = byTime([{ type: 'connected', at: 0 }], frames(100, 2000));
  const stalled = run(byTime(start, ticks(2000, 3200)));
  t.is(stalled.s.state, 'stalled');
  const dark = run(byTime(start, ticks(2000, 5200)));
  t.is(dark.s.state, 'no-signal');
  t.is(dark.reconnects.length, 1);
  t.is(dark.s.connection, null);
  t.is(dark.s.failures, 1);
  // the next connection shows nothing for 8 s: given up again, still no-signal, backoff grows
  const again = run(byTime([{ type: 'connected', at: 6000 }], ticks(5250, 14_500)), dark.s);
  t.is(again.s.state, 'no-signal');
  t.deepEqual(again.reconnects, [14_250]);
  t.is(again.s.failures, 2);
  const back = run(byTime([{ type: 'connected', at: 15_000 }], frames(15_500, 16_000)), again.s);
  t.is(back.s.state, 'playing');
  t.is(back.s.failures, 0);
});

test('a connection ended by the server while playing is stalled and reconnects at once', (t) => {
  const { s, reconnects } = run(byTime([{ type: 'connected', at: 0 }], frames(100, 1000), [{ type: 'ended', at: 1050 }]));
  t.is(s.state, 'stalled');
  t.deepEqual(reconnects, [1050]);
  const later = run(ticks(1100, 4200), s);
  t.is(later.s.state, 'no-signal', 'no picture for 3 s');
  t.deepEqual(later.reconnects, [], 'no second reconnect while none is open');
});

test('a camera that never shows a picture is no-signal after the connect timeout', (t) => {
  const { s, reconnects } = run(byTime([{ type: 'connected', at: 0 }], ticks(0, 8500)));
  t.is(s.state, 'no-signal');
  t.deepEqual(reconnects, [8250]);
});

test('no address or an undecodable stream is an error, retried; stale frames after teardown do not count', (t) => {
  const { s, reconnects } = run([{ type: 'failed', at: 10 }, { type: 'frame', at: 20 }]);
  t.is(s.state, 'error');
  t.deepEqual(reconnects, [10]);
  t.is(s.failures, 1);
});
