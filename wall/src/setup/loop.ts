/**
 * @module wall/setup/loop
 * The frame loop: each animation frame it advances the clock, the carousel and the command bus and
 * runs the effects; when the state changed (at most at the data rate, at once when urgent), it
 * subscribes to the channels the screen needs, keeps the videos to those wanted, and reconciles and
 * renders the scene and the pairing overlay. Answers the frame statistics it keeps.
 */
import type { Application } from 'pixi.js';
import type { CallOverlay } from '../calls/call-overlay.ts';
import { carouselStep } from '../commands/carousel.ts';
import type { CommandBus } from '../commands/command-bus.ts';
import type { LiveClient } from '../live/live-client.ts';
import { anyPlaying, wantedStreams } from '../state/cctv.ts';
import { pairingChannels } from '../state/pairing.ts';
import type { WallState } from '../state/wall-state.ts';
import type { PairingOverlay } from '../scene/pairing-overlay.ts';
import type { WallScene } from '../scene/wall-scene.ts';
import { DEFAULT_DATA_HZ, shouldRender } from '../systems/render-policy.ts';
import type { VideoTiles } from '../systems/video-tiles.ts';
import type { FrameStats } from '../test-hook.ts';
import type { Act } from './actions.ts';
import type { View } from './display.ts';

export interface LoopDeps {
  app: Application;
  state: WallState;
  view: View;
  /** `?hz=`: live data redrawn up to this many times a second (null: the default). */
  hz: number | null;
  act: Act;
  bus: Pick<CommandBus, 'tick' | 'channel'>;
  /** Run once a frame, in this order. */
  effects: ReadonlyArray<() => void>;
  live: Pick<LiveClient, 'want'>;
  /** The channel of the layout this wall shows. */
  layoutChannel: string;
  calls: Pick<CallOverlay, 'channels'> | null;
  videos: Pick<VideoTiles, 'want'>;
  scene: WallScene;
  pairing: PairingOverlay;
}

/** Starts the loop on the next animation frame. */
export function startLoop(d: LoopDeps): FrameStats {
  const { app, state, view, act, bus, live, videos, scene, calls } = d;
  const stats: FrameStats = { frames: 0, renders: 0, lastRenderMs: 0, renderedVersion: -1 };
  let rendered = -1;
  let lastRenderAt = 0;
  const loop = (): void => {
    const now = Date.now();
    const second = Math.floor(now / 1000);
    if (second !== state.clock) {
      state.clock = second;
      state.version += 1;
    }
    for (const a of carouselStep(state, now)) act(a);
    bus.tick(now);
    for (const effect of d.effects) effect();
    stats.frames += 1;
    if (shouldRender({ changed: state.version !== rendered, urgent: view.urgent, now, lastRenderAt, dataHz: d.hz ?? DEFAULT_DATA_HZ, playing: anyPlaying(state) })) {
      const t0 = performance.now();
      rendered = state.version;
      stats.renderedVersion = rendered;
      view.urgent = false;
      lastRenderAt = now;
      live.want([...new Set([...scene.channels(state), d.layoutChannel, ...pairingChannels(state), ...(bus.channel ? [bus.channel] : []), ...(calls?.channels() ?? [])])]);
      videos.want(wantedStreams(state));
      const { frame } = view;
      app.stage.scale.set(frame.scale);
      app.stage.position.set(frame.offsetX, frame.offsetY);
      scene.reconcile(state, frame, now, 1 / frame.scale);
      d.pairing.update(state, frame, now);
      app.render();
      stats.renders += 1;
      stats.lastRenderMs = performance.now() - t0;
    }
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  return stats;
}
