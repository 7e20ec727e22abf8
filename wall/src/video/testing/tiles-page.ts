/**
 * @module wall/video/testing/tiles-page
 * A page for tests and benchmarks of the video path (bundled by them, not part of the wall): a grid
 * of camera tiles, each a Pixi sprite of a `video-stream.ts` texture on one WebGL canvas. After each
 * render it can read the canvas back (the pixels on screen) and decode every tile's burned-in sender
 * clock (server/contracts/video-clock.ts) against the browser's clock. Addresses come from
 * `window.signPlayUrl(camera)`, which the harness provides. Driven through `window.__video`.
 */
import { Application, Sprite, UPDATE_PRIORITY } from 'pixi.js';
import { clockToEpochMs, decodeClockBars } from '../../../../server/contracts/video-clock.ts';
import { openVideoStream, type VideoStream, type VideoStreamState } from '../video-stream.ts';

export interface ClockSample {
  camera: string;
  /** Browser clock (Date.now) when the rendered canvas was read. */
  at: number;
  /** The sender clock decoded from the tile, epoch ms; null when the tile did not decode. */
  sentAt: number | null;
}

interface Tile {
  camera: string;
  stream: VideoStream;
  sprite: Sprite;
  x: number;
  y: number;
  states: VideoStreamState[];
}

declare global {
  interface Window {
    signPlayUrl?: (camera: string) => Promise<string>;
    __video?: unknown;
  }
}

const q = new URLSearchParams(location.search);
const cols = Number(q.get('cols') ?? 1);
const rows = Number(q.get('rows') ?? 1);
const tileW = Number(q.get('tileW') ?? 640);
const tileH = Number(q.get('tileH') ?? 360);
/** Renders per second at most (camera video runs at 15–30 fps; 0: every animation frame). */
const maxFps = Number(q.get('maxFps') ?? 30);

const app = new Application();
await app.init({ preference: 'webgl', width: cols * tileW, height: rows * tileH, background: '#202020', antialias: false });
app.ticker.maxFPS = maxFps;
document.body.style.margin = '0';
document.body.appendChild(app.canvas);

const tiles: Tile[] = [];
const samples: ClockSample[] = [];
let sampleEveryMs = 0;
let nextSampleAt = 0;
const readback = document.createElement('canvas');
readback.width = app.canvas.width;
readback.height = app.canvas.height;
const ctx = readback.getContext('2d', { willReadFrequently: true })!;

app.ticker.add(() => {
  for (const t of tiles) t.sprite.setSize(tileW, tileH);
}, null, UPDATE_PRIORITY.HIGH);

// after the render (LOW), the drawing buffer still holds this frame
app.ticker.add(() => {
  if (sampleEveryMs <= 0 || performance.now() < nextSampleAt) return;
  nextSampleAt = performance.now() + sampleEveryMs;
  ctx.drawImage(app.canvas, 0, 0);
  const at = Date.now();
  for (const t of tiles) {
    const px = ctx.getImageData(t.x, t.y, tileW, tileH).data;
    const cs = decodeClockBars(px, tileW, tileH);
    samples.push({ camera: t.camera, at, sentAt: cs === null ? null : clockToEpochMs(cs, at) });
  }
}, null, UPDATE_PRIORITY.UTILITY);

function rendererName(): string {
  const gl = (app.renderer as unknown as { gl?: WebGLRenderingContext }).gl;
  const info = gl?.getExtension('WEBGL_debug_renderer_info');
  return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'none';
}

window.__video = {
  ready: true,
  renderer: rendererName,
  open(cameras: string[]): void {
    cameras.forEach((camera, i) => {
      const x = (i % cols) * tileW;
      const y = Math.floor(i / cols) * tileH;
      const states: VideoStreamState[] = [];
      const stream = openVideoStream({
        getUrl: () => (window.signPlayUrl ? window.signPlayUrl(camera) : Promise.reject(new Error('no signPlayUrl'))),
        onState: (s) => states.push(s),
      });
      const sprite = new Sprite(stream.texture);
      sprite.position.set(x, y);
      app.stage.addChild(sprite);
      tiles.push({ camera, stream, sprite, x, y, states });
    });
  },
  states: (): Record<string, { state: VideoStreamState; history: VideoStreamState[] }> =>
    Object.fromEntries(tiles.map((t) => [t.camera, { state: t.stream.state, history: [...t.states] }])),
  sample(everyMs: number): void {
    sampleEveryMs = everyMs;
    nextSampleAt = 0;
  },
  /** Per tile: seconds buffered ahead of playback, playback rate, decoded and dropped frames. */
  playback: () =>
    tiles.map((t) => {
      const v = t.stream.video;
      const q = v.getVideoPlaybackQuality();
      const ahead = v.buffered.length > 0 ? v.buffered.end(v.buffered.length - 1) - v.currentTime : 0;
      return { camera: t.camera, aheadS: Math.round(ahead * 1000) / 1000, rate: v.playbackRate, frames: q.totalVideoFrames, dropped: q.droppedVideoFrames };
    }),
  /** Samples since the last call. */
  takeSamples: (): ClockSample[] => samples.splice(0, samples.length),
  close(): void {
    for (const t of tiles.splice(0)) {
      t.sprite.destroy();
      t.stream.destroy();
    }
  },
};
