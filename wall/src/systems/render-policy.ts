/**
 * @module wall/systems/render-policy
 * When the wall redraws. Nothing changed: no redraw (a still wall costs nothing). A person acted
 * (tap, drag, pinch, screen or language change) or the window resized: redraw on the next frame,
 * so gestures stay at full frame rate. Only live data changed: redraw at most `dataHz` times a
 * second — at 1,000 events/s every frame would carry a change, yet a wall read from across a room
 * needs its figures at most a few times a second, and a software-rendered 4K frame costs 150+ ms.
 * Live video playing: redraw at most `videoHz` times a second while it plays (and not at all when
 * every tile shows NO SIGNAL). Pure.
 */
export interface RenderInput {
  /** The state changed since the last render. */
  changed: boolean;
  /** A person acted or the view resized since the last render. */
  urgent: boolean;
  now: number;
  lastRenderAt: number;
  dataHz: number;
  /** A live video is playing (its frames change without the state changing). */
  playing?: boolean;
  videoHz?: number;
}

export function shouldRender(i: RenderInput): boolean {
  if (i.urgent) return true;
  const since = i.now - i.lastRenderAt;
  if (i.playing && since >= 1000 / (i.videoHz ?? DEFAULT_VIDEO_HZ)) return true;
  if (!i.changed) return false;
  return since >= 1000 / i.dataHz;
}

export const DEFAULT_DATA_HZ = 2;
/** CCTV tiles are watched for motion, not read: 12 frames a second is smooth enough on a wall. */
export const DEFAULT_VIDEO_HZ = 12;
