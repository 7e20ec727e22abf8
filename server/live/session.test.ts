import test from 'ava';
import { pino } from 'pino';
import { createLiveHub } from './hub.ts';
import { createLiveSession } from './session.ts';

const log = pino({ level: 'silent' });
const tick = () => new Promise((r) => setImmediate(r));

function setup() {
  const hub = createLiveHub();
  const sent: any[] = [];
  const session = createLiveSession(hub, { send: (s) => sent.push(JSON.parse(s)), bufferedAmount: 0 }, log);
  return { hub, sent, session };
}

test('snapshot first (null when unknown), then coalesced updates', async (t) => {
  const { hub, sent, session } = setup();
  hub.set('air/district/11680', { cai: 50 }, '2026-01-01T00:00:00Z');
  session.receive(JSON.stringify({ type: 'subscribe', channels: ['air/district/11680', 'air/district/11110'] }));
  t.deepEqual(sent.slice(0, 2), [
    { type: 'snapshot', channel: 'air/district/11680', data: { cai: 50 }, at: '2026-01-01T00:00:00Z' },
    { type: 'snapshot', channel: 'air/district/11110', data: null, at: null },
  ]);
  hub.set('air/district/11680', { cai: 60 }, '2026-01-01T00:00:01Z');
  hub.set('air/district/11680', { cai: 70 }, '2026-01-01T00:00:02Z');
  await tick();
  t.deepEqual(sent.slice(2), [{ type: 'update', channel: 'air/district/11680', data: { cai: 70 }, at: '2026-01-01T00:00:02Z' }]);
});

test('unsubscribe stops updates', async (t) => {
  const { hub, sent, session } = setup();
  session.receive(JSON.stringify({ type: 'subscribe', channels: ['sources/city/all'] }));
  session.receive(JSON.stringify({ type: 'unsubscribe', channels: ['sources/city/all'] }));
  hub.set('sources/city/all', [], '2026-01-01T00:00:00Z');
  await tick();
  t.is(sent.length, 1);
  t.is(hub.stats().listeners, 0);
});

test('bad messages get a clear error and the session goes on', (t) => {
  const { sent, session } = setup();
  session.receive('{nope');
  session.receive(JSON.stringify({ type: 'subscribe', channels: ['no spaces allowed'] }));
  session.receive(JSON.stringify({ type: 'ping', t: 7 }));
  t.is(sent[0].code, 'bad-json');
  t.is(sent[1].code, 'bad-message');
  t.regex(sent[1].message, /channels\.0/);
  t.deepEqual(sent[2], { type: 'pong', t: 7 });
});

test('a channel the gate refuses gets a forbidden error and no subscription; the others are served', async (t) => {
  const hub = createLiveHub();
  const sent: any[] = [];
  const gate = (c: string) => (c.startsWith('layouts/user/') ? { allow: false as const, reason: "a user's layout is for that user" } : { allow: true as const });
  const session = createLiveSession(hub, { send: (s) => sent.push(JSON.parse(s)), bufferedAmount: 0 }, log, gate);
  session.receive(JSON.stringify({ type: 'subscribe', channels: ['layouts/user/kim', 'air/city/latest'] }));
  t.deepEqual(sent, [
    { type: 'error', code: 'forbidden', message: "layouts/user/kim: a user's layout is for that user" },
    { type: 'snapshot', channel: 'air/city/latest', data: null, at: null },
  ]);
  hub.set('layouts/user/kim', { secret: true }, '2026-01-01T00:00:00Z');
  await tick();
  t.is(sent.length, 2, 'nothing from the refused channel');
});
