/**
 * @module calls/state
 * The call state machine, pure: what each signal does to a call, who it goes to, and what the audit
 * log records. A record is the published call plus what only the server keeps: the caller's offer
 * (for a callee's device that connects while it rings) and which device of each party holds the call.
 *
 *   ringing ──answer──▶ connected ──hang-up──▶ ended
 *      │ hang-up (caller) ▶ ended (cancelled)      every callee declines ▶ declined
 *      │ 45 s unanswered ▶ missed                  a device holding it goes ▶ ended (disconnected)
 */
import {
  FINAL_CALL_STATES,
  type Call,
  type CallEndReason,
  type CallParty,
  type DeliveredSignal,
  type Responder,
  type Signal,
} from '../contracts/index.ts';

export interface CallRecord {
  call: Call;
  /** The caller's offer while the call rings (a callee's device may connect late). */
  offer: string | null;
  /** The live session of each party that holds the call, once known. */
  devices: { caller: string | null; callee: string | null };
  /** When the record last changed (ISO): strictly increasing, whichever replica changed it. */
  at: string;
}

/** Who sends a signal: a person, from one live session (`device`) or over REST (null). */
export interface Actor {
  login: string;
  device: string | null;
}

/** A signal for one person: to one device, or to every session of theirs (null). */
export interface Delivery {
  to: string;
  device: string | null;
  signal: DeliveredSignal;
}

export interface AuditNote {
  action: 'call.answered' | 'call.ended';
  /** The person who acted, or null for the platform. */
  login: string | null;
  details: Record<string, unknown>;
}

export type Outcome =
  | { ok: true; record: CallRecord; changed: boolean; deliveries: Delivery[]; audit: AuditNote | null }
  | { ok: false; code: 'not-a-party' | 'wrong-state' | 'other-device'; message: string };

export interface NewCall {
  id: string;
  from: CallParty;
  to: CallParty[];
  incident: string | null;
  station: Responder | null;
  reason: string | null;
  now: number;
  ringMs: number;
}

const iso = (ms: number): string => new Date(ms).toISOString();

export function newCall(c: NewCall): CallRecord {
  const call: Call = {
    id: c.id, from: c.from, to: c.to, incident: c.incident, station: c.station, reason: c.reason,
    state: 'ringing', answeredBy: null, declinedBy: [],
    times: { placed: iso(c.now), ringsUntil: iso(c.now + c.ringMs), answered: null, ended: null },
    endedBy: null, version: 0,
  };
  return { call, offer: null, devices: { caller: null, callee: null }, at: iso(c.now) };
}

export const isFinal = (call: Call): boolean => FINAL_CALL_STATES.includes(call.state);
export const isCaller = (call: Call, login: string): boolean => call.from.login === login;
/** A callee who has not declined. */
export const isRinging = (call: Call, login: string): boolean => call.to.some((p) => p.login === login) && !call.declinedBy.includes(login);
export const isParty = (call: Call, login: string): boolean => isCaller(call, login) || call.to.some((p) => p.login === login);

const refuse = (code: 'not-a-party' | 'wrong-state' | 'other-device', message: string): Outcome => ({ ok: false, code, message });

/** Strictly after the record's last change, so every replica's hub takes each change in order. */
const nextAt = (rec: CallRecord, now: number): string => iso(Math.max(now, Date.parse(rec.at) + 1));

function changed(rec: CallRecord, call: Partial<Call>, now: number, rest: Partial<Omit<CallRecord, 'call' | 'at'>> = {}): CallRecord {
  return { ...rec, ...rest, call: { ...rec.call, ...call, version: rec.call.version + 1 }, at: nextAt(rec, now) };
}

const ok = (record: CallRecord, deliveries: Delivery[], audit: AuditNote | null = null, publicChange = true): Outcome => ({ ok: true, record, changed: publicChange, deliveries, audit });

const deliver = (from: string, s: Signal, to: string, device: string | null): Delivery => ({
  to,
  device,
  signal: { call: s.call, kind: s.kind, from, ...(s.sdp === undefined ? {} : { sdp: s.sdp }), ...(s.candidate === undefined ? {} : { candidate: s.candidate }) },
});

