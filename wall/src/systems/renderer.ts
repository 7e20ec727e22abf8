/**
 * @module wall/systems/renderer
 * The PixiJS application the wall draws into: WebGL (WebGPU renders blank in headless Chromium
 * and is not needed), no MSAA, and at most 4 textures per batch — the batch shader's cost per pixel
 * grows with its samplers, which a software renderer (SwiftShader, llvmpipe) pays in full on a
 * 4K canvas (measured: 16 samplers ~3–4× slower than 4 for large fills); a GPU does not notice.
 */
import { Application } from 'pixi.js';
import { PALETTE } from '../state/colors.ts';

export const MAX_BATCH_TEXTURES = 4;

export async function createRenderer(host: HTMLElement): Promise<Application> {
  const app = new Application();
  await app.init({
    preference: 'webgl',
    background: PALETTE.background,
    antialias: false,
    autoStart: false,
    resolution: Math.min(window.devicePixelRatio || 1, 2),
    autoDensity: true,
    width: host.clientWidth,
    height: host.clientHeight,
  });
  // Read when the batch shaders are first built, i.e. at the first render.
  app.renderer.limits.maxBatchableTextures = Math.min(app.renderer.limits.maxBatchableTextures, MAX_BATCH_TEXTURES);
  host.appendChild(app.canvas);
  return app;
}
