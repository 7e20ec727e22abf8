import test from 'ava';
import type { Signal } from '../contracts/index.ts';
import { applySignal, disconnect, expire, newCall, type Actor, type CallRecord, type Outcome } from './state.ts';

const T0 = Date.parse('2026-11-27T05:20:00Z');
const ID = 'c-abcdefghijklmnopqrstuvwxyz';
const mayor: Actor = { login: 'mayor', device: 'wall-1' };
const fire: Actor = { login: 'kim.fire', device: 'tablet-1' };
const fire2: Actor = { login: 'lee.fire', device: 'phone-1' };

const placed = (): CallRecord =>
  newCall({
    id: ID,
    from: { login: 'mayor', role: 'mayor', name: '시장' },
    to: [{ login: 'kim.fire', role: 'official', name: '김소방' }, { login: 'lee.fire', role: 'official', name: '이소방' }],
    incident: 'fire-119:20210101-0001',
    station: { id: 'fire-station:11680', name: { ko: '강남소방서', en: 'Gangnam Fire Station' } },
    reason: null,
    now: T0,
    ringMs: 45_000,
  });

const sig = (kind: Signal['kind'], more: Partial<Signal> = {}): Signal => ({
  call: ID,
  kind,
  ...(kind === 'offer' || kind === 'answer' ? { sdp: `v=0 ${kind}` } : {}),
  ...(kind === 'candidate' ? { candidate: { candidate: 'candidate:1 1 udp 1 127.0.0.1 5000 typ host', sdpMid: '0', sdpMLineIndex: 0 } } : {}),
  ...more,
});

function must(o: Outcome): Extract<Outcome, { ok: true }> {
  if (!o.ok) throw new Error(`refused: ${o.code} ${o.message}`);
  return o;
}

const offered = (): CallRecord => must(applySignal(placed(), mayor, sig('offer'), T0 + 500)).record;
const connected = (): CallRecord => must(applySignal(offered(), fire, sig('answer'), T0 + 3000)).record;

test('a new call rings for 45 s, version 0, nothing answered', (t) => {
  const { call, offer, devices } = placed();
  t.like(call, { state: 'ringing', answeredBy: null, declinedBy: [], endedBy: null, version: 0 });
  t.deepEqual(call.times, { placed: '2026-11-27T05:20:00.000Z', ringsUntil: '2026-11-27T05:20:45.000Z', answered: null, ended: null });
  t.is(offer, null);
  t.deepEqual(devices, { caller: null, callee: null });
});

test('offer: kept with the caller device, rung to every callee on every device, the published call unchanged', (t) => {
  const o = must(applySignal(placed(), mayor, sig('offer'), T0 + 500));
  t.false(o.changed);
  t.is(o.record.offer, 'v=0 offer');
  t.is(o.record.devices.caller, 'wall-1');
  t.deepEqual(o.deliveries.map((d) => [d.to, d.device, d.signal.kind, d.signal.from]), [['kim.fire', null, 'offer', 'mayor'], ['lee.fire', null, 'offer', 'mayor']]);
  t.is(o.audit, null);
});

test('answer: connected to the first callee, the answer to the caller device, audited; the offer is forgotten', (t) => {
  const o = must(applySignal(offered(), fire, sig('answer'), T0 + 3000));
  t.true(o.changed);
  t.like(o.record.call, { state: 'connected', answeredBy: 'kim.fire', version: 1 });
  t.is(o.record.call.times.answered, '2026-11-27T05:20:03.000Z');
  t.is(o.record.offer, null);
  t.deepEqual(o.record.devices, { caller: 'wall-1', callee: 'tablet-1' });
  t.deepEqual(o.deliveries.map((d) => [d.to, d.device, d.signal.kind, d.signal.sdp]), [['mayor', 'wall-1', 'answer', 'v=0 answer']]);
  t.deepEqual(o.audit, { action: 'call.answered', login: 'kim.fire', details: { incident: 'fire-119:20210101-0001', ringS: 3 } });
});