/** Every callee still ringing, on every device. */
const toRinging = (call: Call, from: string, s: Signal): Delivery[] => call.to.filter((p) => isRinging(call, p.login)).map((p) => deliver(from, s, p.login, null));

/** The other party of a connected call, on the device holding it. */
function toOther(rec: CallRecord, actor: Actor, s: Signal): Delivery {
  const { call, devices } = rec;
  return isCaller(call, actor.login) ? deliver(actor.login, s, call.answeredBy ?? '', devices.callee) : deliver(actor.login, s, call.from.login, devices.caller);
}

/** A device of the party other than the one holding the call may not speak for it (REST, device null, may end it). */
function deviceMismatch(rec: CallRecord, actor: Actor): Outcome | null {
  if (actor.device === null) return null;
  const held = isCaller(rec.call, actor.login) ? rec.devices.caller : rec.call.answeredBy === actor.login ? rec.devices.callee : null;
  return held !== null && held !== actor.device ? refuse('other-device', `call ${rec.call.id} is held on another device of ${actor.login}`) : null;
}

function ended(rec: CallRecord, by: string | null, reason: CallEndReason, now: number): CallRecord {
  const state = reason === 'declined' ? 'declined' : reason === 'missed' ? 'missed' : 'ended';
  return changed(rec, { state, endedBy: { login: by, reason }, times: { ...rec.call.times, ended: iso(now) } }, now, { offer: null });
}

function endNote(rec: CallRecord, by: string | null): AuditNote {
  const { call } = rec;
  const answered = call.times.answered === null ? null : Date.parse(call.times.answered);
  const durationS = answered === null || call.times.ended === null ? null : Math.round((Date.parse(call.times.ended) - answered) / 1000);
  return { action: 'call.ended', login: by, details: { state: call.state, reason: call.endedBy?.reason ?? null, incident: call.incident, durationS } };
}

function offer(rec: CallRecord, actor: Actor, s: Signal & { sdp: string }): Outcome {
  const { call } = rec;
  if (!isCaller(call, actor.login)) return refuse('not-a-party', `only the caller of ${call.id} sends its offer`);
  if (call.state !== 'ringing') return refuse('wrong-state', `call ${call.id} is ${call.state}: an offer is sent while it rings`);
  const mismatch = deviceMismatch(rec, actor);
  if (mismatch) return mismatch;
  const next = { ...rec, offer: s.sdp, devices: { ...rec.devices, caller: actor.device } };
  return ok(next, toRinging(call, actor.login, s), null, false);
}

function answer(rec: CallRecord, actor: Actor, s: Signal, now: number): Outcome {
  const { call } = rec;
  if (!isRinging(call, actor.login)) return refuse('not-a-party', `${actor.login} is not called by ${call.id}`);
  if (call.state === 'connected') return refuse('wrong-state', `call ${call.id} was answered by ${call.answeredBy ?? 'someone else'}`);
  if (call.state !== 'ringing') return refuse('wrong-state', `call ${call.id} is ${call.state}`);
  if (rec.offer === null) return refuse('wrong-state', `call ${call.id} has no offer yet to answer`);
  const next = changed(rec, { state: 'connected', answeredBy: actor.login, times: { ...call.times, answered: iso(now) } }, now, {
    offer: null,
    devices: { ...rec.devices, callee: actor.device },
  });
  const ringS = Math.round((now - Date.parse(call.times.placed)) / 1000);
  return ok(next, [deliver(actor.login, s, call.from.login, rec.devices.caller)], { action: 'call.answered', login: actor.login, details: { incident: call.incident, ringS } });
}

function candidate(rec: CallRecord, actor: Actor, s: Signal): Outcome {
  const { call } = rec;
  const caller = isCaller(call, actor.login);
  if (!caller && call.answeredBy !== actor.login) return refuse('not-a-party', `${actor.login} holds no side of ${call.id}`);
  if (call.state === 'ringing' && caller) return ok(rec, toRinging(call, actor.login, s), null, false);
  if (call.state !== 'connected') return refuse('wrong-state', `call ${call.id} is ${call.state}: candidates flow while it is connected`);
  return deviceMismatch(rec, actor) ?? ok(rec, [toOther(rec, actor, s)], null, false);
}

