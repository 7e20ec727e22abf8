/**
 * @module wall/calls/call-hook
 * The calls' part of the test hook (`window.__scpm`): the state of the call in words and flags, and
 * its WebRTC figures — never a description or a candidate.
 */
import type { CallTarget } from '../../../server/contracts/index.ts';
import type { CallClient } from './call-client.ts';
import type { CallStats } from './call-peer.ts';

export interface CallHookState {
  active: { id: string; role: 'caller' | 'callee'; state: string; answeredBy: string | null; connectionState: string; remote: boolean; muted: boolean; cameraOff: boolean } | null;
  ringing: Array<{ id: string; from: string; incident: string | null }>;
  last: { id: string; state: string; endedBy: { login: string | null; reason: string } | null } | null;
  error: string | null;
}

export interface CallHook {
  calls(): CallHookState;
  callStats(): Promise<CallStats | null>;
  startCall(target: CallTarget, about?: { incident?: string; reason?: string }): Promise<void>;
  answerCall(id: string): Promise<void>;
  hangUp(): void;
}

export function callHook(client: CallClient): CallHook {
  return {
    calls() {
      const a = client.active();
      const last = client.last();
      return {
        active: a && { id: a.call.id, role: a.role, state: a.call.state, answeredBy: a.call.answeredBy, connectionState: a.connectionState, remote: a.remote !== null, muted: a.muted, cameraOff: a.cameraOff },
        ringing: client.ringing().map((c) => ({ id: c.id, from: c.from.login, incident: c.incident })),
        last: last && { id: last.id, state: last.state, endedBy: last.endedBy },
        error: client.error(),
      };
    },
    callStats: () => client.stats(),
    startCall: (target, about) => client.start(target, about),
    answerCall: (id) => client.answer(id),
    hangUp: () => client.hangUp(),
  };
}
