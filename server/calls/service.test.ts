/**
 * Calls signalled through live sessions on two API replicas that share one record store and one
 * signal bus (as the CALLS stream and core NATS give them), each with its own hub fed by the fan-out.
 */
import test from 'ava';
import { pino } from 'pino';
import { channels, type CallInbox, type UserPrincipal } from '../contracts/index.ts';
import { memoryAuditSink } from '../audit/port.ts';
import { createMemoryRecordStore } from '../bus/memory-records.ts';
import { createMemorySignals } from '../bus/memory-signals.ts';
import type { RecordStore } from '../bus/bus.ts';
import { createLiveHub, type LiveHub } from '../live/hub.ts';
import { createLiveSession } from '../live/session.ts';
import { isPartyOfChannel } from './projection.ts';
import { createCallService, type CallService } from './service.ts';
import { CITY_PEOPLE, incidentFixture } from './testing.ts';

const log = pino({ level: 'silent' });
const INCIDENT = 'fire-119:20210101-0001';

const principal = (login: string): UserPrincipal => {
  const u = CITY_PEOPLE.find((p) => p.login === login)!;
  return { kind: 'user', id: `u-${login}`, login, role: u.role, districts: [...u.districts], departments: [...u.departments], sessionId: `s-${login}` };
};

function city(opts: { records?: RecordStore; ringMs?: number; now?: () => number } = {}) {
  const records = opts.records ?? createMemoryRecordStore();
  const signals = createMemorySignals();
  const audit = memoryAuditSink();
  const hubs: LiveHub[] = [createLiveHub(), createLiveHub()];
  const publishLive = (channel: string, data: unknown, at: string): void => hubs.forEach((h) => h.set(channel, data, at));
  const replicas = hubs.map((hub) =>
    createCallService({
      hub, publishLive, records, signals, audit, log,
      users: { list: async () => [...CITY_PEOPLE] },
      incidents: { get: async (id) => (id === INCIDENT ? incidentFixture() : null) },
      now: opts.now ?? Date.now,
      ...(opts.ringMs === undefined ? {} : { ringMs: opts.ringMs }),
    }),
  );
  replicas.forEach((r) => r.start());
  /** A live session of `login` on replica `on`; what it was sent, parsed. */
  const session = (login: string, on: 0 | 1) => {
    const sent: any[] = [];
    const s = createLiveSession(hubs[on]!, { send: (text) => sent.push(JSON.parse(text)), bufferedAmount: 0 }, log, undefined, (send) => replicas[on]!.connect(principal(login), send));
    const signal = (body: Record<string, unknown>) => s.receive(JSON.stringify({ type: 'signal', ...body }));
    return { sent, s, signal, signals: () => sent.filter((m) => m.type === 'signal'), errors: () => sent.filter((m) => m.type === 'error') };
  };
  return { replicas, hubs, audit, session, stop: () => replicas.forEach((r: CallService) => r.stop()) };
}

async function until(ok: () => boolean, what: string): Promise<void> {
  const end = Date.now() + 2000;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 2));
  }
}

const CANDIDATE = { candidate: 'candidate:1 1 udp 2122260223 127.0.0.1 50000 typ host', sdpMid: '0', sdpMLineIndex: 0 };

