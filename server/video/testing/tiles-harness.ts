/**
 * @module video/testing/tiles-harness
 * Node's side of wall/src/video/testing/tiles-page.ts for tests and benchmarks: bundles the page
 * (with pixi.js, mpegts.js and the wall's video module) with esbuild into a folder, serves it on
 * 127.0.0.1, hands the page fresh signed play addresses through
 * `window.signPlayUrl`, and reads its tile states and decoded clock samples.
 */
import { once } from 'node:events';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { BrowserContext, Page } from 'playwright-core';

const ENTRY = fileURLToPath(new URL('../../../wall/src/video/testing/tiles-page.ts', import.meta.url));

export type TileState = 'connecting' | 'playing' | 'stalled' | 'no-signal' | 'error';

export interface ClockSample {
  camera: string;
  at: number;
  sentAt: number | null;
}

export interface TilesPage {
  page: Page;
  /** Uncaught exceptions in the page. */
  errors: string[];
  /** console.error lines (the player logs lost connections there). */
  consoleErrors: string[];
  renderer(): Promise<string>;
  open(cameras: string[]): Promise<void>;
  states(): Promise<Record<string, { state: TileState; history: TileState[] }>>;
  /** Reads the canvas back every `everyMs` after a render (0: stop). */
  sample(everyMs: number): Promise<void>;
  takeSamples(): Promise<ClockSample[]>;
  close(): Promise<void>;
}

/** Bundles the page into `dir` (index.html + tiles.js). */
export async function bundleTilesPage(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await build({
    entryPoints: { tiles: ENTRY },
    outdir: dir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    logLevel: 'warning',
  });
  await writeFile(join(dir, 'index.html'), '<!doctype html><html><head><meta charset="utf-8"><title>video tiles</title><link rel="icon" href="data:,"></head><body><script type="module" src="./tiles.js"></script></body></html>\n');
}

export interface TilesServer {
  /** `http://127.0.0.1:<port>`: a loopback origin, which Chromium lets open WebSockets to the loopback media server. */
  origin: string;
  close(): Promise<void>;
}

/** Serves the bundled page from `dir` on 127.0.0.1. */
export async function serveTilesPage(dir: string): Promise<TilesServer> {
  const server = createServer((req, res) => {
    const name = new URL(req.url ?? '/', 'http://x').pathname.replace(/^\/+/, '');
    const file = name === 'index.html' ? 'index.html' : name === 'tiles.js' ? 'tiles.js' : null;
    if (file === null) return void res.writeHead(404).end('not found');
    readFile(join(dir, file)).then(
      (body) => res.writeHead(200, { 'content-type': file.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/javascript; charset=utf-8' }).end(body),
      () => res.writeHead(500).end(),
    );
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

export interface TilesLayout {
  cols: number;
  rows: number;
  tileW: number;
  tileH: number;
  /** Renders per second at most (default 30). */
  maxFps?: number;
}

/** Opens the page (already served) and waits until Pixi is up. */
export async function openTilesPage(context: BrowserContext, origin: string, layout: TilesLayout, sign: (camera: string) => string): Promise<TilesPage> {
  const page = await context.newPage();
  const errors: string[] = [];
  const consoleErrors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  await page.exposeFunction('signPlayUrl', (camera: string) => sign(camera));
  const q = new URLSearchParams(Object.fromEntries(Object.entries(layout).map(([k, v]) => [k, String(v)])));
  await page.goto(`${origin}/index.html?${q}`);
  await page.waitForFunction('window.__video?.ready === true', null, { timeout: 60_000 });
  const call = <T>(expr: string): Promise<T> => page.evaluate(expr) as Promise<T>;
  return {
    page,
    errors,
    consoleErrors,
    renderer: () => call<string>('window.__video.renderer()'),
    open: (cameras) => call(`window.__video.open(${JSON.stringify(cameras)})`),
    states: () => call('window.__video.states()'),
    sample: (everyMs) => call(`window.__video.sample(${Number(everyMs)})`),
    takeSamples: () => call<ClockSample[]>('window.__video.takeSamples()'),
    async close() {
      await call('window.__video.close()').catch(() => undefined);
      await page.close();
    },
  };
}
