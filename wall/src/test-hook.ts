/**
 * @module wall/test-hook
 * `window.__scpm`: the scene model (what is on the wall, in words and numbers, with the commands
 * applied and the last notice; `settledModel()` waits until the wall has drawn its state), frame statistics, the gestures recognised, the map views and the
 * WebGL renderer, and a way to issue a command as a person would, for the browser tests, the
 * benchmark and assistive tools; with a signed-in person, their calls (calls/call-hook.ts: `calls()`,
 * `callStats()`, `startCall()`, `answerCall()`, `hangUp()`).
 */
import type { Application } from 'pixi.js';
import { CommandSchema, CommandSourceSchema, type Command, type CommandSource } from '../../server/contracts/index.ts';
import type { IssueOutcome } from './commands/command-bus.ts';
import type { WallAction } from './state/actions.ts';
import type { Frame } from './state/frame.ts';
import type { WallState } from './state/wall-state.ts';
import type { WallScene } from './scene/wall-scene.ts';
import type { PairingModel } from './state/pairing.ts';
import type { CallHook } from './calls/call-hook.ts';
import type { GestureLog } from './systems/gesture-dispatch.ts';

export interface FrameStats {
  frames: number;
  renders: number;
  lastRenderMs: number;
  /** The state version the last render drew. */
  renderedVersion: number;
}

/** How long `settledModel` waits for a render before it answers with the model as it stands. */
const SETTLE_MS = 5_000;

interface HookDeps {
  app: Application;
  scene: WallScene;
  state: WallState;
  stats: FrameStats;
  frame: () => Frame;
  act: (a: WallAction) => void;
  /** The pairing panel: code, QR address and size, time left. */
  pairing: () => PairingModel;
  issue: (command: Command, source: CommandSource) => Promise<IssueOutcome>;
  /** The signed-in person's calls, or null on an anonymous wall. */
  calls: CallHook | null;
  /** The gestures recognised so far. */
  gestures: GestureLog;
}

function rendererName(app: Application): string {
  const gl = (app.renderer as unknown as { gl?: WebGLRenderingContext }).gl;
  if (!gl) return `not webgl (${app.renderer.name})`;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
}

export function exposeTestHook(d: HookDeps): void {
  const model = () => ({ ...d.scene.model(d.state), commands: { applied: [...d.state.applied], lastNotice: d.state.lastNotice } });
  (window as unknown as { __scpm: unknown }).__scpm = {
    ready: true,
    model,
    /** The model once the wall has drawn the state as it is now: its panels and its state agree. */
    settledModel: async () => {
      const want = d.state.version;
      const end = performance.now() + SETTLE_MS;
      while (d.stats.renderedVersion < want && performance.now() < end) await new Promise((r) => requestAnimationFrame(r));
      return model();
    },
    frameStats: () => ({ ...d.stats }),
    renderer: () => rendererName(d.app),
    connection: () => ({ ...d.state.connection }),
    /** The safety screens' working state: which incident, which camera list (ids only), each video's state. */
    safety: () => {
      const list = d.state.cameraList;
      return {
        selectedIncident: d.state.selectedIncident,
        cctvFor: d.state.cctvFor,
        cameraList: list ? { key: list.key, status: list.status, cameras: list.status === 'ready' ? list.cameras.map((c) => c.id) : [] } : null,
        streams: Object.fromEntries(d.state.streams),
      };
    },
    /** How many gestures of each kind were recognised, and the last one. */
    gestures: () => ({ count: d.gestures.count, last: d.gestures.last, counts: { ...d.gestures.counts } }),
    /** Each map panel's view where it was moved from the layout's own (zoom 1 is the whole city). */
    views: () => Object.fromEntries(d.state.views),
    act: (a: WallAction) => d.act(a),
    pairing: () => d.pairing(),
    /** Issues a command through the command bus (posted for this wall, or applied here on the public wall). */
    issue: (command: unknown, source: unknown = 'keyboard') => d.issue(CommandSchema.parse(command), CommandSourceSchema.parse(source)),
    ...(d.calls ?? {}),
  };
}
