/**
 * @module wall/setup/display
 * Where the wall draws: PixiJS (WebGL) started in the page's `#wall` element, the boot line hidden,
 * and the view — the frame that places the logical canvas in the window, followed through resizes,
 * and whether the next frame must render at once (a gesture, a key) rather than at the data rate.
 */
import type { Application } from 'pixi.js';
import { frameFor, type Frame } from '../state/frame.ts';
import { measureTextOnDocumentCanvas } from '../scene/text.ts';
import { createRenderer } from '../systems/renderer.ts';

/** Shared by the steps that change what is seen and the frame loop that draws it. */
export interface View {
  frame: Frame;
  /** The next frame renders whatever the data rate (set by gestures, keys, a resize; cleared by a render). */
  urgent: boolean;
}

export interface Display {
  host: HTMLElement;
  app: Application;
  view: View;
}

export async function openDisplay(): Promise<Display> {
  const host = document.getElementById('wall')!;
  measureTextOnDocumentCanvas();
  const app = await createRenderer(host);
  document.getElementById('boot')!.hidden = true;
  return { host, app, view: { frame: frameFor(host.clientWidth, host.clientHeight), urgent: true } };
}

/** Follows the size of the wall's element: the renderer, the frame, then `placed(frame)` for what sits on it in the page. */
export function followResize({ host, app, view }: Display, placed: (frame: Frame) => void): void {
  new ResizeObserver(() => {
    app.renderer.resize(host.clientWidth, host.clientHeight);
    view.frame = frameFor(host.clientWidth, host.clientHeight);
    placed(view.frame);
    view.urgent = true;
  }).observe(host);
}
