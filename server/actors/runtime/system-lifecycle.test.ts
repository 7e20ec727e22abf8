import test from 'ava';
import { ActorFailedError } from './errors.ts';
import { createActorSystem } from './system.ts';
import { silentLog, sleep, waitFor } from './testing.ts';
import type { ActorLogic, ChildFailed } from './types.ts';

test('a throwing receive restarts the actor after a backoff, with fresh state and the queue kept', async (t) => {
  const sys = createActorSystem({ log: silentLog(), supervision: { backoffBaseMs: 40, maxRestarts: 3 } });
  let inits = 0;
  const seen: Array<[string, number]> = [];
  let boomAt = 0;
  let restartedAt = 0;
  sys.spawn<string, number>('flaky:a', {
    init: () => {
      inits += 1;
      if (inits === 2) restartedAt = Date.now();
      return 0;
    },
    receive: (n, m) => {
      if (m === 'boom') {
        boomAt = Date.now();
        throw new Error('boom');
      }
      seen.push([m, n]);
      return n + 1;
    },
  });
  for (const m of ['a', 'b', 'boom', 'c', 'd']) sys.tell('flaky:a', m);
  await sleep(10);
  t.deepEqual(seen, [['a', 0], ['b', 1]]);
  t.is(sys.stats().perActor[0]?.status, 'backoff');
  sys.tell('flaky:a', 'e');
  await waitFor(() => seen.length === 5);
  t.deepEqual(seen.slice(2), [['c', 0], ['d', 1], ['e', 2]]);
  t.is(inits, 2);
  t.true(restartedAt - boomAt >= 35, `restart waited ${restartedAt - boomAt} ms`);
  t.is(sys.stats().perActor[0]?.restarts, 1);
  await sys.stopAll();
});

test('a child that exhausts its restarts stops and its failure reaches the parent as a message', async (t) => {
  const sys = createActorSystem({ log: silentLog() });
  const failures: ChildFailed[] = [];
  let childInits = 0;
  const child: ActorLogic<string, null> = {
    init: () => (childInits += 1, null),
    receive: () => {
      throw new TypeError('always');
    },
  };
  type ParentMsg = { type: 'go' } | ChildFailed;
  sys.spawn<ParentMsg, null>('parent:p', {
    init: () => null,
    receive: (s, m, ctx) => {
      if (m.type === 'go') {
        const ref = ctx.spawn('child:c', child, { supervision: { backoffBaseMs: 1, maxRestarts: 2 } });
        for (let i = 0; i < 5; i += 1) ref.tell('x');
      } else failures.push(m);
      return s;
    },
  });
  sys.tell('parent:p', { type: 'go' });
  await waitFor(() => failures.length === 1);
  const [failure] = failures;
  t.is(failure?.id, 'child:c');
  t.true(failure?.error instanceof ActorFailedError);
  t.true((failure?.error.cause as Error) instanceof TypeError);
  t.is(childInits, 3);
  t.false(sys.has('child:c'));
  t.true(sys.has('parent:p'));
  t.is(sys.stats().failed, 1);
  await sys.stopAll();
});

test('a failing init is supervised too, and a root failure reaches onFailure', async (t) => {
  const failed: Array<[string, Error]> = [];
  const sys = createActorSystem({
    log: silentLog(),
    supervision: { backoffBaseMs: 1, maxRestarts: 1 },
    onFailure: (id, error) => void failed.push([id, error]),
  });
  let inits = 0;
  sys.spawn('broken:a', {
    init: async () => {
      inits += 1;
      throw new Error('cannot init');
    },
    receive: (s: null) => s,
  });
  await waitFor(() => failed.length === 1);
  t.is(inits, 2);
  t.is(failed[0]?.[0], 'broken:a');
  t.is((failed[0]?.[1].cause as Error).message, 'cannot init');
  t.false(sys.has('broken:a'));
});

