/**
 * @module scripts/bench/wall/cases
 * The three cases of the wall benchmark in one browser: (a) an empty PixiJS canvas, (b) bare PixiJS
 * with the wall's number of display objects, (c) the wall itself under live load, plus the probe
 * that reads the wall's object counts and the heap soak of (c).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { z } from 'zod';
import { assertSoftwareGl, BrokenRunError, heapAfterGc, openCase, recordFrames } from './browser.ts';
import { frameFigures, type FrameFigures } from './frames.ts';
import { pageUrl, type PageName } from './pages.ts';

export interface Timing {
  warmupS: number;
  windowS: number;
}

export interface CaseResult {
  renderer: string;
  frames: FrameFigures;
}

export const ObjectCountsSchema = z.object({
  total: z.number().int().nonnegative(),
  texts: z.number().int().nonnegative(),
  sprites: z.number().int().nonnegative(),
  graphics: z.number().int().nonnegative(),
});
export type ObjectCounts = z.infer<typeof ObjectCountsSchema>;

const FrameStatsSchema = z.object({ frames: z.number(), renders: z.number() });

const pause = (page: Page, seconds: number): Promise<void> => page.waitForTimeout(seconds * 1000);

/** Case (a) or (b): a reference page, its renderer checked, then warm-up and one window of frames. */
export async function runReferenceCase(context: BrowserContext, name: PageName, query: Record<string, number>, timing: Timing): Promise<CaseResult> {
  const { page } = await openCase(context, pageUrl(name, query), 'window.__bench && window.__bench.ready');
  try {
    const kind = String(await page.evaluate('window.__bench.kind'));
    const renderer = String(await page.evaluate('window.__bench.renderer()'));
    if (kind !== 'webgl') throw new BrokenRunError(`(${name}) PixiJS chose the ${kind} renderer, not WebGL (${renderer})`);
    assertSoftwareGl(`(${name})`, renderer);
    await pause(page, timing.warmupS);
    return { renderer, frames: frameFigures(await recordFrames(page, timing.windowS)) };
  } finally {
    await page.close();
  }
}

const WALL_READY = "window.__scpm && typeof window.__scpm.model === 'function' && typeof window.__scpm.renderer === 'function'";

export const wallUrl = (base: string, screen: string): string => `${base}/wall?role=mayor&screen=${screen}`;

async function openWall(context: BrowserContext, url: string): Promise<{ page: Page; renderer: string }> {
  const { page } = await openCase(context, url, WALL_READY);
  const renderer = String(await page.evaluate('window.__scpm.renderer()'));
  try {
    assertSoftwareGl('(c) wall', renderer);
  } catch (err) {
    await page.close();
    throw err;
  }
  return { page, renderer };
}

const readObjects = async (page: Page): Promise<ObjectCounts> => {
  const parsed = ObjectCountsSchema.safeParse(await page.evaluate('window.__scpm.model().objects'));
  if (!parsed.success) throw new BrokenRunError(`window.__scpm.model().objects is not { total, texts, sprites, graphics }: ${parsed.error.message}`);
  return parsed.data;
};

const readFrameStats = async (page: Page): Promise<z.infer<typeof FrameStatsSchema>> => {
  const parsed = FrameStatsSchema.safeParse(await page.evaluate('window.__scpm.frameStats()'));
  if (!parsed.success) throw new BrokenRunError(`window.__scpm.frameStats() is not { frames, renders }: ${parsed.error.message}`);
  return parsed.data;
};

/** The wall's display objects once its live values have arrived (read with the feed running). */
export async function probeWallObjects(context: BrowserContext, url: string, settleS: number): Promise<ObjectCounts> {
  const { page } = await openWall(context, url);
  try {
    await pause(page, settleS);
    return await readObjects(page);
  } finally {
    await page.close();
  }
}

export interface WallResult extends CaseResult {
  objects: ObjectCounts;
  rendersPerS: number;
  /** Events the feed sent per second during the window. */
  eventsPerS: number;
  heapStartMb: number;
  heapEndMb: number;
  soakS: number;
}

export interface WallRunOptions extends Timing {
  /** Seconds from the first heap reading to the last (≥ the window, which it includes). */
  soakS: number;
  /** Events sent so far by the feed. */
  sent(): number;
  onProgress(message: string): void;
}

/** Case (c): the wall under the running feed: warm-up, heap, frame window, soak, heap. */
export async function runWallCase(context: BrowserContext, url: string, opts: WallRunOptions): Promise<WallResult> {
  const { page, renderer } = await openWall(context, url);
  try {
    await pause(page, opts.warmupS);
    const cdp = await page.context().newCDPSession(page);
    const heapStartMb = await heapAfterGc(cdp);
    const soakStarted = performance.now();
    await pause(page, 1);
    const [before, sentBefore, t0] = [await readFrameStats(page), opts.sent(), performance.now()];
    const stamps = await recordFrames(page, opts.windowS);
    const [after, sentAfter, t1] = [await readFrameStats(page), opts.sent(), performance.now()];
    const objects = await readObjects(page);
    const windowS = (t1 - t0) / 1000;
    await soakRest(page, soakStarted, opts);
    const soakS = Math.round((performance.now() - soakStarted) / 1000);
    const heapEndMb = await heapAfterGc(cdp);
    await cdp.detach();
    return {
      renderer,
      frames: frameFigures(stamps),
      objects,
      rendersPerS: Math.round(((after.renders - before.renders) / windowS) * 10) / 10,
      eventsPerS: Math.round((sentAfter - sentBefore) / windowS),
      heapStartMb,
      heapEndMb,
      soakS,
    };
  } finally {
    await page.close();
  }
}

/** Waits out the soak, reporting every minute. */
async function soakRest(page: Page, startedMs: number, opts: WallRunOptions): Promise<void> {
  for (;;) {
    const leftMs = opts.soakS * 1000 - (performance.now() - startedMs);
    if (leftMs <= 0) return;
    await page.waitForTimeout(Math.min(leftMs, 60_000));
    const doneS = Math.round((performance.now() - startedMs) / 1000);
    if (doneS < opts.soakS) opts.onProgress(`soak ${doneS}/${opts.soakS} s`);
  }
}

/** A wall page measured over one window (no soak): the glance screen, or the city screen drawing every change. */
export async function runGlanceCase(context: BrowserContext, url: string, timing: Timing): Promise<CaseResult & { rendersPerS: number }> {
  const { page, renderer } = await openWall(context, url);
  try {
    await pause(page, timing.warmupS);
    const [before, t0] = [await readFrameStats(page), performance.now()];
    const stamps = await recordFrames(page, timing.windowS);
    const [after, t1] = [await readFrameStats(page), performance.now()];
    return { renderer, frames: frameFigures(stamps), rendersPerS: Math.round(((after.renders - before.renders) / ((t1 - t0) / 1000)) * 10) / 10 };
  } finally {
    await page.close();
  }
}
