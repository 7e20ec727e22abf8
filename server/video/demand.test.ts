import test from 'ava';
import { createDemand } from './demand.ts';

const setup = (maxRelays = 2) => {
  let now = 0;
  const log: string[] = [];
  const demand = createDemand({ start: (c) => log.push(`start ${c}`), stop: (c) => log.push(`stop ${c}`), idleMs: 30_000, maxRelays, now: () => now });
  return { demand, log, advance: (ms: number) => (now += ms) };
};

test('the first viewer starts a relay, later viewers share it, and it stops after the idle time', (t) => {
  const { demand, log, advance } = setup();
  demand.viewerJoined('cam-11680-00001');
  demand.viewerJoined('cam-11680-00001');
  t.deepEqual(log, ['start cam-11680-00001']);
  demand.viewerLeft('cam-11680-00001');
  demand.viewerLeft('cam-11680-00001');
  advance(29_000);
  t.deepEqual(demand.sweep(), []);
  demand.viewerJoined('cam-11680-00001');
  demand.viewerLeft('cam-11680-00001');
  advance(29_000);
  t.deepEqual(demand.sweep(), [], 'a returning viewer restarts the idle clock');
  advance(1_000);
  t.deepEqual(demand.sweep(), ['cam-11680-00001']);
  t.deepEqual(log, ['start cam-11680-00001', 'stop cam-11680-00001']);
});

test('at the cap, the camera idle the longest makes room; with every camera watched a new one waits', (t) => {
  const { demand, log, advance } = setup(2);
  demand.viewerJoined('a');
  demand.viewerJoined('b');
  demand.viewerLeft('a');
  advance(1000);
  demand.viewerJoined('c');
  t.deepEqual(log, ['start a', 'start b', 'stop a', 'start c']);
  demand.viewerJoined('d');
  t.deepEqual(demand.running().map((r) => r.camera).sort(), ['b', 'c'], 'd waits');
  demand.viewerLeft('b');
  advance(30_000);
  demand.sweep();
  t.deepEqual(demand.running().map((r) => r.camera).sort(), ['c', 'd'], 'd starts once b has gone idle');
});

test('a viewer leaving a camera that never started changes nothing', (t) => {
  const { demand, log } = setup(1);
  demand.viewerJoined('a');
  demand.viewerJoined('b');
  demand.viewerLeft('b');
  demand.sweep();
  t.deepEqual(log, ['start a']);
});