test('a second answer is refused: the call was answered by someone else', (t) => {
  const o = applySignal(connected(), fire2, sig('answer'), T0 + 3100);
  t.like(o, { ok: false, code: 'wrong-state' });
  t.regex(o.ok ? '' : o.message, /answered by kim\.fire/);
});

test('an answer before any offer is refused', (t) => {
  t.like(applySignal(placed(), fire, sig('answer'), T0 + 100), { ok: false, code: 'wrong-state' });
});

test('candidates: to the other side’s device once connected; from the caller to every callee while ringing', (t) => {
  const ringing = must(applySignal(offered(), mayor, sig('candidate'), T0 + 600));
  t.deepEqual(ringing.deliveries.map((d) => [d.to, d.device]), [['kim.fire', null], ['lee.fire', null]]);
  const rec = connected();
  t.deepEqual(must(applySignal(rec, fire, sig('candidate'), T0 + 3100)).deliveries.map((d) => [d.to, d.device]), [['mayor', 'wall-1']]);
  const fromCaller = must(applySignal(rec, mayor, sig('candidate'), T0 + 3100));
  t.deepEqual(fromCaller.deliveries.map((d) => [d.to, d.device, d.signal.candidate?.candidate]), [['kim.fire', 'tablet-1', 'candidate:1 1 udp 1 127.0.0.1 5000 typ host']]);
  t.is(fromCaller.record, rec, 'candidates change nothing stored');
  t.like(applySignal(offered(), fire, sig('candidate'), T0 + 600), { ok: false, code: 'not-a-party' }, 'a callee sends candidates after answering');
});

test('the wrong party is refused for every kind', (t) => {
  const stranger: Actor = { login: 'park', device: 'x' };
  for (const kind of ['offer', 'answer', 'candidate', 'hang-up', 'decline'] as const) {
    t.like(applySignal(offered(), stranger, sig(kind), T0 + 1000), { ok: false, code: 'not-a-party' }, kind);
  }
  t.like(applySignal(placed(), fire, sig('offer'), T0), { ok: false, code: 'not-a-party' }, 'a callee does not offer');
  t.like(applySignal(connected(), fire2, sig('candidate'), T0 + 4000), { ok: false, code: 'not-a-party' }, 'a callee who did not answer');
  t.like(applySignal(connected(), fire2, sig('hang-up'), T0 + 4000), { ok: false, code: 'not-a-party' });
  t.like(applySignal(offered(), mayor, sig('decline'), T0 + 1000), { ok: false, code: 'not-a-party' }, 'the caller does not decline');
});

test('another device of a party holding the call is refused; REST (no device) may end it', (t) => {
  const rec = connected();
  t.like(applySignal(rec, { login: 'kim.fire', device: 'tablet-2' }, sig('candidate'), T0 + 4000), { ok: false, code: 'other-device' });
  t.like(applySignal(rec, { login: 'mayor', device: 'wall-2' }, sig('hang-up'), T0 + 4000), { ok: false, code: 'other-device' });
  t.like(applySignal(offered(), { login: 'mayor', device: 'wall-2' }, sig('offer'), T0 + 600), { ok: false, code: 'other-device' });
  t.true(applySignal(rec, { login: 'mayor', device: null }, sig('hang-up'), T0 + 4000).ok);
});

test('hang-up: a connected call ends for both, with its duration audited', (t) => {
  const o = must(applySignal(connected(), fire, sig('hang-up'), T0 + 63_000));
  t.like(o.record.call, { state: 'ended', endedBy: { login: 'kim.fire', reason: 'hung-up' }, version: 2 });
  t.is(o.record.call.times.ended, '2026-11-27T05:21:03.000Z');
  t.deepEqual(o.deliveries.map((d) => [d.to, d.device, d.signal.kind]), [['mayor', 'wall-1', 'hang-up']]);
  t.deepEqual(o.audit, { action: 'call.ended', login: 'kim.fire', details: { state: 'ended', reason: 'hung-up', incident: 'fire-119:20210101-0001', durationS: 60 } });
});