test('an idle actor is passivated through its stop hook and re-created on the next tell', async (t) => {
  const sys = createActorSystem({ log: silentLog() });
  const store = new Map<string, number>();
  let inits = 0;
  const logic: ActorLogic<'inc', number> = {
    init: (ctx) => (inits += 1, store.get(ctx.self) ?? 0),
    receive: (n) => n + 1,
    stop: (n, ctx) => void store.set(ctx.self, n),
  };
  sys.getOrCreate('count:a', () => logic, { idleMs: 25 });
  for (let i = 0; i < 3; i += 1) sys.tell('count:a', 'inc');
  await waitFor(() => sys.stats().passivated === 1);
  t.is(store.get('count:a'), 3);
  t.is(sys.stats().actors, 0);
  t.true(sys.has('count:a'));
  t.true(sys.tell('count:a', 'inc'));
  t.is(inits, 2);
  await waitFor(() => sys.stats().perActor[0]?.processed === 1);
  await sys.stop('count:a');
  t.is(store.get('count:a'), 4);
  t.false(sys.has('count:a'));
  t.false(sys.tell('count:a', 'inc'));
});

test('a busy actor is not passivated while messages keep coming', async (t) => {
  const sys = createActorSystem({ log: silentLog() });
  const seen: number[] = [];
  sys.spawn<number, null>('busy:a', { init: () => null, receive: (s, n) => (seen.push(n), s) }, { idleMs: 100 });
  for (let i = 0; i < 8; i += 1) {
    sys.tell('busy:a', i);
    await sleep(25);
  }
  t.is(sys.stats().passivated, 0);
  t.deepEqual(seen, [0, 1, 2, 3, 4, 5, 6, 7]);
  await sys.stopAll();
});

test('stopAll stops children before parents, newest first', async (t) => {
  const sys = createActorSystem({ log: silentLog() });
  const stopped: string[] = [];
  const leaf: ActorLogic<unknown, null> = {
    init: () => null,
    receive: (s) => s,
    stop: (_s, ctx) => void stopped.push(ctx.self),
  };
  const parent = (kids: string[]): ActorLogic<unknown, null> => ({
    init: (ctx) => {
      for (const k of kids) ctx.getOrCreate(k, () => leaf);
      return null;
    },
    receive: (s) => s,
    stop: (_s, ctx) => void stopped.push(ctx.self),
  });
  sys.spawn('root:a', parent(['leaf:a1', 'leaf:a2']));
  sys.spawn('root:b', parent(['leaf:b1']));
  await waitFor(() => sys.stats().actors === 5);
  await sys.stopAll();
  t.deepEqual(stopped, ['leaf:b1', 'root:b', 'leaf:a2', 'leaf:a1', 'root:a']);
  t.is(sys.stats().actors, 0);
});

test('stopping a parent stops its children; a failing stop hook is logged, not thrown', async (t) => {
  const sys = createActorSystem({ log: silentLog() });
  sys.spawn('root:a', {
    init: (ctx) => (ctx.spawn('leaf:a', { init: () => null, receive: (s) => s }), null),
    receive: (s) => s,
    stop: () => {
      throw new Error('disk full');
    },
  });
  await waitFor(() => sys.has('leaf:a'));
  await t.notThrowsAsync(sys.stop('root:a'));
  t.false(sys.has('leaf:a'));
  t.false(sys.has('root:a'));
});

test('a message told while an actor is being passivated waits and re-creates it after its stop hook', async (t) => {
  const sys = createActorSystem({ log: silentLog() });
  const store = new Map<string, number>();
  let stopping = false;
  const seen: Array<[string, number]> = [];
  const logic: ActorLogic<string, number> = {
    init: (ctx) => store.get(ctx.self) ?? 0,
    receive: (n, m) => (seen.push([m, n]), n + 1),
    stop: async (n, ctx) => {
      stopping = true;
      await sleep(30);
      store.set(ctx.self, n);
    },
  };
  sys.getOrCreate('slow:a', () => logic, { idleMs: 20 });
  sys.tell('slow:a', 'first');
  await waitFor(() => stopping);
  t.true(sys.tell('slow:a', 'second'));
  t.is(sys.getOrCreate('slow:a', () => logic).id, 'slow:a');
  await waitFor(() => seen.length === 2);
  t.deepEqual(seen, [['first', 0], ['second', 1]]);
  await sys.stopAll();
});
