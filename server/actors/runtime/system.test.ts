import test from 'ava';
import { ActorExistsError, ActorNotFoundError, InvalidActorIdError, MailboxFullError } from './errors.ts';
import { createActorSystem } from './system.ts';
import { gate, silentLog, sleep, waitFor } from './testing.ts';
import type { ActorLogic } from './types.ts';

const recorder = (seen: unknown[]): ActorLogic<unknown, number> => ({
  init: () => 0,
  receive: (n, msg) => (seen.push(msg), n + 1),
});

test('messages are processed in the order they were told, state threads through', async (t) => {
  const sys = createActorSystem({ log: silentLog() });
  const seen: number[] = [];
  let last = 0;
  const ref = sys.spawn<number, number>('counter:a', {
    init: () => 0,
    receive: (sum, n) => (seen.push(n), (last = sum + n)),
  });
  for (let i = 1; i <= 50; i += 1) t.true(ref.tell(i));
  await waitFor(() => seen.length === 50);
  t.deepEqual(seen, Array.from({ length: 50 }, (_, i) => i + 1));
  t.is(last, 1275);
  await sys.stopAll();
});

test('an async receive is awaited before the next message (one at a time)', async (t) => {
  const sys = createActorSystem({ log: silentLog() });
  let inFlight = 0;
  let maxInFlight = 0;
  const done: number[] = [];
  const ref = sys.spawn<number, null>('slow:a', {
    init: async () => (await sleep(2), null),
    receive: async (s, n) => {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await sleep(n % 3);
      done.push(n);
      inFlight -= 1;
      return s;
    },
  });
  for (let i = 0; i < 20; i += 1) ref.tell(i);
  await waitFor(() => done.length === 20);
  t.is(maxInFlight, 1);
  t.deepEqual(done, Array.from({ length: 20 }, (_, i) => i));
  await sys.stopAll();
});

test('tell never runs receive inside the caller', async (t) => {
  const sys = createActorSystem({ log: silentLog() });
  const seen: unknown[] = [];
  sys.spawn('rec:a', recorder(seen));
  await sleep(5);
  sys.tell('rec:a', 'x');
  t.deepEqual(seen, []);
  await waitFor(() => seen.length === 1);
  await sys.stopAll();
});

test('unknown ids are dead letters for tell and an ActorNotFoundError for send', (t) => {
  const sys = createActorSystem({ log: silentLog() });
  t.false(sys.tell('nobody:1', 'hi'));
  const err = t.throws(() => sys.send('nobody:2', 'hi'), { instanceOf: ActorNotFoundError });
  t.is(err?.name, 'ActorNotFoundError');
  t.is(sys.stats().deadLetters, 2);
  t.false(sys.has('nobody:1'));
});

test('spawn checks ids and refuses duplicates; getOrCreate reuses', async (t) => {
  const sys = createActorSystem({ log: silentLog() });
  t.throws(() => sys.spawn('no-colon', recorder([])), { instanceOf: InvalidActorIdError });
  sys.spawn('rec:a', recorder([]));
  t.throws(() => sys.spawn('rec:a', recorder([])), { instanceOf: ActorExistsError });
  let made = 0;
  const factory = (): ActorLogic<unknown, number> => (made += 1, recorder([]));
  t.is(sys.getOrCreate('rec:b', factory).id, 'rec:b');
  t.is(sys.getOrCreate('rec:b', factory).id, 'rec:b');
  t.is(made, 1);
  t.true(sys.has('rec:b'));
  await sys.stopAll();
  t.false(sys.has('rec:b'));
});

test('a bounded reject mailbox makes send throw MailboxFullError and tell return false', async (t) => {
  const sys = createActorSystem({ log: silentLog() });
  const hold = gate();
  const seen: string[] = [];
  sys.spawn<string, null>('busy:a', {
    init: () => null,
    receive: async (s, m) => (seen.push(m), await hold.promise, s),
  }, { mailbox: { kind: 'bounded', capacity: 2, overflow: 'reject' } });
  sys.tell('busy:a', 'first');
  await waitFor(() => seen.length === 1);
  t.true(sys.tell('busy:a', 'b'));
  t.true(sys.tell('busy:a', 'c'));
  t.false(sys.tell('busy:a', 'd'));
  const err = t.throws(() => sys.send('busy:a', 'e'), { instanceOf: MailboxFullError });
  t.is(err?.capacity, 2);
  t.is(sys.stats().perActor[0]?.rejected, 2);
  hold.open();
  await waitFor(() => seen.length === 3);
  t.deepEqual(seen, ['first', 'b', 'c']);
  await sys.stopAll();
});