test('hang-up by the caller while it rings cancels it for every callee', (t) => {
  const o = must(applySignal(offered(), mayor, sig('hang-up'), T0 + 5000));
  t.like(o.record.call, { state: 'ended', endedBy: { login: 'mayor', reason: 'cancelled' } });
  t.deepEqual(o.deliveries.map((d) => d.to), ['kim.fire', 'lee.fire']);
  t.like(o.audit?.details, { reason: 'cancelled', durationS: null });
});

test('decline: one callee of two keeps it ringing; the last one declines it', (t) => {
  const one = must(applySignal(offered(), fire, sig('decline'), T0 + 2000));
  t.like(one.record.call, { state: 'ringing', declinedBy: ['kim.fire'] });
  t.is(one.audit, null);
  t.deepEqual(one.deliveries.map((d) => [d.to, d.device, d.signal.kind]), [['mayor', 'wall-1', 'decline']]);
  t.like(applySignal(one.record, fire, sig('answer'), T0 + 2100), { ok: false, code: 'not-a-party' }, 'no answer after declining');
  const both = must(applySignal(one.record, fire2, sig('hang-up'), T0 + 2500));
  t.like(both.record.call, { state: 'declined', declinedBy: ['kim.fire', 'lee.fire'], endedBy: { login: 'lee.fire', reason: 'declined' } });
  t.like(both.audit, { action: 'call.ended', details: { state: 'declined' } });
});

test('final states accept nothing', (t) => {
  const ended = must(applySignal(connected(), mayor, sig('hang-up'), T0 + 9000)).record;
  for (const [who, kind] of [[mayor, 'hang-up'], [fire, 'hang-up'], [fire, 'candidate'], [mayor, 'offer']] as const) {
    t.like(applySignal(ended, who, sig(kind), T0 + 9500), { ok: false, code: 'wrong-state' }, `${who.login} ${kind}`);
  }
  t.like(applySignal(connected(), mayor, sig('offer'), T0 + 9000), { ok: false, code: 'wrong-state' }, 'no renegotiation');
  t.like(applySignal(connected(), fire, sig('decline'), T0 + 9000), { ok: false, code: 'wrong-state' });
});

test('timeout: missed at 45 s unanswered, not before, and never once answered', (t) => {
  t.like(expire(offered(), T0 + 44_999), { ok: false, code: 'wrong-state' });
  const o = must(expire(offered(), T0 + 45_000));
  t.like(o.record.call, { state: 'missed', endedBy: { login: null, reason: 'missed' } });
  t.deepEqual(o.audit, { action: 'call.ended', login: null, details: { state: 'missed', reason: 'missed', incident: 'fire-119:20210101-0001', durationS: null } });
  t.like(expire(connected(), T0 + 60_000), { ok: false, code: 'wrong-state' });
  t.like(applySignal(o.record, fire, sig('answer'), T0 + 46_000), { ok: false, code: 'wrong-state' }, 'a missed call is not answered');
});

test('a device that goes ends the call it holds, and only that one', (t) => {
  const rec = connected();
  t.like(disconnect(rec, { login: 'kim.fire', device: 'tablet-9' }, T0 + 5000), { ok: false });
  const o = must(disconnect(rec, { login: 'kim.fire', device: 'tablet-1' }, T0 + 5000));
  t.like(o.record.call, { state: 'ended', endedBy: { login: 'kim.fire', reason: 'disconnected' } });
  t.deepEqual(o.deliveries.map((d) => [d.to, d.device, d.signal.kind]), [['mayor', 'wall-1', 'hang-up']]);
  const ringing = must(disconnect(offered(), { login: 'mayor', device: 'wall-1' }, T0 + 5000));
  t.like(ringing.record.call.endedBy, { reason: 'disconnected' });
});

test('each change is stamped strictly after the last, even on a clock running behind', (t) => {
  const rec = connected();
  const o = must(applySignal(rec, fire, sig('hang-up'), T0 - 60_000));
  t.true(o.record.at > rec.at);
});
