/**
 * @module wall/calls/call-client
 * One person's calls in a browser, for the wall and the call page alike: places a call over REST,
 * signals it over the `/live` connection (offer, answer, trickle ICE, hang-up, decline), holds the
 * RTCPeerConnection and the camera and microphone, and follows the person's inbox channel
 * (`calls/user/<login>`) for what rings and how each call ends. No STUN or TURN servers: host
 * candidates only, as the platform's network is the city's own.
 *
 * Candidates wait until the other side can take them: the caller's until the answer has come, the
 * callee's until its answer has gone; candidates that arrive before the remote description wait too.
 * The browser APIs come in through `CallClientDeps`, so the logic runs in Node tests with fakes.
 */
import { channels, type Call, type CallTarget, type ClientMessage, type PlaceCall, type ServerMessage } from '../../../server/contracts/index.ts';
import { inboxCalls, isOverFor, ringingFor } from './call-model.ts';
import { videoStats, type CallStats, type CandidateInit, type PeerLike, type StreamLike } from './call-peer.ts';

export type { CallStats, CandidateInit, PeerLike, StreamLike, TrackLike } from './call-peer.ts';

export interface CallClientDeps {
  me: string;
  /** Sends on the /live connection; false when it is not open. */
  send(msg: ClientMessage): boolean;
  place(body: PlaceCall): Promise<Call>;
  /** The REST fallback when the live connection is down. */
  hangUpOverRest(id: string): Promise<unknown>;
  getMedia(): Promise<StreamLike>;
  createPeer(): PeerLike;
  onChange(): void;
}

export interface ActiveCall {
  call: Call;
  role: 'caller' | 'callee';
  local: StreamLike | null;
  remote: StreamLike | null;
  connectionState: string;
  muted: boolean;
  cameraOff: boolean;
}

interface Session extends ActiveCall {
  pc: PeerLike | null;
  /** The other side can take our candidates. */
  canSend: boolean;
  remoteSet: boolean;
  outbox: CandidateInit[];
  inbox: CandidateInit[];
  /** Incoming signals, one at a time. */
  chain: Promise<void>;
}

export interface CallClient {
  /** The channels the client needs subscribed on /live. */
  channels(): string[];
  /** Takes a message from /live; false when it is not about calls. */
  receive(msg: ServerMessage): boolean;
  start(target: CallTarget, about?: { incident?: string; reason?: string }): Promise<void>;
  answer(id: string): Promise<void>;
  decline(id: string): void;
  hangUp(): void;
  setMuted(muted: boolean): void;
  setCameraOff(off: boolean): void;
  active(): ActiveCall | null;
  ringing(): Call[];
  /** The last call that ended here, with how it ended. */
  last(): Call | null;
  error(): string | null;
  stats(): Promise<CallStats | null>;
}

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

