/**
 * @module video/media-guards
 * Policies node-media-server does not offer, applied to each stream as it appears: publishing only
 * over RTMP from this machine (the relay and the camera simulator), no grace window for a vanished
 * publisher (viewers joining later would get its stale last picture group), and viewers of a stream
 * whose publisher ended are disconnected so that their players reconnect by themselves.
 * `isLoopbackPeer` is pure; `installGuards` patches the process-wide context and returns the undo.
 */
import type Context from 'node-media-server/src/core/context.js';

type ContextObject = typeof Context;
type Broadcast = ContextObject['broadcasts'] extends Map<string, infer B> ? B : never;
type Session = Broadcast['subscribers'] extends Map<string, infer S> ? S : never;

/** `127.0.0.1:5000`, `::ffff:127.0.0.1:5000` and `::1:5000` are this machine; anything else is not. */
export function isLoopbackPeer(peer: string): boolean {
  const address = peer.replace(/:\d+$/, '');
  return /^127\.\d+\.\d+\.\d+$/.test(address) || /^::ffff:127\.\d+\.\d+\.\d+$/i.test(address) || address === '::1';
}

export const PUBLISH_REFUSED = 'publishing is allowed over RTMP from this machine only';

/** Why a publisher is refused, or null when it may publish. */
export function publishRefusal(session: { ip: string; protocol: string }): string | null {
  return session.protocol === 'rtmp' && isLoopbackPeer(session.ip) ? null : PUBLISH_REFUSED;
}

export interface GuardOptions {
  publishGraceMs: number;
  onRefused(session: { ip: string; streamPath: string }): void;
}

/** Applies the guards to every broadcast the context creates from now on; returns the undo. */
export function installGuards(ctx: ContextObject, o: GuardOptions): () => void {
  const broadcasts = ctx.broadcasts;
  const originalSet = broadcasts.set;
  const guarded = new WeakSet<Broadcast>();
  broadcasts.set = function set(path: string, b: Broadcast) {
    if (!guarded.has(b)) {
      guarded.add(b);
      const postPublish = b.postPublish;
      b.postPublish = (session: Session) => {
        const refusal = publishRefusal(session);
        if (refusal !== null) {
          o.onRefused(session);
          return refusal;
        }
        return postPublish(session);
      };
      b.publishGraceMs = o.publishGraceMs;
    }
    return originalSet.call(broadcasts, path, b);
  };
  const endViewers = (publisher: Session): void => {
    const b = broadcasts.get(publisher.streamPath);
    for (const viewer of b?.subscribers.values() ?? []) viewer.close();
  };
  ctx.eventEmitter.on('donePublish', endViewers);
  return () => {
    broadcasts.set = originalSet;
    ctx.eventEmitter.off('donePublish', endViewers);
  };
}
