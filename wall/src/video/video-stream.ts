/**
 * @module wall/video/video-stream
 * One camera's live video as a Pixi texture: mpegts.js plays the relayed WS-FLV stream (live, video
 * only, no stash buffer, latency chasing) into a muted, inline `<video>` that is never added to the
 * page; every new picture (requestVideoFrameCallback, or a changed currentTime where that is missing)
 * is uploaded to the texture. stream-watchdog.ts turns picture times into the tile's state; a stream
 * without pictures is torn down and opened again with backoff, asking `getUrl()` each time because
 * signed addresses expire. The texture starts 1×1 and takes the video's size with its first picture;
 * it is dynamic (sprites follow it), but a sprite given a `width`/`height` keeps its scale, so size
 * sprites from the tile again on the texture's `update`. `destroy()` frees the player, the element
 * and the texture.
 */
import mpegts from 'mpegts.js';
import { Texture, VideoSource } from 'pixi.js';
import { reconnectDelay } from '../live/backoff.ts';
import { DEFAULT_TIMINGS, initialWatch, watch, type VideoStreamState, type WatchdogTimings, type WatchEvent } from './stream-watchdog.ts';

export type { VideoStreamState } from './stream-watchdog.ts';

export interface VideoStream {
  readonly video: HTMLVideoElement;
  readonly texture: Texture;
  readonly state: VideoStreamState;
  /** Called on every change of state; returns the unsubscribe. */
  onState(cb: (s: VideoStreamState) => void): () => void;
  destroy(): void;
}

export interface VideoStreamOptions {
  /** A fresh signed WS-FLV address of the camera (asked again for each connection). */
  getUrl: () => Promise<string>;
  onState?: (s: VideoStreamState) => void;
  timings?: WatchdogTimings;
  random?: () => number;
}

const TICK_MS = 250;

const PLAYER_CONFIG: mpegts.Config = {
  enableWorker: false,
  enableStashBuffer: false,
  isLive: true,
  lazyLoad: false,
  liveBufferLatencyChasing: true,
  liveBufferLatencyMaxLatency: 0.5,
  liveBufferLatencyMinRemain: 0.1,
  liveSync: true,
  liveSyncMaxLatency: 0.35,
  liveSyncTargetLatency: 0.2,
  liveSyncPlaybackRate: 1.25,
  autoCleanupSourceBuffer: true,
  autoCleanupMaxBackwardDuration: 12,
  autoCleanupMinBackwardDuration: 6,
};

let quieted = false;
function quietPlayerLogs(): void {
  if (quieted) return;
  quieted = true;
  Object.assign(mpegts.LoggingControl, { enableVerbose: false, enableDebug: false, enableInfo: false });
}

export function openVideoStream(o: VideoStreamOptions): VideoStream {
  quietPlayerLogs();
  const video = document.createElement('video');
  video.muted = true;
  video.playsInline = true;
  video.autoplay = true;
  // camera video is opaque: nothing to premultiply on upload
  const source = new VideoSource({ resource: video, autoLoad: false, autoPlay: false, width: 1, height: 1, alphaMode: 'premultiplied-alpha' });
  // dynamic: sprites follow the texture when the video's size arrives
  const texture = new Texture({ source, dynamic: true });
  const listeners = new Set<(s: VideoStreamState) => void>();
  if (o.onState) listeners.add(o.onState);
  const supported = mpegts.getFeatureList().mseLivePlayback;
  let w = initialWatch(performance.now());
  let player: mpegts.Player | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let generation = 0;
  let destroyed = false;
  let frameHandle: number | null = null;
  let lastTime = -1;

  const teardown = (): void => {
    generation += 1;
    const p = player;
    player = null;
    if (!p) return;
    try {
      p.pause();
      p.unload();
      p.detachMediaElement();
      p.destroy();
    } catch {
      // a player that failed half-way may refuse parts of its teardown; the element is reused anyway
    }
  };

  const apply = (e: WatchEvent): void => {
    if (destroyed) return;
    const before = w.state;
    const step = watch(w, e, o.timings ?? DEFAULT_TIMINGS);
    w = step.next;
    if (step.reconnect) {
      teardown();
      if (supported) retry ??= setTimeout(connect, reconnectDelay(w.failures, o.random ?? Math.random));
    }
    if (w.state !== before) for (const cb of listeners) cb(w.state);
  };

  const onFrame = (): void => {
    if (!player || video.videoWidth === 0) return;
    source.update();
    apply({ type: 'frame', at: performance.now() });
  };

  const hasFrameCallback = typeof video.requestVideoFrameCallback === 'function';
  const watchFrames = (): void => {
    if (destroyed) return;
    if (hasFrameCallback) {
      frameHandle = video.requestVideoFrameCallback(() => {
        onFrame();
        watchFrames();
      });
    } else {
      frameHandle = requestAnimationFrame(() => {
        if (video.currentTime !== lastTime) {
          lastTime = video.currentTime;
          onFrame();
        }
        watchFrames();
      });
    }
  };

  async function connect(): Promise<void> {
    retry = null;
    const mine = ++generation;
    let url: string;
    try {
      url = await o.getUrl();
    } catch {
      if (mine === generation) apply({ type: 'failed', at: performance.now() });
      return;
    }
    if (destroyed || mine !== generation) return;
    const p = mpegts.createPlayer({ type: 'flv', isLive: true, hasAudio: false, hasVideo: true, url }, PLAYER_CONFIG);
    player = p;
    p.on(mpegts.Events.ERROR, (type: string) => {
      if (player === p) apply({ type: type === mpegts.ErrorTypes.MEDIA_ERROR ? 'failed' : 'ended', at: performance.now() });
    });
    p.on(mpegts.Events.LOADING_COMPLETE, () => {
      if (player === p) apply({ type: 'ended', at: performance.now() });
    });
    p.attachMediaElement(video);
    p.load();
    apply({ type: 'connected', at: performance.now() });
    void Promise.resolve(p.play()).catch(() => undefined);
  }

  const ticker = setInterval(() => apply({ type: 'tick', at: performance.now() }), TICK_MS);
  watchFrames();
  if (supported) void connect();
  else queueMicrotask(() => apply({ type: 'failed', at: performance.now() }));

  return {
    video,
    texture,
    get state() {
      return w.state;
    },
    onState(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      clearInterval(ticker);
      if (retry !== null) clearTimeout(retry);
      if (frameHandle !== null) {
        if (hasFrameCallback) video.cancelVideoFrameCallback(frameHandle);
        else cancelAnimationFrame(frameHandle);
      }
      teardown();
      listeners.clear();
      texture.destroy(true);
      video.removeAttribute('src');
      video.remove();
    },
  };
}
