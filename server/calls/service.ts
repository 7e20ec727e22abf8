/**
 * @module calls/service
 * Calls on one API process: placing one (directory → rules → a stored, published, audited call),
 * reading and hanging up over REST, the signals of each live session, and ringing calls timing out.
 * The call's record in the shared store (calls/store.ts) is the one authority every replica changes
 * by compare-and-set; the hub values (calls/projection.ts) follow it; signals go through the bus
 * (calls/signalling.ts). Pure decisions live in state.ts, directory.ts and rules.ts.
 */
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { CALL_RING_MS, CallIdSchema, channels, IncidentBoardSchema, IncidentSchema, type Call, type Incident, type PlaceCall, type ServerMessage, type Signal, type UserPrincipal } from '../contracts/index.ts';
import type { AuditSink } from '../audit/port.ts';
import type { RecordStore } from '../bus/bus.ts';
import type { LiveHub } from '../live/hub.ts';
import { resolveCallees, type DirectoryUser } from './directory.ts';
import { callPublisher, deriveCallInboxes, knownCalls, type PublishLive } from './projection.ts';
import { mayCall, placesCalls } from './rules.ts';
import { createSignalling, type LocalSession, type SignalBus } from './signalling.ts';
import { applySignal, disconnect, expire, isParty, isRinging, newCall, type Actor, type Outcome } from './state.ts';
import { changeCall, createCall, loadCall } from './store.ts';

export interface CallServiceDeps {
  hub: LiveHub;
  publishLive?: PublishLive | undefined;
  records: RecordStore;
  signals: SignalBus;
  users: { list(): Promise<DirectoryUser[]> };
  incidents: { get(id: string): Promise<Incident | null> };
  audit: AuditSink;
  log: Logger;
  now(): number;
  newId?: () => string;
  ringMs?: number;
  /** How often this process looks for ringing calls past their time that no one expired (another replica gone). */
  sweepEveryMs?: number;
}

/** A refusal with its HTTP status. */
export class CallError extends Error {
  override name = 'CallError';
  constructor(readonly status: 400 | 403 | 404 | 409, message: string) {
    super(message);
  }
}

/** One live session's side: its signals in; the other party's come out through `send`. */
export interface SignalPort {
  receive(signal: Signal): void;
  /** The session went: calls it holds end. Resolves once they have. */
  close(): Promise<void>;
}

export interface CallService {
  place(caller: UserPrincipal, body: PlaceCall): Promise<Call>;
  get(who: UserPrincipal, id: string): Promise<Call>;
  hangUp(who: UserPrincipal, id: string): Promise<Call>;
  connect(who: UserPrincipal, send: (msg: ServerMessage) => void): SignalPort;
  /** Expires ringing calls past their time (with a grace for the replica that placed them); how many. */
  sweep(graceMs?: number): Promise<number>;
  start(): void;
  stop(): void;
}

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
/** 26 random base-32 characters (130 bits). */
export const newCallId = (): string => `c-${Array.from(randomBytes(26), (b) => BASE32[b & 31]).join('')}`;

const actorOf = (login: string | null): string => (login === null ? 'system' : `user:${login}`);
/** Signals one session may have waiting; more are refused (a client flooding candidates). */
const MAX_QUEUED_SIGNALS = 200;
const SWEEP_GRACE_MS = 5_000;

