/**
 * The bus's call records and signals on NATS and in memory: compare-and-set on each call's subject in
 * the CALLS stream, and signals for a person reaching another connection (another replica) listening for them.
 */
import { randomBytes } from 'node:crypto';
import test from 'ava';
import { pino } from 'pino';
import type { Bus, SignalMessage } from './bus.ts';
import { createMemoryBus } from './memory-bus.ts';
import { connectNatsBus } from './nats-bus.ts';

const log = pino({ level: 'silent' });
const NATS_URL = process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222';

/** Two connections of one deployment (two API replicas), or the one in-process bus twice. */
const KINDS: Array<[string, () => Promise<[Bus, Bus]>]> = [
  ['nats', async () => {
    const namespace = `t${randomBytes(5).toString('hex')}`;
    const opts = { url: NATS_URL, name: 'scpm-test', namespace, maxBytes: 64 * 1024 ** 2 };
    const a = await connectNatsBus({ ...opts, ephemeral: true }, log);
    return [a, await connectNatsBus(opts, log)];
  }],
  ['memory', async () => {
    const bus = createMemoryBus(log);
    return [bus, bus];
  }],
];

for (const [kind, open] of KINDS) {
  test(`${kind}: a call record changes only from the revision it was read at`, async (t) => {
    const [a, b] = await open();
    t.teardown(async () => {
      if (b !== a) await b.close();
      await a.close();
    });
    const id = `c-${'a'.repeat(25)}${kind === 'nats' ? 'b' : 'c'}`;
    t.is(await a.callRecords.get(id), null);
    const first = await a.callRecords.put(id, { state: 'ringing' }, 0);
    t.true(typeof first === 'number' && first > 0);
    t.is(await b.callRecords.put(id, { state: 'ringing' }, 0), null, 'a new record only once');
    const second = await b.callRecords.put(id, { state: 'connected', by: 'kim' }, first!);
    t.true(second !== null && second > first!);
    t.is(await a.callRecords.put(id, { state: 'connected', by: 'han' }, first!), null, 'the second answer loses');
    t.deepEqual(await a.callRecords.get(id), { value: { state: 'connected', by: 'kim' }, revision: second });
  });

  test(`${kind}: a signal for a person reaches the connections listening for that person only`, async (t) => {
    const [a, b] = await open();
    t.teardown(async () => {
      if (b !== a) await b.close();
      await a.close();
    });
    const got: Array<[string, SignalMessage]> = [];
    const offKim = b.subscribeSignals('kim.fire', (m) => got.push(['kim', m]));
    b.subscribeSignals('kim_fire', (m) => got.push(['kim_fire', m]));
    await new Promise((r) => setTimeout(r, 50)); // the subscriptions reach the server
    a.publishSignal({ to: 'kim.fire', data: { kind: 'offer', n: 1 } });
    const end = Date.now() + 2000;
    while (got.length < 1 && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
    t.deepEqual(got, [['kim', { to: 'kim.fire', data: { kind: 'offer', n: 1 } }]]);
    offKim();
    a.publishSignal({ to: 'kim.fire', data: { n: 2 } });
    a.publishSignal({ to: 'kim_fire', data: { n: 3 } });
    const end2 = Date.now() + 2000;
    while (got.length < 2 && Date.now() < end2) await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, 50));
    t.deepEqual(got.slice(1), [['kim_fire', { to: 'kim_fire', data: { n: 3 } }]]);
  });
}