function decline(rec: CallRecord, actor: Actor, s: Signal, now: number): Outcome {
  const { call } = rec;
  if (!isRinging(call, actor.login)) return refuse('not-a-party', `${actor.login} is not called by ${call.id}`);
  if (call.state !== 'ringing') return refuse('wrong-state', `call ${call.id} is ${call.state}: only a ringing call is declined`);
  const declinedBy = [...call.declinedBy, actor.login];
  const toCaller = [deliver(actor.login, s, call.from.login, rec.devices.caller)];
  if (declinedBy.length < call.to.length) return ok(changed(rec, { declinedBy }, now), toCaller);
  const next = ended(changed(rec, { declinedBy }, now), actor.login, 'declined', now);
  return ok(next, toCaller, endNote(next, actor.login));
}

function hangUp(rec: CallRecord, actor: Actor, s: Signal, now: number, reason: 'hung-up' | 'disconnected' = 'hung-up'): Outcome {
  const { call } = rec;
  const caller = isCaller(call, actor.login);
  if (!caller && call.state === 'ringing' && isRinging(call, actor.login)) return decline(rec, actor, { ...s, kind: 'decline' }, now);
  if (!caller && call.answeredBy !== actor.login) return refuse('not-a-party', `${actor.login} holds no side of ${call.id}`);
  if (call.state !== 'ringing' && call.state !== 'connected') return refuse('wrong-state', `call ${call.id} has already ${call.state === 'ended' ? 'ended' : `been ${call.state}`}`);
  const mismatch = deviceMismatch(rec, actor);
  if (mismatch) return mismatch;
  const why: CallEndReason = reason === 'disconnected' ? 'disconnected' : call.state === 'ringing' ? 'cancelled' : 'hung-up';
  const next = ended(rec, actor.login, why, now);
  const hang = { ...s, kind: 'hang-up' as const };
  const deliveries = call.state === 'ringing' ? toRinging(call, actor.login, hang) : [toOther(rec, actor, hang)];
  return ok(next, deliveries, endNote(next, actor.login));
}

/** What a party's signal does to the call. */
export function applySignal(rec: CallRecord, actor: Actor, s: Signal, now: number): Outcome {
  if (!isParty(rec.call, actor.login)) return refuse('not-a-party', `${actor.login} is not a party of call ${rec.call.id}`);
  switch (s.kind) {
    case 'offer':
      return s.sdp === undefined ? refuse('wrong-state', 'an offer needs sdp') : offer(rec, actor, { ...s, sdp: s.sdp });
    case 'answer':
      return answer(rec, actor, s, now);
    case 'candidate':
      return candidate(rec, actor, s);
    case 'decline':
      return decline(rec, actor, s, now);
    case 'hang-up':
      return hangUp(rec, actor, s, now);
  }
}

/** A ringing call nobody answered by its time is missed. */
export function expire(rec: CallRecord, now: number): Outcome {
  const { call } = rec;
  if (call.state !== 'ringing') return refuse('wrong-state', `call ${call.id} is ${call.state}, no longer ringing`);
  if (now < Date.parse(call.times.ringsUntil)) return refuse('wrong-state', `call ${call.id} rings until ${call.times.ringsUntil}`);
  const next = ended(rec, null, 'missed', now);
  return ok(next, [], endNote(next, null));
}

/** The live session `actor.device` went away: a call it holds ends, as if it had hung up. */
export function disconnect(rec: CallRecord, actor: Actor & { device: string }, now: number): Outcome {
  const { call, devices } = rec;
  const holds = (isCaller(call, actor.login) && devices.caller === actor.device) || (call.answeredBy === actor.login && devices.callee === actor.device);
  if (!holds || isFinal(call)) return refuse('wrong-state', `session ${actor.device} holds no open side of ${call.id}`);
  return hangUp(rec, actor, { call: call.id, kind: 'hang-up' }, now, 'disconnected');
}