test('drop-oldest and drop-newest count what they drop', async (t) => {
  const sys = createActorSystem({ log: silentLog() });
  const hold = gate();
  const seen: Record<string, string[]> = { old: [], new: [] };
  const logic = (k: string): ActorLogic<string, null> => ({
    init: () => null,
    receive: async (s, m) => (seen[k]?.push(m), await hold.promise, s),
  });
  sys.spawn('q:old', logic('old'), { mailbox: { kind: 'bounded', capacity: 2, overflow: 'drop-oldest' } });
  sys.spawn('q:new', logic('new'), { mailbox: { kind: 'bounded', capacity: 2, overflow: 'drop-newest' } });
  for (const id of ['q:old', 'q:new']) sys.tell(id, 'm0');
  await waitFor(() => seen.old?.length === 1 && seen.new?.length === 1);
  const told = ['m1', 'm2', 'm3', 'm4'].map((m) => [sys.tell('q:old', m), sys.tell('q:new', m)]);
  t.deepEqual(told, [[true, true], [true, true], [true, false], [true, false]]);
  hold.open();
  await waitFor(() => seen.old?.length === 3 && seen.new?.length === 3);
  t.deepEqual(seen, { old: ['m0', 'm3', 'm4'], new: ['m0', 'm1', 'm2'] });
  t.deepEqual(sys.stats().perActor.map((a) => a.dropped), [2, 2]);
  await sys.stopAll();
});

test('a coalescing mailbox keeps only the newest message per key', async (t) => {
  const sys = createActorSystem({ log: silentLog() });
  const hold = gate();
  const seen: string[] = [];
  type M = { type: 'tick' | 'obs'; v: string };
  sys.spawn<M, null>('co:a', {
    init: () => null,
    receive: async (s, m) => (seen.push(m.v), await hold.promise, s),
  }, { mailbox: { kind: 'coalescing', key: (m) => (m.type === 'tick' ? 'tick' : undefined) } });
  sys.tell('co:a', { type: 'obs', v: 'o0' });
  await waitFor(() => seen.length === 1);
  for (const m of [{ type: 'tick', v: 't1' }, { type: 'obs', v: 'o1' }, { type: 'tick', v: 't2' }, { type: 'tick', v: 't3' }]) {
    sys.tell('co:a', m);
  }
  hold.open();
  await waitFor(() => seen.length === 3);
  await sleep(5);
  t.deepEqual(seen, ['o0', 't3', 'o1']);
  t.is(sys.stats().perActor[0]?.coalesced, 2);
  await sys.stopAll();
});

const fairnessRun = async (throughput: number): Promise<number> => {
  const sys = createActorSystem({ log: silentLog(), throughput });
  const order: string[] = [];
  const logic: ActorLogic<string, null> = { init: () => null, receive: (s, m) => (order.push(m), s) };
  sys.spawn('busy:a', logic);
  sys.spawn('quiet:b', logic);
  for (let i = 0; i < 200; i += 1) sys.tell('busy:a', `a${i}`);
  sys.tell('quiet:b', 'b');
  await waitFor(() => order.length === 201);
  await sys.stopAll();
  return order.indexOf('b');
};

test('the throughput cap lets a quiet actor run while a busy one has a long queue', async (t) => {
  t.true((await fairnessRun(10)) <= 20);
  t.is(await fairnessRun(1000), 200);
});

test('schedule delivers later, and pending timers die with the actor', async (t) => {
  const sys = createActorSystem({ log: silentLog() });
  const seen: string[] = [];
  type M = { type: 'start' | 'later' | 'never' };
  sys.spawn<M, null>('timer:a', {
    init: () => null,
    receive: (s, m, ctx) => {
      seen.push(m.type);
      if (m.type === 'start') {
        ctx.schedule({ type: 'later' }, 5);
        ctx.schedule({ type: 'never' }, 200);
      }
      return s;
    },
  });
  sys.tell('timer:a', { type: 'start' });
  await waitFor(() => seen.includes('later'));
  await sys.stop('timer:a');
  await sleep(250);
  t.deepEqual(seen, ['start', 'later']);
});

test('stop lets the message in hand finish, discards the queue and runs the stop hook', async (t) => {
  const sys = createActorSystem({ log: silentLog() });
  const hold = gate();
  const stopped: number[] = [];
  sys.spawn<number, number>('st:a', {
    init: () => 0,
    receive: async (sum, n) => (await hold.promise, sum + n),
    stop: (sum) => void stopped.push(sum),
  });
  sys.tell('st:a', 5);
  sys.tell('st:a', 7);
  await sleep(5);
  const stopping = sys.stop('st:a');
  t.false(sys.tell('st:a', 1));
  hold.open();
  await stopping;
  t.deepEqual(stopped, [5]);
  t.false(sys.has('st:a'));
});