test('signals cross replicas to the right sessions; the first answer connects; hang-up ends it for both', async (t) => {
  const c = city();
  t.teardown(c.stop);
  const mayor = c.session('mayor', 0);
  const kim = c.session('kim.fire', 1);
  const kimTablet = c.session('kim.fire', 0);
  const han = c.session('han.fire', 0);
  const call = await c.replicas[0]!.place(principal('mayor'), { to: { incident: INCIDENT } });
  t.deepEqual(call.to.map((p) => p.login), ['han.fire', 'kim.fire']);
  const id = call.id;

  mayor.signal({ call: id, kind: 'offer', sdp: 'v=0 offer' });
  await until(() => kim.signals().length === 1 && kimTablet.signals().length === 1 && han.signals().length === 1, 'the offer everywhere');
  t.deepEqual(kim.signals()[0], { type: 'signal', call: id, kind: 'offer', from: 'mayor', sdp: 'v=0 offer' });

  kim.signal({ call: id, kind: 'answer', sdp: 'v=0 answer' });
  kim.signal({ call: id, kind: 'candidate', candidate: CANDIDATE });
  await until(() => mayor.signals().length === 2, 'answer and candidate at the caller');
  t.deepEqual(mayor.signals().map((m) => [m.kind, m.from]), [['answer', 'kim.fire'], ['candidate', 'kim.fire']]);
  for (const hub of c.hubs) t.like(hub.get(channels.call(id))?.data, { state: 'connected', answeredBy: 'kim.fire' });
  const hanInbox = c.hubs[0]!.get(channels.callInbox('han.fire'))?.data as CallInbox;
  t.like(hanInbox.calls[0], { id, state: 'connected', answeredBy: 'kim.fire' }, 'the other callee sees it answered');

  han.signal({ call: id, kind: 'answer', sdp: 'v=0 late' });
  await until(() => han.errors().length === 1, 'the late answer refused');
  t.like(han.errors()[0], { code: 'call-wrong-state', message: `call ${id} was answered by kim.fire` });

  mayor.signal({ call: id, kind: 'candidate', candidate: CANDIDATE });
  await until(() => kim.signals().length === 2, 'the caller’s candidate');
  t.is(kimTablet.signals().length, 1, 'only the device that answered gets the call’s candidates');
  kimTablet.signal({ call: id, kind: 'candidate', candidate: CANDIDATE });
  await until(() => kimTablet.errors().length === 1, 'another device refused');
  t.is(kimTablet.errors()[0].code, 'call-other-device');

  mayor.signal({ call: id, kind: 'hang-up' });
  await until(() => kim.signals().length === 3, 'the hang-up');
  t.like(kim.signals()[2], { kind: 'hang-up', from: 'mayor' });
  for (const hub of c.hubs) t.like(hub.get(channels.call(id))?.data, { state: 'ended', endedBy: { login: 'mayor', reason: 'hung-up' } });
  t.deepEqual(c.audit.events.map((e) => [e.action, e.actor]), [['call.placed', 'user:mayor'], ['call.answered', 'user:kim.fire'], ['call.ended', 'user:mayor']]);
});

test('two callees answering at once on two replicas: one wins, the other is told it was answered', async (t) => {
  const shared = createMemoryRecordStore();
  // Every read waits a turn, so both answers read the ringing call before either writes.
  const slow: RecordStore = { get: async (k) => { const v = await shared.get(k); await new Promise((r) => setTimeout(r, 5)); return v; }, put: shared.put };
  const c = city({ records: slow });
  t.teardown(c.stop);
  const mayor = c.session('mayor', 0);
  const kim = c.session('kim.fire', 0);
  const han = c.session('han.fire', 1);
  const { id } = await c.replicas[0]!.place(principal('mayor'), { to: { incident: INCIDENT } });
  mayor.signal({ call: id, kind: 'offer', sdp: 'v=0 offer' });
  await until(() => kim.signals().length === 1 && han.signals().length === 1, 'the offer');
  kim.signal({ call: id, kind: 'answer', sdp: 'v=0 kim' });
  han.signal({ call: id, kind: 'answer', sdp: 'v=0 han' });
  await until(() => mayor.signals().length + kim.errors().length + han.errors().length === 2, 'both answers decided');
  t.is(mayor.signals().length, 1, 'the caller gets one answer');
  const winner = mayor.signals()[0].from as string;
  const loser = winner === 'kim.fire' ? han : kim;
  t.regex(loser.errors()[0].message, new RegExp(`answered by ${winner.replace('.', '\\.')}`));
  t.like(c.hubs[1]!.get(channels.call(id))?.data, { state: 'connected', answeredBy: winner, version: 1 });
  t.is(c.audit.events.filter((e) => e.action === 'call.answered').length, 1);
});

test('a session that goes ends the call it holds; the other party is told', async (t) => {
  const c = city();
  t.teardown(c.stop);
  const mayor = c.session('mayor', 0);
  const kim = c.session('kim.fire', 1);
  const { id } = await c.replicas[0]!.place(principal('mayor'), { to: { login: 'kim.fire' } });
  mayor.signal({ call: id, kind: 'offer', sdp: 'v=0 offer' });
  await until(() => kim.signals().length === 1, 'the offer');
  kim.signal({ call: id, kind: 'answer', sdp: 'v=0 answer' });
  await until(() => mayor.signals().length === 1, 'the answer');
  kim.s.close();
  await until(() => mayor.signals().length === 2, 'the hang-up');
  t.like(mayor.signals()[1], { kind: 'hang-up', from: 'kim.fire' });
  t.like(c.hubs[0]!.get(channels.call(id))?.data, { state: 'ended', endedBy: { login: 'kim.fire', reason: 'disconnected' } });
});