export function createCallClient(deps: CallClientDeps): CallClient {
  const { me } = deps;
  const inboxChannel = channels.callInbox(me);
  let calls: Call[] = [];
  const offers = new Map<string, string>();
  const declined = new Set<string>();
  const offerWaiters = new Map<string, (sdp: string) => void>();
  let session: Session | null = null;
  let lastCall: Call | null = null;
  let lastError: string | null = null;

  const signal = (msg: Omit<Extract<ClientMessage, { type: 'signal' }>, 'type'>): boolean => deps.send({ type: 'signal', ...msg });
  /** A description must go out, or the call cannot go on. */
  const describe = (msg: Omit<Extract<ClientMessage, { type: 'signal' }>, 'type'>): void => {
    if (!signal(msg)) throw new Error('the live connection is down; try again when it is back');
  };

  const finish = (call: Call): void => {
    if (!session || session.call.id !== call.id) return;
    session.pc?.close();
    for (const t of session.local?.getTracks() ?? []) t.stop();
    session = null;
    lastCall = call;
    deps.onChange();
  };

  const sendCandidate = (s: Session, c: CandidateInit): void => {
    if (c.candidate === undefined) return;
    signal({ call: s.call.id, kind: 'candidate', candidate: { candidate: c.candidate, sdpMid: c.sdpMid ?? null, sdpMLineIndex: c.sdpMLineIndex ?? null } });
  };

  const openMedia = async (s: Session): Promise<PeerLike> => {
    const local = await deps.getMedia();
    if (session !== s) {
      for (const t of local.getTracks()) t.stop();
      throw new Error('the call ended while the camera started');
    }
    s.local = local;
    const pc = deps.createPeer();
    s.pc = pc;
    for (const track of local.getTracks()) pc.addTrack(track, local);
    pc.onicecandidate = (e) => {
      if (!e.candidate) return;
      const c = e.candidate.toJSON();
      if (s.canSend) sendCandidate(s, c);
      else s.outbox.push(c);
    };
    pc.ontrack = (e) => {
      s.remote = e.streams[0] ?? s.remote;
      deps.onChange();
    };
    pc.onconnectionstatechange = () => {
      s.connectionState = pc.connectionState;
      if (pc.connectionState === 'failed' && session === s) client.hangUp();
      deps.onChange();
    };
    return pc;
  };

  const openSending = (s: Session): void => {
    s.canSend = true;
    for (const c of s.outbox.splice(0)) sendCandidate(s, c);
  };

  const remoteDescribed = async (s: Session, pc: PeerLike, type: 'offer' | 'answer', sdp: string): Promise<void> => {
    await pc.setRemoteDescription({ type, sdp });
    s.remoteSet = true;
    for (const c of s.inbox.splice(0)) await pc.addIceCandidate(c);
  };

  const newSession = (call: Call, role: 'caller' | 'callee'): Session => ({
    call, role, local: null, remote: null, connectionState: 'new', muted: false, cameraOff: false,
    pc: null, canSend: false, remoteSet: false, outbox: [], inbox: [], chain: Promise.resolve(),
  });

  const failed = (s: Session, err: unknown): void => {
    lastError = messageOf(err);
    if (session === s) client.hangUp();
    deps.onChange();
  };

  const onSignal = (m: Extract<ServerMessage, { type: 'signal' }>): void => {
    if (m.kind === 'offer' && m.sdp !== undefined) {
      offers.set(m.call, m.sdp);
      offerWaiters.get(m.call)?.(m.sdp);
      return deps.onChange();
    }
    const s = session;
    if (!s || s.call.id !== m.call) return;
    s.chain = s.chain
      .then(async () => {
        if (m.kind === 'answer' && m.sdp !== undefined && s.role === 'caller' && s.pc) {
          await remoteDescribed(s, s.pc, 'answer', m.sdp);
          openSending(s);
        } else if (m.kind === 'candidate' && m.candidate) {
          if (s.remoteSet && s.pc) await s.pc.addIceCandidate(m.candidate);
          else s.inbox.push(m.candidate);
        } else if (m.kind === 'hang-up') {
          finish(s.call);
        }
      })
      .catch((err: unknown) => failed(s, err));
  };

  const onInbox = (data: unknown): void => {
    calls = inboxCalls(data);
    for (const id of offers.keys()) if (!calls.some((c) => c.id === id && c.state === 'ringing')) offers.delete(id);
    const s = session;
    const mine = s ? calls.find((c) => c.id === s.call.id) : undefined;
    if (s && mine && mine.version >= s.call.version) {
      s.call = mine;
      if (isOverFor(mine, me)) finish(mine);
    }
    if (lastCall) lastCall = calls.find((c) => c.id === lastCall?.id) ?? lastCall;
    deps.onChange();
  };

  /** The caller's offer: at hand, or when it comes (a callee may answer as the call starts ringing). */
  const waitForOffer = (id: string): Promise<string> => {
    const held = offers.get(id);
    if (held !== undefined) return Promise.resolve(held);
    return new Promise((resolve) => {
      offerWaiters.set(id, (sdp) => {
        offerWaiters.delete(id);
        resolve(sdp);
      });
    });
  };

  const client: CallClient = {
    channels: () => [inboxChannel],
    receive(msg) {
      if ((msg.type === 'snapshot' || msg.type === 'update') && msg.channel === inboxChannel) onInbox(msg.data);
      else if (msg.type === 'signal') onSignal(msg);
      else if (msg.type === 'error' && msg.code.startsWith('call-')) {
        if (session && msg.message.includes(session.call.id)) {
          lastError = msg.message;
          deps.onChange();
        }
      } else return false;
      return true;
    },
    async start(target, about = {}) {
      if (session) throw new Error('already in a call: hang up first');
      lastError = null;
      const call = await deps.place({ to: target, ...about }).catch((err: unknown) => {
        lastError = messageOf(err);
        deps.onChange();
        throw err;
      });
      const s = newSession(call, 'caller');
      session = s;
      deps.onChange();
      try {
        const pc = await openMedia(s);
        const offer = await pc.createOffer();
        await pc.setLocalDescription({ type: 'offer', sdp: offer.sdp ?? '' });
        describe({ call: call.id, kind: 'offer', sdp: offer.sdp ?? '' });
      } catch (err) {
        failed(s, err);
      }
    },
    async answer(id) {
      const call = ringingFor(calls, me).find((c) => c.id === id);
      if (!call) throw new Error(`no call ${id} is ringing for you`);
      if (session) client.hangUp();
      lastError = null;
      const s = newSession(call, 'callee');
      session = s;
      deps.onChange();
      try {
        const pc = await openMedia(s);
        await remoteDescribed(s, pc, 'offer', await waitForOffer(id));
        const answer = await pc.createAnswer();
        await pc.setLocalDescription({ type: 'answer', sdp: answer.sdp ?? '' });
        describe({ call: id, kind: 'answer', sdp: answer.sdp ?? '' });
        openSending(s);
      } catch (err) {
        failed(s, err);
      }
    },
    decline(id) {
      declined.add(id);
      signal({ call: id, kind: 'decline' });
      deps.onChange();
    },
    hangUp() {
      const s = session;
      if (!s) return;
      if (!signal({ call: s.call.id, kind: 'hang-up' })) void deps.hangUpOverRest(s.call.id).catch((err: unknown) => (lastError = messageOf(err)));
      finish(s.call);
    },
    setMuted(muted) {
      if (!session) return;
      session.muted = muted;
      for (const t of session.local?.getTracks() ?? []) if (t.kind === 'audio') t.enabled = !muted;
      deps.onChange();
    },
    setCameraOff(off) {
      if (!session) return;
      session.cameraOff = off;
      for (const t of session.local?.getTracks() ?? []) if (t.kind === 'video') t.enabled = !off;
      deps.onChange();
    },
    active: () => session,
    ringing: () => ringingFor(calls, me).filter((c) => !declined.has(c.id) && c.id !== session?.call.id),
    last: () => lastCall,
    error: () => lastError,
    stats: async () => (session?.pc ? videoStats(session.pc) : null),
  };
  return client;
}
