/**
 * @module wall/systems/video-tiles
 * The live videos of the CCTV tiles, kept to what the state wants: a stream is opened for each
 * camera (and the incident it is shown for) that appears, and destroyed — its connection, decoder
 * and texture — when it leaves, when the incident changes or when the panel goes. Each stream
 * reconnects by itself (asking for a fresh signed address) and reports its state into the wall state.
 */
import type { Texture } from 'pixi.js';
import type { StreamRequest } from '../state/cctv.ts';
import type { StreamState } from '../state/safety-state.ts';

/** What the wall needs of a video stream (`video/video-stream.ts` provides it). */
export interface TileVideo {
  readonly texture: Texture;
  readonly state: StreamState;
  destroy(): void;
}

export interface VideoTilesDeps {
  open(request: StreamRequest, onState: (s: StreamState) => void): TileVideo;
  onState(camera: string, s: StreamState): void;
  /** A camera's stream was destroyed. */
  onClose(camera: string): void;
}

export interface VideoTiles {
  /** The streams wanted now; opens and destroys the difference. */
  want(requests: readonly StreamRequest[]): void;
  /** The stream showing a camera, if one is open. */
  get(camera: string): TileVideo | undefined;
  readonly size: number;
  destroy(): void;
}

const keyOf = (r: StreamRequest): string => `${r.camera}|${r.incident ?? ''}`;

export function createVideoTiles(d: VideoTilesDeps): VideoTiles {
  const open = new Map<string, { request: StreamRequest; video: TileVideo; closed: boolean }>();

  const close = (key: string): void => {
    const held = open.get(key);
    if (!held) return;
    open.delete(key);
    held.closed = true;
    held.video.destroy();
    d.onClose(held.request.camera);
  };

  return {
    want(requests) {
      const wanted = new Map(requests.map((r) => [keyOf(r), r]));
      for (const key of [...open.keys()]) if (!wanted.has(key)) close(key);
      for (const [key, request] of wanted) {
        if (open.has(key)) continue;
        const entry = { request, video: null as unknown as TileVideo, closed: false };
        // A destroyed stream's late callbacks must not bring its state back.
        entry.video = d.open(request, (s) => {
          if (!entry.closed) d.onState(request.camera, s);
        });
        open.set(key, entry);
        d.onState(request.camera, entry.video.state);
      }
    },
    get(camera) {
      for (const held of open.values()) if (held.request.camera === camera) return held.video;
      return undefined;
    },
    get size() {
      return open.size;
    },
    destroy() {
      for (const key of [...open.keys()]) close(key);
    },
  };
}