test('a callee’s device that connects while the call rings gets its offer', async (t) => {
  const c = city();
  t.teardown(c.stop);
  const mayor = c.session('mayor', 0);
  const { id } = await c.replicas[0]!.place(principal('mayor'), { to: { login: 'kim.fire' } });
  mayor.signal({ call: id, kind: 'offer', sdp: 'v=0 offer' });
  await until(() => c.hubs[1]!.get(channels.call(id)) !== undefined, 'the call on the other replica');
  await new Promise((r) => setTimeout(r, 10));
  const late = c.session('kim.fire', 1);
  await until(() => late.signals().length === 1, 'the offer replayed');
  t.like(late.signals()[0], { call: id, kind: 'offer', sdp: 'v=0 offer', from: 'mayor' });
});

test('ringing calls are missed: by the placing replica’s timer, or by another replica’s sweep', async (t) => {
  const fast = city({ ringMs: 30 });
  t.teardown(fast.stop);
  const { id } = await fast.replicas[0]!.place(principal('mayor'), { to: { login: 'kim.fire' } });
  await until(() => (fast.hubs[1]!.get(channels.call(id))?.data as { state?: string } | undefined)?.state === 'missed', 'missed by the timer');
  t.like(fast.audit.events.at(-1), { action: 'call.ended', actor: 'system', details: { state: 'missed' } });

  let clock = Date.parse('2026-11-27T05:20:00Z');
  const c = city({ now: () => clock });
  t.teardown(c.stop);
  const second = await c.replicas[0]!.place(principal('mayor'), { to: { login: 'kim.fire' } });
  c.replicas[0]!.stop(); // the replica that placed it is gone
  clock += 44_000;
  t.is(await c.replicas[1]!.sweep(), 0);
  clock += 6_001;
  t.is(await c.replicas[1]!.sweep(), 1);
  t.like(c.hubs[1]!.get(channels.call(second.id))?.data, { state: 'missed', endedBy: { login: null, reason: 'missed' } });
  t.is(await c.replicas[1]!.sweep(), 0, 'once');
});

test('inboxes and the call channel are for the parties', async (t) => {
  const c = city();
  t.teardown(c.stop);
  const { id } = await c.replicas[1]!.place(principal('mayor'), { to: { incident: INCIDENT } });
  for (const login of ['mayor', 'kim.fire', 'han.fire']) t.deepEqual((c.hubs[0]!.get(channels.callInbox(login))?.data as CallInbox).calls.map((x) => x.id), [id], login);
  t.is(c.hubs[0]!.get(channels.callInbox('park.police')), undefined);
  t.true(isPartyOfChannel(c.hubs[0]!, 'kim.fire', channels.call(id)));
  t.false(isPartyOfChannel(c.hubs[0]!, 'park.police', channels.call(id)));
  t.false(isPartyOfChannel(c.hubs[0]!, 'kim.fire', channels.call('c-aaaaaaaaaaaaaaaaaaaaaaaaaa')));
});

test('a session without calls refuses signals; unknown calls and malformed signals get clear errors', async (t) => {
  const c = city();
  t.teardown(c.stop);
  const sent: any[] = [];
  const plain = createLiveSession(c.hubs[0]!, { send: (text) => sent.push(JSON.parse(text)), bufferedAmount: 0 }, log);
  plain.receive(JSON.stringify({ type: 'signal', call: 'c-aaaaaaaaaaaaaaaaaaaaaaaaaa', kind: 'hang-up' }));
  t.like(sent[0], { type: 'error', code: 'forbidden' });
  const kim = c.session('kim.fire', 0);
  kim.signal({ call: 'c-aaaaaaaaaaaaaaaaaaaaaaaaaa', kind: 'hang-up' });
  kim.signal({ call: 'c-aaaaaaaaaaaaaaaaaaaaaaaaaa', kind: 'offer' });
  kim.signal({ call: 'c-aaaaaaaaaaaaaaaaaaaaaaaaaa', kind: 'hang-up', sdp: 'v=0' });
  await until(() => kim.errors().length === 3, 'three errors');
  t.deepEqual(kim.errors().map((e) => e.code).sort(), ['bad-message', 'bad-message', 'call-unknown']);
  t.true(kim.errors().some((e) => /sdp: an offer needs sdp/.test(e.message)));
});
