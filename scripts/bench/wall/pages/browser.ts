/**
 * @module scripts/bench/wall/pages/browser
 * What the benchmark pages use of the browser, typed narrowly (the scripts are type-checked without
 * the DOM library), and the `__bench` handle every page exposes to the benchmark.
 */
import type { Application } from 'pixi.js';

interface BrowserGlobals {
  location: { search: string };
  document: { body: { appendChild(node: unknown): void; style: { margin: string; background: string } } };
  __bench?: BenchHandle;
}

/** What the benchmark reads from a page. */
export interface BenchHandle {
  ready: boolean;
  /** The pixi renderer in use: webgl, webgpu or canvas. */
  kind: string;
  renderer(): string;
  objects: { total: number; texts: number; sprites: number; graphics: number };
}

interface DebugRendererInfo {
  UNMASKED_RENDERER_WEBGL: number;
}

interface GlLike {
  RENDERER: number;
  getExtension(name: string): unknown;
  getParameter(p: number): unknown;
}

export const browser = globalThis as unknown as BrowserGlobals;

/** URL query parameter `name` as a whole number, or `fallback`. */
export const intParam = (name: string, fallback: number): number => {
  const raw = new URLSearchParams(browser.location.search).get(name);
  const n = raw === null ? Number.NaN : Number.parseInt(raw, 10);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
};

/** The WebGL renderer string (unmasked where the extension exists), or the renderer kind when not WebGL. */
export const rendererString = (app: Application): string => {
  const gl = (app.renderer as unknown as { gl?: GlLike }).gl;
  if (!gl) return `no WebGL context (${app.renderer.name})`;
  const info = gl.getExtension('WEBGL_debug_renderer_info') as DebugRendererInfo | null;
  return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
};

/** Puts the canvas on the page and exposes the handle. */
export const mount = (app: Application, objects: BenchHandle['objects']): void => {
  browser.document.body.style.margin = '0';
  browser.document.body.style.background = '#0b1220';
  browser.document.body.appendChild(app.canvas);
  browser.__bench = { ready: true, kind: app.renderer.name, renderer: () => rendererString(app), objects };
};

/** The wall's background colour and size. */
export const WALL = { width: 3840, height: 2160, background: '#0b1220' } as const;
