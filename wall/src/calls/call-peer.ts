/**
 * @module wall/calls/call-peer
 * What the call client uses of the browser's WebRTC — a peer connection, a media stream and its
 * tracks — as plain interfaces, so the client runs in Node tests with fakes; and the video figures
 * of a connection (frames decoded and encoded) from its statistics.
 */
export interface TrackLike {
  readonly kind: string;
  enabled: boolean;
  stop(): void;
}

export interface StreamLike {
  getTracks(): TrackLike[];
}

export interface CandidateInit {
  candidate?: string | undefined;
  sdpMid?: string | null | undefined;
  sdpMLineIndex?: number | null | undefined;
  usernameFragment?: string | null | undefined;
}

/** What the client uses of an RTCPeerConnection. */
export interface PeerLike {
  readonly connectionState: string;
  onicecandidate: ((e: { candidate: { toJSON(): CandidateInit } | null }) => void) | null;
  ontrack: ((e: { streams: readonly StreamLike[] }) => void) | null;
  onconnectionstatechange: ((e: unknown) => void) | null;
  addTrack(track: TrackLike, stream: StreamLike): unknown;
  createOffer(): Promise<{ sdp?: string }>;
  createAnswer(): Promise<{ sdp?: string }>;
  setLocalDescription(d: { type: 'offer' | 'answer'; sdp: string }): Promise<void>;
  setRemoteDescription(d: { type: 'offer' | 'answer'; sdp: string }): Promise<void>;
  addIceCandidate(c: CandidateInit): Promise<void>;
  getStats(): Promise<{ forEach(f: (report: Record<string, unknown>) => void): void }>;
  close(): void;
}

export interface CallStats {
  connectionState: string;
  framesDecoded: number;
  framesReceived: number;
  bytesReceived: number;
  framesEncoded: number;
}

/** The video figures of a connection: what arrives (decoded) and what leaves (encoded). */
export async function videoStats(pc: PeerLike): Promise<CallStats> {
  const out: CallStats = { connectionState: pc.connectionState, framesDecoded: 0, framesReceived: 0, bytesReceived: 0, framesEncoded: 0 };
  (await pc.getStats()).forEach((r) => {
    if (r['type'] === 'inbound-rtp' && r['kind'] === 'video') {
      out.framesDecoded += Number(r['framesDecoded'] ?? 0);
      out.framesReceived += Number(r['framesReceived'] ?? 0);
      out.bytesReceived += Number(r['bytesReceived'] ?? 0);
    }
    if (r['type'] === 'outbound-rtp' && r['kind'] === 'video') out.framesEncoded += Number(r['framesEncoded'] ?? 0);
  });
  return out;
}
