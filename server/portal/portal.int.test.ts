/**
 * The public portal in headless Debian Chromium on a real HTTP server, with every gu's live value
 * in the hub: `/`, `/?lang=en` and `/public/wall` (with the built wall in its frame) at a phone's
 * 390×844 and a desktop's 1920×1080. axe-core (WCAG 2.0/2.1 A and AA, best practices) finds no
 * violation, in the page and in the wall's frame; the page shows every gu with the hub's CAI; the
 * page never widens past the phone's screen; no internal detail is on it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'ava';
import type { Page } from 'playwright-core';
import { buildWall } from '../../wall/build.ts';
import { launchChromium } from '../../wall/testing/chromium.ts';
import { createApp } from '../http/app.ts';
import { startHttpServer } from '../http/server.ts';
import { testDeps } from '../http/testing.ts';
import { registerPortalRoutes } from './routes.ts';
import { fillHub, FIXTURE_NOW, REFERENCE_DISTRICTS, SECRET_ERROR, SECRET_RUN_ID, SOURCES } from './testing.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const RULESETS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1920, height: 1080 },
];
const PAGES = ['/', '/?lang=en', '/public/wall', '/public/wall?lang=en'];

interface Violation {
  id: string;
  help: string;
  nodes: Array<{ target: unknown; failureSummary?: string }>;
}

/** axe into every frame (evaluated through the debugger, so the site's CSP does not block it), run from the top. */
async function axeRun(page: Page): Promise<{ violations: Violation[]; passes: number; frames: number }> {
  for (const frame of page.frames()) await frame.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async (runOnly) => {
    const g = globalThis as unknown as { document: unknown; axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Violation[]; passes: unknown[] }> } };
    const r = await g.axe.run(g.document, { runOnly });
    return { passes: r.passes.length, violations: r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary ?? '' })) })) };
  }, RULESETS);
  return { ...result, frames: page.frames().length };
}

/** Name (Korean or English, first line of the row header) → the CAI cell of the district table. */
const districtCells = (page: Page): Promise<Array<[string, string]>> =>
  page.$$eval('#districts ~ div table tbody tr', (rows) =>
    rows.map((r) => [r.querySelector('th')?.firstChild?.textContent?.trim() ?? '', r.querySelector('td')?.textContent?.trim() ?? ''] as [string, string]),
  );

test('the portal pages pass axe with no violation on a phone and a desktop, and show the hub figures', async (t) => {
  t.timeout(300_000);
  const wallDir = mkdtempSync(join(tmpdir(), 'scpm-portal-wall-'));
  await buildWall(wallDir);
  const { deps } = testDeps({
    wallDir,
    districts: async () => REFERENCE_DISTRICTS,
    sources: async () => SOURCES,
    runs: async (source) => [{ runId: SECRET_RUN_ID, source, startedAt: '2026-11-27T05:00:00.000Z', endedAt: '2026-11-27T05:00:01.000Z', outcome: 'failed', fetched: 0, parsed: 0, emitted: 0, dropped: 0, newestObservedAt: null, error: SECRET_ERROR }],
    now: () => FIXTURE_NOW,
  });
  const airs = fillHub(deps.hub);
  const app = createApp(deps);
  // Until app.ts registers the portal itself.
  if (!app.routes.some((r) => r.path === '/public/wall')) registerPortalRoutes(app, deps);
  const server = await startHttpServer(app, { port: 0, host: '127.0.0.1' });
  const browser = await launchChromium(VIEWPORTS[0]!);
  t.teardown(async () => {
    await browser.close();
    await server.close();
    rmSync(wallDir, { recursive: true, force: true });
  });
  const page = await browser.context.newPage();
  const caiOf = new Map(airs.map((a) => [a.district, String(a.cai)]));
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    for (const path of PAGES) {
      const where = `${path} at ${viewport.width}×${viewport.height}`;
      const res = await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      t.is(res?.status(), 200, where);
      const en = path.includes('lang=en');
      t.is(await page.getAttribute('html', 'lang'), en ? 'en' : 'ko', where);
      const axe = await axeRun(page);
      t.deepEqual(axe.violations, [], `${where}: ${JSON.stringify(axe.violations, null, 1)}`);
      t.true(axe.passes >= 20, `${where}: axe checked only ${axe.passes} rules`);
      t.is(axe.frames, path.startsWith('/public/wall') ? 2 : 1, `${where}: frames`);
      const cells = new Map(await districtCells(page));
      t.is(cells.size, 25, where);
      for (const d of REFERENCE_DISTRICTS) t.is(cells.get(en ? d.nameEn : d.nameKo), caiOf.get(d.code), `${where}: ${d.code}`);
      const html = await page.content();
      for (const secret of ['lastError', SECRET_ERROR, SECRET_RUN_ID, 'quarantine']) t.false(html.includes(secret), `${where}: shows ${secret}`);
      const width = await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth);
      t.true(width <= viewport.width, `${where}: the page is ${width}px wide`);
    }
  }
});
