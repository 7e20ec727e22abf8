/**
 * @module scripts/bench/video/latency
 * Phase (b): every camera as a tile of one headless Chromium page (wall/src/video on Pixi video
 * textures, one WebGL canvas), read back after renders `sampleHz` times a second; each tile's
 * burned-in sender clock is decoded from the canvas pixels and compared with the browser's clock
 * (Date.now, same machine). The page must render with software WebGL, as the figures assume.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { signedPlayUrl } from '../../../server/video/play-url.ts';
import { bundleTilesPage, openTilesPage, serveTilesPage } from '../../../server/video/testing/tiles-harness.ts';
import { CHROMIUM_ARGS } from '../../../wall/testing/chromium.ts';
import { assertSoftwareGl, BrokenRunError } from '../wall/browser.ts';

export interface LatencyOptions {
  chromium: string;
  cameras: string[];
  wsBase: string;
  secret: string;
  tile: [number, number];
  renderFps: number;
  warmupS: number;
  windowS: number;
  sampleHz: number;
  say(msg: string): void;
  /** Called when the measured window opens and closes (for CPU readings). */
  window: { open(): void; close(): void };
}

export interface LatencyResult {
  samplesMs: number[];
  readings: number;
  tilesPlaying: number;
  renderer: string;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function measureLatency(o: LatencyOptions): Promise<LatencyResult> {
  const cols = Math.ceil(Math.sqrt(o.cameras.length));
  const rows = Math.ceil(o.cameras.length / cols);
  const [tileW, tileH] = o.tile;
  const dir = await mkdtemp(join(tmpdir(), 'scpm-bench-video-'));
  const undo: Array<() => Promise<unknown>> = [() => rm(dir, { recursive: true, force: true })];
  try {
    await bundleTilesPage(join(dir, 'page'));
    const server = await serveTilesPage(join(dir, 'page'));
    undo.push(() => server.close());
    const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: o.chromium, headless: true, args: CHROMIUM_ARGS, viewport: { width: cols * tileW, height: rows * tileH },
      handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
    });
    undo.push(() => context.close());
    const sign = (camera: string): string => signedPlayUrl(camera, { base: o.wsBase, secret: o.secret, ttlS: 300, now: Date.now() }).url;
    const page = await openTilesPage(context, server.origin, { cols, rows, tileW, tileH, maxFps: o.renderFps }, sign);
    const renderer = await page.renderer();
    assertSoftwareGl('tiles page', renderer);
    await page.open(o.cameras);
    const playing = async (): Promise<number> => Object.values(await page.states()).filter((s) => s.state === 'playing').length;
    const end = Date.now() + 90_000;
    while ((await playing()) < o.cameras.length && Date.now() < end) await sleep(500);
    const up = await playing();
    if (up === 0) throw new BrokenRunError(`no tile played within 90 s; page errors: ${page.errors.slice(0, 3).join(' | ')}`);
    o.say(`(b) ${up}/${o.cameras.length} tiles playing on ${renderer}; ${o.warmupS} s warm-up, ${o.windowS} s window`);
    await sleep(o.warmupS * 1000);
    await page.sample(1000 / o.sampleHz);
    await page.takeSamples();
    o.window.open();
    await sleep(o.windowS * 1000);
    o.window.close();
    const samples = await page.takeSamples();
    await page.sample(0);
    const tilesPlaying = await playing();
    return {
      samplesMs: samples.flatMap((s) => (s.sentAt === null ? [] : [s.at - s.sentAt])),
      readings: samples.length,
      tilesPlaying,
      renderer,
    };
  } finally {
    for (const f of undo.reverse()) await f().catch(() => undefined);
  }
}
