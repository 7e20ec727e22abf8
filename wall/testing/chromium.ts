/**
 * @module wall/testing/chromium
 * Debian's Chromium, headless, driven by playwright-core (never a downloaded browser), with the
 * flags that give WebGL2 on SwiftShader and keep it off the network. For tests and benchmarks.
 * `fakeMedia`: a synthetic camera and microphone, granted without asking, and WebRTC on loopback.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A generated camera picture and microphone tone, permission granted, ICE over loopback, video that plays unasked. */
export const FAKE_MEDIA_ARGS = [
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  '--allow-loopback-in-peer-connection',
  '--autoplay-policy=no-user-gesture-required',
];

export class ChromiumMissingError extends Error {
  override name = 'ChromiumMissingError';
}

export interface Chromium {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(opts: { width: number; height: number; touch?: boolean; deviceScaleFactor?: number; fakeMedia?: boolean }): Promise<Chromium> {
  if (!existsSync(CHROMIUM_PATH)) throw new ChromiumMissingError(`no Chromium at ${CHROMIUM_PATH}: apt-get install chromium`);
  const profile = mkdtempSync(join(tmpdir(), 'scpm-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: opts.fakeMedia ? [...CHROMIUM_ARGS, ...FAKE_MEDIA_ARGS] : CHROMIUM_ARGS,
    viewport: { width: opts.width, height: opts.height },
    deviceScaleFactor: opts.deviceScaleFactor ?? 1,
    hasTouch: opts.touch ?? false,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface PixelStats {
  /** Share of pixels that differ from the background. */
  differing: number;
  /** Distinct colours (4 bits per channel) among sampled pixels. */
  colours: number;
}

/** An expression for `page.evaluate` that decodes a PNG in the page and measures it. */
export const pixelStats = (png: Buffer, background: [number, number, number]): string =>
  `(${PIXEL_STATS_SCRIPT})(${JSON.stringify({ png: png.toString('base64'), background })})`;

const PIXEL_STATS_SCRIPT = `async ({ png, background }) => {
  const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const g = canvas.getContext('2d');
  g.drawImage(bitmap, 0, 0);
  const data = g.getImageData(0, 0, bitmap.width, bitmap.height).data;
  let differing = 0;
  const colours = new Set();
  for (let i = 0; i < data.length; i += 4) {
    const [r, gr, b] = [data[i], data[i + 1], data[i + 2]];
    if (Math.abs(r - background[0]) + Math.abs(gr - background[1]) + Math.abs(b - background[2]) > 24) differing += 1;
    if (i % 64 === 0) colours.add((r >> 4) * 256 + (gr >> 4) * 16 + (b >> 4));
  }
  return { differing: differing / (data.length / 4), colours: colours.size };
}`;
