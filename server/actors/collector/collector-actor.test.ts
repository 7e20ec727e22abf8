import test from 'ava';
import { createActorSystem } from '../runtime/system.ts';
import { silentLog, sleep, waitFor } from '../runtime/testing.ts';
import type { ActorLogic } from '../runtime/types.ts';
import { collectorLogic } from './collector-actor.ts';

type V = { key: string; n: number };

test('first change goes out at once, later ones within the interval fold into one trailing emit', async (t) => {
  const system = createActorSystem({ log: silentLog() });
  const emitted: unknown[] = [];
  system.spawn('all:v', collectorLogic<V>({
    channel: 'test/all/v', keyOf: (v) => v.key, minIntervalMs: 300, memory: new Map(),
    emit: (_c, data) => void emitted.push(data),
  }));
  system.tell('all:v', { type: 'value.updated', value: { key: 'b', n: 1 } });
  await waitFor(() => emitted.length === 1);
  for (const value of [{ key: 'a', n: 1 }, { key: 'b', n: 2 }, { key: 'a', n: 3 }]) system.tell('all:v', { type: 'value.updated', value });
  await waitFor(() => emitted.length === 2);
  await sleep(20);
  t.deepEqual(emitted, [[{ key: 'b', n: 1 }], [{ key: 'a', n: 3 }, { key: 'b', n: 2 }]]);
  await system.stopAll();
});

test('a failing emit is logged and the values are kept', async (t) => {
  const system = createActorSystem({ log: silentLog() });
  let calls = 0;
  const memory = new Map<string, V>();
  system.spawn('all:v', collectorLogic<V>({
    channel: 'test/all/v', keyOf: (v) => v.key, minIntervalMs: 0, memory,
    emit: () => {
      calls += 1;
      throw new Error('publisher down');
    },
  }));
  system.tell('all:v', { type: 'value.updated', value: { key: 'a', n: 1 } });
  system.tell('all:v', { type: 'value.updated', value: { key: 'b', n: 1 } });
  await waitFor(() => calls === 2);
  t.is(memory.size, 2);
  t.is(system.stats().perActor[0]?.restarts, 0);
  await system.stopAll();
});

test('a failed child is reported to onChildFailed, which can re-create it', async (t) => {
  const system = createActorSystem({ log: silentLog() });
  let childInits = 0;
  const failed: string[] = [];
  const child = (): ActorLogic<string, null> => ({
    init: () => (childInits += 1, null),
    receive: (s, m) => {
      if (m === 'boom') throw new Error('boom');
      return s;
    },
  });
  const spawnChild = (ctx: { getOrCreate: typeof system.getOrCreate }) =>
    ctx.getOrCreate('part:x', child, { supervision: { maxRestarts: 0 } });
  system.spawn('all:v', collectorLogic<V>({
    channel: 'test/all/v', keyOf: (v) => v.key, minIntervalMs: 0, memory: new Map(), emit: () => {},
    onInit: (ctx) => void spawnChild(ctx),
    onChildFailed: (f, ctx) => (failed.push(f.id), void spawnChild(ctx)),
  }));
  await waitFor(() => childInits === 1);
  system.tell('part:x', 'boom');
  await waitFor(() => childInits === 2);
  t.deepEqual(failed, ['part:x']);
  t.true(system.has('part:x'));
  await system.stopAll();
  t.false(system.has('part:x'));
});
