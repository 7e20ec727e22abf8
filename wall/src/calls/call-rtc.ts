/**
 * @module wall/calls/call-rtc
 * The browser's camera, microphone and peer connections for the call client: host candidates only
 * (no STUN or TURN servers), a 640×360 picture at most, echo cancellation on.
 */
import type { PeerLike, StreamLike } from './call-peer.ts';

export function browserMedia(): Promise<StreamLike> {
  return navigator.mediaDevices.getUserMedia({
    audio: { echoCancellation: true, noiseSuppression: true },
    video: { width: { ideal: 640 }, height: { ideal: 360 }, frameRate: { ideal: 24 } },
  });
}

/** RTCPeerConnection has every member the client uses; its event types are wider than PeerLike names them. */
export function browserPeer(): PeerLike {
  return new RTCPeerConnection({ iceServers: [] }) as unknown as PeerLike;
}

/** The browser stream behind a client stream (they are the same object). */
export const asMediaStream = (s: StreamLike | null): MediaStream | null => s as MediaStream | null;
