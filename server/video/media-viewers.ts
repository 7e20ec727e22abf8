/**
 * @module video/media-viewers
 * Who is watching: node-media-server's play events turned into joined/left per stream, counting
 * only viewers whose address was accepted (a refused viewer also "ends" its play, without having
 * started one). What on-demand relaying (demand.ts) listens to.
 */
import type Context from 'node-media-server/src/core/context.js';

export interface ViewerEvent {
  /** `/live/cam-11680-00042` */
  streamPath: string;
  app: string;
  stream: string;
  joined: boolean;
}

type ContextObject = typeof Context;
type Session = ContextObject['sessions'] extends Map<string, infer S> ? S : never;

/** Calls `on` for every accepted viewer that joins or leaves; returns the undo. */
export function followViewers(ctx: ContextObject, on: (e: ViewerEvent) => void): () => void {
  const watching = new Set<string>();
  const event = (s: Session, joined: boolean): ViewerEvent => ({ streamPath: s.streamPath, app: s.streamApp, stream: s.streamName, joined });
  const joined = (s: Session): void => {
    watching.add(s.id);
    on(event(s, true));
  };
  const left = (s: Session): void => {
    if (watching.delete(s.id)) on(event(s, false));
  };
  ctx.eventEmitter.on('postPlay', joined);
  ctx.eventEmitter.on('donePlay', left);
  return () => {
    ctx.eventEmitter.off('postPlay', joined);
    ctx.eventEmitter.off('donePlay', left);
  };
}
