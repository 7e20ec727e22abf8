/**
 * @module calls/projection
 * Calls as live values. A change is published on `calls/call/<id>` through the bus to every API
 * replica's hub (to this process's hub without one); every replica then derives each party's inbox
 * `calls/user/<login>` from those values, as it derives the public incident board. Each change carries
 * a strictly later time than the one before (calls/state.ts), so every hub keeps the newest state.
 */
import { CallSchema, channels, type Call } from '../contracts/index.ts';
import type { LiveHub } from '../live/hub.ts';
import { isFinal, isParty } from './state.ts';

export const CALL_CHANNEL_PREFIX = 'calls/call/';

/** Ended calls stay in an inbox this long, so a party's screen can say how the call ended. */
export const RECENT_MS = 2 * 60_000;

export type PublishLive = (channel: string, data: unknown, at: string) => void;

export function callPublisher(hub: LiveHub, publishLive?: PublishLive): (call: Call, at: string) => void {
  return (call, at) => {
    const channel = channels.call(call.id);
    if (publishLive) publishLive(channel, call, at);
    else hub.set(channel, call, at);
  };
}

/** The calls this process's hub knows, newest placed first. */
export function knownCalls(hub: LiveHub): Call[] {
  return hub
    .entries(CALL_CHANNEL_PREFIX)
    .flatMap(([, v]) => {
      const parsed = CallSchema.safeParse(v.data);
      return parsed.success ? [parsed.data] : [];
    })
    .sort((a, b) => b.times.placed.localeCompare(a.times.placed));
}

/** One person's inbox: ringing and connected calls, and final ones ended within RECENT_MS of `now`. */
export function inboxOf(calls: readonly Call[], login: string, now: number): Call[] {
  return calls.filter((c) => isParty(c, login) && (!isFinal(c) || now - Date.parse(c.times.ended ?? c.times.placed) <= RECENT_MS));
}

const later = (a: string | undefined, b: string): string => (a !== undefined && a > b ? a : b);

/** Keeps every party's inbox current on this process's hub; returns the function that stops it. */
export function deriveCallInboxes(hub: LiveHub, now: () => number): () => void {
  const byLogin = new Map<string, Map<string, Call>>();
  const update = (_channel: string, value: { data: unknown; at: string }): void => {
    const parsed = CallSchema.safeParse(value.data);
    if (!parsed.success) return;
    const call = parsed.data;
    for (const login of [call.from.login, ...call.to.map((p) => p.login)]) {
      let mine = byLogin.get(login);
      if (!mine) byLogin.set(login, (mine = new Map()));
      mine.set(call.id, call);
      const calls = inboxOf([...mine.values()], login, now());
      // calls that left the inbox are forgotten here too
      for (const id of mine.keys()) if (!calls.some((c) => c.id === id)) mine.delete(id);
      if (mine.size === 0) byLogin.delete(login);
      const inbox = channels.callInbox(login);
      calls.sort((a, b) => b.times.placed.localeCompare(a.times.placed));
      hub.set(inbox, { login, calls }, later(hub.get(inbox)?.at, value.at));
    }
  };
  const stop = hub.watch(CALL_CHANNEL_PREFIX, update);
  for (const [channel, value] of hub.entries(CALL_CHANNEL_PREFIX)) update(channel, value);
  return stop;
}

/** Whether a person may watch a call's channel: its parties only, as this process's hub knows the call. */
export function isPartyOfChannel(hub: LiveHub, login: string, channel: string): boolean {
  const parsed = CallSchema.safeParse(hub.get(channel)?.data);
  return parsed.success && isParty(parsed.data, login);
}