export function createCallService(deps: CallServiceDeps): CallService {
  const log = deps.log;
  const ringMs = deps.ringMs ?? CALL_RING_MS;
  const newId = deps.newId ?? newCallId;
  const publish = callPublisher(deps.hub, deps.publishLive);
  const signalling = createSignalling(deps.signals, log);
  const timers = new Map<string, NodeJS.Timeout>();
  const stops: Array<() => void> = [];

  /** What a stored change does beyond the store: the live value, the signals, the audit log. */
  const effects = async (out: Outcome & { ok: true }): Promise<void> => {
    const { call } = out.record;
    if (out.changed) publish(call, out.record.at);
    signalling.deliver(out.deliveries);
    if (call.state !== 'ringing') {
      clearTimeout(timers.get(call.id));
      timers.delete(call.id);
    }
    if (out.audit) await deps.audit.record({ action: out.audit.action, actor: actorOf(out.audit.login), target: `call:${call.id}`, details: out.audit.details });
  };

  const change = async (id: string, decide: Parameters<typeof changeCall>[2]): Promise<Outcome | null> => {
    const out = await changeCall(deps.records, id, decide);
    if (out?.ok) await effects(out);
    return out;
  };

  const expireCall = async (id: string): Promise<boolean> => (await change(id, (r) => expire(r, deps.now())))?.ok === true;

  const findIncident = async (id: string): Promise<Incident | null> => {
    const own = IncidentSchema.safeParse(deps.hub.get(channels.incident(id))?.data);
    if (own.success) return own.data;
    const board = IncidentBoardSchema.safeParse(deps.hub.get(channels.incidents())?.data);
    return (board.success ? board.data.incidents.find((i) => i.id === id) : undefined) ?? (await deps.incidents.get(id));
  };

  const refused = async (caller: UserPrincipal, body: PlaceCall, reason: string): Promise<never> => {
    await deps.audit.record({ action: 'call.refused', actor: actorOf(caller.login), details: { to: body.to, incident: body.incident ?? null, reason } });
    log.warn({ caller: caller.login, to: body.to, reason }, 'call refused');
    throw new CallError(403, reason);
  };

  /** Whom a call rings for, as the directory finds them and the rules allow; refusals are audited. */
  const callees = async (caller: UserPrincipal, body: PlaceCall) => {
    const places = placesCalls(caller.role);
    if (!places.allow) return refused(caller, body, places.reason);
    const target = body.to;
    if ('incident' in target && body.incident !== undefined && body.incident !== target.incident) throw new CallError(400, 'incident: the target already names another incident');
    const incidentId = 'incident' in target ? target.incident : (body.incident ?? null);
    const incident = incidentId === null ? null : await findIncident(incidentId);
    if (incidentId !== null && incident === null) throw new CallError(404, `no incident ${incidentId}`);
    const users = await deps.users.list();
    const found = resolveCallees(target, { users, incident, caller: caller.login });
    if (!found.ok) throw new CallError(found.status, found.message);
    const about = { district: found.district ?? incident?.district ?? null };
    const verdicts = found.callees.map((u) => ({ u, d: mayCall(caller, u, about) }));
    const allowed = verdicts.filter((v) => v.d.allow).map((v) => v.u);
    const first = verdicts[0]?.d;
    if (allowed.length === 0) return refused(caller, body, first && !first.allow ? first.reason : 'no one to call');
    return { allowed, incident, station: found.station, name: users.find((u) => u.login === caller.login)?.displayName ?? caller.login };
  };

  const place = async (caller: UserPrincipal, body: PlaceCall): Promise<Call> => {
    const { allowed, incident, station, name } = await callees(caller, body);
    const record = newCall({
      id: newId(),
      from: { login: caller.login, role: caller.role, name },
      to: allowed.map((u) => ({ login: u.login, role: u.role, name: u.displayName })),
      incident: incident?.id ?? null,
      station,
      reason: body.reason ?? null,
      now: deps.now(),
      ringMs,
    });
    const { call } = record;
    if (!(await createCall(deps.records, record))) throw new CallError(409, `call id ${call.id} is taken; place the call again`);
    await deps.audit.record({ action: 'call.placed', actor: actorOf(caller.login), target: `call:${call.id}`, details: { to: call.to.map((p) => p.login), target: body.to, incident: call.incident, reason: call.reason } });
    publish(call, record.at);
    const timer = setTimeout(() => void expireCall(call.id).catch((err: unknown) => log.error({ err, call: call.id }, 'could not expire a call')), ringMs);
    timer.unref();
    timers.set(call.id, timer);
    log.info({ call: call.id, from: caller.login, to: call.to.map((p) => p.login), incident: call.incident }, 'call placed');
    return call;
  };

  const held = async (who: UserPrincipal, id: string): Promise<Call> => {
    const rec = CallIdSchema.safeParse(id).success ? await loadCall(deps.records, id) : null;
    if (!rec || !isParty(rec.record.call, who.login)) throw new CallError(404, `no call ${id} of yours`);
    return rec.record.call;
  };

  const hangUp = async (who: UserPrincipal, id: string): Promise<Call> => {
    await held(who, id);
    const out = await change(id, (r) => applySignal(r, { login: who.login, device: null }, { call: id, kind: 'hang-up' }, deps.now()));
    if (!out) throw new CallError(404, `no call ${id} of yours`);
    if (!out.ok) throw new CallError(out.code === 'not-a-party' ? 403 : 409, out.message);
    return out.record.call;
  };

  /** A callee's session that connects while a call rings for them gets its offer. */
  const offerTo = async (session: LocalSession): Promise<void> => {
    for (const call of knownCalls(deps.hub)) {
      if (call.state !== 'ringing' || !isRinging(call, session.login)) continue;
      const rec = await loadCall(deps.records, call.id);
      if (rec?.record.call.state === 'ringing' && rec.record.offer !== null) {
        session.send({ type: 'signal', call: call.id, kind: 'offer', from: call.from.login, sdp: rec.record.offer });
      }
    }
  };

  const connect = (who: UserPrincipal, send: (msg: ServerMessage) => void): SignalPort => {
    const session: LocalSession = { login: who.login, device: randomBytes(12).toString('hex'), send };
    const actor: Actor = { login: who.login, device: session.device };
    const holding = new Set<string>();
    let queue: Promise<void> = Promise.resolve();
    let queued = 0;
    signalling.attach(session);
    void offerTo(session).catch((err: unknown) => log.warn({ err, login: who.login }, 'could not replay ringing offers'));

    const handle = async (s: Signal): Promise<void> => {
      const out = await change(s.call, (r) => applySignal(r, actor, s, deps.now()));
      if (!out) return send({ type: 'error', code: 'call-unknown', message: `no call ${s.call}` });
      if (!out.ok) {
        log.info({ call: s.call, login: who.login, kind: s.kind, code: out.code }, 'call signal refused');
        return send({ type: 'error', code: `call-${out.code}`, message: out.message });
      }
      const { devices, call } = out.record;
      if (call.state === 'ringing' || call.state === 'connected') {
        if (devices.caller === session.device || devices.callee === session.device) holding.add(call.id);
      } else holding.delete(call.id);
    };
    return {
      receive(s) {
        if (queued >= MAX_QUEUED_SIGNALS) return send({ type: 'error', code: 'call-busy', message: `too many signals waiting; the ${s.kind} of call ${s.call} was dropped` });
        queued += 1;
        queue = queue
          .then(() => handle(s))
          .catch((err: unknown) => {
            log.error({ err, call: s.call }, 'call signal failed');
            send({ type: 'error', code: 'call-failed', message: `the ${s.kind} of call ${s.call} could not be handled` });
          })
          .finally(() => {
            queued -= 1;
          });
      },
      async close() {
        signalling.detach(session);
        await queue;
        for (const id of holding) {
          await change(id, (r) => disconnect(r, { login: who.login, device: session.device }, deps.now())).catch((err: unknown) => log.error({ err, call: id }, 'could not end a call of a closed session'));
        }
      },
    };
  };

  const sweep = async (graceMs = SWEEP_GRACE_MS): Promise<number> => {
    const due = knownCalls(deps.hub).filter((c) => c.state === 'ringing' && Date.parse(c.times.ringsUntil) + graceMs <= deps.now());
    let expired = 0;
    for (const c of due) if (await expireCall(c.id)) expired += 1;
    return expired;
  };

  return {
    place,
    get: held,
    hangUp,
    connect,
    sweep,
    start() {
      stops.push(deriveCallInboxes(deps.hub, deps.now));
      const every = deps.sweepEveryMs ?? 10_000;
      const timer = setInterval(() => void sweep().catch((err: unknown) => log.error({ err }, 'call sweep failed')), every);
      timer.unref();
      stops.push(() => clearInterval(timer));
    },
    stop() {
      for (const stop of stops.splice(0)) stop();
      for (const t of timers.values()) clearTimeout(t);
      timers.clear();
      signalling.stop();
    },
  };
}
