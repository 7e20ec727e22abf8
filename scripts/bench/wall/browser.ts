/**
 * @module scripts/bench/wall/browser
 * The one headless Chromium of a run: launching it at the wall's size, opening a case with the
 * frame recorder injected, recording a window of frames, reading the JS heap over CDP, and the
 * check that a page renders with software WebGL (SwiftShader or llvmpipe) as the figures assume.
 */
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../../wall/testing/chromium.ts';
import { FRAME_RECORDER } from './frames.ts';

export const VIEWPORT = { width: 3840, height: 2160 } as const;

/** The run cannot give meaningful figures (not a missed goal). */
export class BrokenRunError extends Error {
  override readonly name = 'BrokenRunError';
}

export async function launchBrowser(profileDir: string, executablePath: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: true,
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    // the benchmark's own handlers close the browser after the rest of its cleanup is under way
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: CHROMIUM_ARGS,
  });
}

const SOFTWARE_GL = /swiftshader|llvmpipe/i;

/** Throws unless `renderer` names a software WebGL implementation. */
export function assertSoftwareGl(label: string, renderer: string): void {
  if (!SOFTWARE_GL.test(renderer)) {
    throw new BrokenRunError(`${label}: WebGL renderer is "${renderer}", not SwiftShader or llvmpipe: the figures would not be comparable`);
  }
}

export interface OpenCase {
  page: Page;
  errors: string[];
}

/**
 * Opens `url` in a new tab with the frame recorder and waits until `readyExpr` (a JS expression
 * evaluated in the page) is truthy. Page errors are collected for the failure message.
 */
export async function openCase(context: BrowserContext, url: string, readyExpr: string, timeoutMs = 90_000): Promise<OpenCase> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  await page.addInitScript(FRAME_RECORDER);
  const res = await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
  if (res && !res.ok()) throw new BrokenRunError(`${url} answered HTTP ${res.status()}`);
  // Polled from here: a string predicate inside the page would need eval, which the platform's CSP forbids.
  const end = Date.now() + timeoutMs;
  while (!(await page.evaluate(readyExpr).catch(() => false))) {
    if (Date.now() > end) {
      const detail = errors.length > 0 ? `; page errors: ${errors.slice(0, 5).join(' | ')}` : '';
      throw new BrokenRunError(`${url} did not become ready (${readyExpr}) within ${timeoutMs / 1000} s${detail}`);
    }
    await page.waitForTimeout(250);
  }
  return { page, errors };
}

/** rAF timestamps over `seconds` of the page's life. */
export async function recordFrames(page: Page, seconds: number): Promise<number[]> {
  await page.evaluate('window.__benchFrames.start()');
  await page.waitForTimeout(seconds * 1000);
  const stamps: unknown = await page.evaluate('window.__benchFrames.stop()');
  if (!Array.isArray(stamps) || !stamps.every((x) => typeof x === 'number')) throw new BrokenRunError('the frame recorder returned no timestamps');
  return stamps as number[];
}

/** Used JS heap after a forced full GC, in MB. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / (1024 * 1024);
}
