import test from 'ava';
import { channels, type Call, type ClientMessage, type PlaceCall } from '../../../server/contracts/index.ts';
import { createCallClient, type CandidateInit, type PeerLike, type StreamLike, type TrackLike } from './call-client.ts';

const ID = 'c-abcdefghijklmnopqrstuvwxyz';
const T = '2026-11-27T05:20:00.000Z';

const call = (over: Partial<Call> = {}): Call => ({
  id: ID,
  from: { login: 'mayor', role: 'mayor', name: '시장' },
  to: [{ login: 'kim.fire', role: 'official', name: '김소방' }, { login: 'han.fire', role: 'official', name: '한소방' }],
  incident: 'fire-119:20210101-0001', station: null, reason: null, state: 'ringing', answeredBy: null, declinedBy: [],
  times: { placed: T, ringsUntil: '2026-11-27T05:20:45.000Z', answered: null, ended: null }, endedBy: null, version: 0,
  ...over,
});

class FakePeer implements PeerLike {
  connectionState = 'new';
  onicecandidate: PeerLike['onicecandidate'] = null;
  ontrack: PeerLike['ontrack'] = null;
  onconnectionstatechange: PeerLike['onconnectionstatechange'] = null;
  readonly log: string[] = [];
  closed = false;
  addTrack(track: TrackLike): void {
    this.log.push(`track ${track.kind}`);
  }
  async createOffer() {
    return { sdp: 'offer-sdp' };
  }
  async createAnswer() {
    return { sdp: 'answer-sdp' };
  }
  async setLocalDescription(d: { type: string; sdp: string }) {
    this.log.push(`local ${d.type}`);
    // gathering starts: two host candidates
    for (const n of [1, 2]) this.onicecandidate?.({ candidate: { toJSON: (): CandidateInit => ({ candidate: `candidate:${n}`, sdpMid: '0', sdpMLineIndex: 0 }) } });
  }
  async setRemoteDescription(d: { type: string; sdp: string }) {
    this.log.push(`remote ${d.type} ${d.sdp}`);
  }
  async addIceCandidate(c: CandidateInit) {
    this.log.push(`add ${c.candidate}`);
  }
  async getStats() {
    return new Map([['v', { type: 'inbound-rtp', kind: 'video', framesDecoded: 12, framesReceived: 13, bytesReceived: 9000 }]]);
  }
  close() {
    this.closed = true;
  }
}

function setup(me: string, opts: { live?: boolean } = {}) {
  const sent: ClientMessage[] = [];
  const placed: PlaceCall[] = [];
  const rest: string[] = [];
  const peers: FakePeer[] = [];
  const tracks: Array<TrackLike & { stopped: boolean }> = [];
  const stream: StreamLike = { getTracks: () => tracks };
  for (const kind of ['audio', 'video']) tracks.push({ kind, enabled: true, stopped: false, stop() { this.stopped = true; } });
  const client = createCallClient({
    me,
    send: (m) => (opts.live === false ? false : (sent.push(m), true)),
    place: async (body) => (placed.push(body), call()),
    hangUpOverRest: async (id) => rest.push(id),
    getMedia: async () => stream,
    createPeer: () => {
      const p = new FakePeer();
      peers.push(p);
      return p;
    },
    onChange: () => {},
  });
  const signals = () => sent.flatMap((m) => (m.type === 'signal' ? [`${m.kind}${m.candidate ? ` ${m.candidate.candidate}` : ''}`] : []));
  const inbox = (calls: Call[]) => client.receive({ type: 'update', channel: channels.callInbox(me), data: { login: me, calls }, at: T });
  return { client, sent, signals, placed, rest, peers, tracks, inbox };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

test('the caller offers, holds its candidates until the answer, then sends them; early remote candidates wait too', async (t) => {
  const c = setup('mayor');
  await c.client.start({ incident: 'fire-119:20210101-0001' }, { reason: 'second alarm' });
  t.deepEqual(c.placed, [{ to: { incident: 'fire-119:20210101-0001' }, reason: 'second alarm' }]);
  t.deepEqual(c.signals(), ['offer'], 'no candidate before the answer');
  t.deepEqual(c.peers[0]!.log, ['track audio', 'track video', 'local offer']);
  c.client.receive({ type: 'signal', call: ID, kind: 'candidate', from: 'kim.fire', candidate: { candidate: 'candidate:9' } });
  c.client.receive({ type: 'signal', call: ID, kind: 'answer', from: 'kim.fire', sdp: 'answer-sdp' });
  await tick();
  t.deepEqual(c.peers[0]!.log.slice(3), ['remote answer answer-sdp', 'add candidate:9']);
  t.deepEqual(c.signals(), ['offer', 'candidate candidate:1', 'candidate candidate:2']);
  t.like(await c.client.stats(), { framesDecoded: 12, bytesReceived: 9000 });
});

test('the callee answers the offer and sends its candidates only after its answer', async (t) => {
  const c = setup('kim.fire');
  c.inbox([call()]);
  t.deepEqual(c.client.ringing().map((x) => x.id), [ID]);
  const answering = c.client.answer(ID);
  await tick();
  t.deepEqual(c.signals(), [], 'waits for the offer');
  c.client.receive({ type: 'signal', call: ID, kind: 'offer', from: 'mayor', sdp: 'offer-sdp' });
  await answering;
  t.deepEqual(c.peers[0]!.log, ['track audio', 'track video', 'remote offer offer-sdp', 'local answer']);
  t.deepEqual(c.signals(), ['answer', 'candidate candidate:1', 'candidate candidate:2']);
  t.is(c.client.active()?.role, 'callee');
  t.deepEqual(c.client.ringing(), []);
});

test('answered by another callee: the call is over here, camera and microphone released', async (t) => {
  const c = setup('han.fire');
  c.inbox([call()]);
  c.client.receive({ type: 'signal', call: ID, kind: 'offer', from: 'mayor', sdp: 'offer-sdp' });
  await c.client.answer(ID);
  c.inbox([call({ state: 'connected', answeredBy: 'kim.fire', version: 1 })]);
  t.is(c.client.active(), null);
  t.like(c.client.last(), { answeredBy: 'kim.fire' });
  t.true(c.peers[0]!.closed);
  t.true(c.tracks.every((x) => x.stopped));
});

test('the other side hangs up: the call ends here; a hang-up without the live connection goes over REST', async (t) => {
  const c = setup('mayor');
  await c.client.start({ login: 'kim.fire' });
  c.client.receive({ type: 'signal', call: ID, kind: 'hang-up', from: 'kim.fire' });
  await tick();
  t.is(c.client.active(), null);
  t.true(c.peers[0]!.closed);

  const offline = setup('mayor', { live: false });
  await offline.client.start({ login: 'kim.fire' });
  offline.client.hangUp();
  t.deepEqual(offline.rest, [ID]);
  t.is(offline.client.active(), null);
});

test('decline leaves the ringing list at once; mute and camera switch the local tracks', async (t) => {
  const c = setup('kim.fire');
  c.inbox([call()]);
  c.client.decline(ID);
  t.deepEqual(c.signals(), ['decline']);
  t.deepEqual(c.client.ringing(), []);
  const caller = setup('mayor');
  await caller.client.start({ login: 'kim.fire' });
  caller.client.setMuted(true);
  caller.client.setCameraOff(true);
  t.deepEqual(caller.tracks.map((x) => [x.kind, x.enabled]), [['audio', false], ['video', false]]);
  caller.client.setMuted(false);
  t.true(caller.tracks[0]!.enabled);
});
