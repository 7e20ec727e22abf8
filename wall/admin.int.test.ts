/**
 * The administration screen in headless Debian Chromium (SwiftShader WebGL) against a running
 * platform (api role). The indicator routes are not served by the platform yet: between the wall and
 * the server the test answers `/api/v1/indicators…`, `/api/v1/pledges` and `/api/v1/city-score` with
 * the routes' own code (`registerIndicatorRoutes`) over fixed-seed values in memory — signed-in staff
 * as staff, everyone else as the public. Checks: the grid's cells against the series served (value,
 * revision, provenance tag), the plan board's counts, the city score; a touch on an area tab and on a
 * cell opens the indicator, a touch on a drill-down tab changes its breakdown, a touch on a gu tile
 * gives that gu's score; on the public wall a small count is shown as suppressed, never as zero.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'ava';
import { OpenAPIHono } from '@hono/zod-openapi';
import { pino } from 'pino';
import type { Page, Route } from 'playwright-core';
import { hashPassword } from '../server/auth/passwords.ts';
import { createUserStore } from '../server/auth/users.ts';
import { ANONYMOUS, type Principal } from '../server/contracts/access.ts';
import { loadCatalogue, loadPlan } from '../server/indicators/catalogue.ts';
import { buildObservations } from '../server/indicators/values/build.ts';
import { memoryIndicatorPort } from '../server/http/routes/indicators-memory.ts';
import { registerIndicatorRoutes } from '../server/http/routes/indicators.ts';
import { startPlatform } from '../server/platform/start.ts';
import { isolatedConfig } from '../server/platform/testing.ts';
import { buildWall } from './build.ts';
import { launchChromium } from './testing/chromium.ts';
import { panelOf, toPage, until, waitReady, type Item, type Model, type PanelModel } from './testing/wall-model.ts';

const PASSWORD = 'a long enough passphrase';
const SCREENSHOT = '/tmp/admin-wall.png';
const MAYOR: Principal = { kind: 'user', id: 'u-m', login: 'mayor', role: 'mayor', districts: [], departments: [], sessionId: 's' };
const j = (r: Response): Promise<any> => r.json();

/** The indicator routes over fixed-seed values of 5 of the 25 gu; `who.staff` chooses the principal. */
async function indicatorApp(who: { staff: boolean }) {
  const catalogue = await loadCatalogue();
  const plan = await loadPlan(catalogue);
  const obs = await buildObservations({ seed: 20250501, scale: 0.2 });
  const app = new OpenAPIHono();
  registerIndicatorRoutes(app, { indicators: memoryIndicatorPort(obs), catalogue, plan, principalOf: () => (who.staff ? MAYOR : ANONYMOUS), now: Date.now });
  return app;
}

async function answerIndicators(page: Page, app: OpenAPIHono, asked: string[]): Promise<void> {
  await page.route(/\/api\/v1\/(indicators|pledges|city-score)(\/|\?|$)/, async (route: Route) => {
    const url = new URL(route.request().url());
    asked.push(url.pathname + url.search);
    const res = await app.request(url.pathname + url.search);
    return route.fulfill({ status: res.status, contentType: res.headers.get('content-type') ?? 'application/json', body: await res.text() });
  });
}

const items = (m: Model, kind: string): Item[] => panelOf(m, kind)?.items ?? [];
/** The centre of a rectangle given in panel-local pixels, as page coordinates. */
const centreOf = (m: Model, p: PanelModel, r: { x: number; y: number; w: number; h: number }): [number, number] => {
  const at = p['rect'] as { x: number; y: number };
  return toPage(m, at.x + r.x + r.w / 2, at.y + r.y + r.h / 2);
};
type Box = { x: number; y: number; w: number; h: number };
const tabOf = (p: PanelModel, key: string): Box => (p['tabs'] as Array<{ key: string; rect: Box }>).find((x) => x.key === key)!.rect;

test('the administration screen: indicators, a drill-down by touch, the plan, the city score and a gu’s', async (t) => {
  t.timeout(300_000);
  const wallDir = mkdtempSync(join(tmpdir(), 'scpm-wall-'));
  await buildWall(wallDir);
  const iso = await isolatedConfig({ ROLES: 'api', WALL_DIR: wallDir });
  const platform = await startPlatform(iso.config, pino({ level: 'silent' }));
  const browser = await launchChromium({ width: 1920, height: 1080, touch: true });
  t.teardown(async () => {
    await browser.close();
    await platform.stop();
    await iso.cleanup();
    rmSync(wallDir, { recursive: true, force: true });
  });
  const api = platform.api!.url;
  const who = { staff: true };
  const app = await indicatorApp(who);
  await createUserStore(platform.services.db).create({ login: 'mayor', role: 'mayor', passwordHash: await hashPassword(PASSWORD) });

  const page = await browser.context.newPage();
  const asked: string[] = [];
  await answerIndicators(page, app, asked);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`${e.name}|${e.message}`));
  await page.goto(`${api}/sign-in`);
  const status = await page.evaluate(async (p) => (await fetch('/api/v1/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'mayor', password: p }) })).status, PASSWORD);
  t.is(status, 200);
  await page.goto(`${api}/wall/?role=mayor&screen=administration&lang=en`);
  await waitReady(page);

  // The grid: the first area's indicators, each cell as its series was served.
  const catalogue = (await j(await app.request('/api/v1/indicators'))).indicators as Array<{ id: string; area: string; decimals: number; provenance: { kind: string }; dimensions: string[] }>;
  const first = await until(page, (m) => items(m, 'indicator-grid').length > 0 && items(m, 'indicator-grid').every((x) => x['value'] !== '…'), 'the indicator grid');
  const grid = panelOf(first, 'indicator-grid')!;
  t.regex(grid.title, /— 62 indicators$/);
  t.is((grid['tabs'] as unknown[]).length, 6);
  const area = grid['area'] as string;
  t.deepEqual(grid.items.map((x) => x['id']), catalogue.filter((i) => i.area === area).map((i) => i.id));
  for (const cell of grid.items) {
    const ind = catalogue.find((i) => i.id === cell['id'])!;
    const series = (await j(await app.request(`/api/v1/indicators/${ind.id}/series`))).series as Array<{ period: string; value: number | null; revisedFrom: number | null }>;
    const latest = series.at(-1)!;
    t.is(cell['period'], latest.period, ind.id);
    t.is(cell['value'], latest.value === null ? 'suppressed' : latest.value.toLocaleString('en-US', { minimumFractionDigits: ind.decimals, maximumFractionDigits: ind.decimals }), ind.id);
    t.is(cell['tag'], ind.provenance.kind.toUpperCase(), ind.id);
    t.is(cell['revised'] !== '', latest.revisedFrom !== null, `${ind.id} revision`);
    t.true(Number(cell['points']) >= 1);
    t.regex(String(cell['status']), /^(On track|At risk|Off track|No data|not in plan)$/);
  }
  t.true(grid.provenance[0]!.source.startsWith('Seoul policy indicators ('));

  // The plan board and the city score, as the routes computed them.
  const pledges = await j(await app.request('/api/v1/pledges'));
  const board = await until(page, (m) => items(m, 'pledge-board').length === 6 && panelOf(m, 'city-score')?.['score'] !== '—', 'the plan and the score');
  const columns = items(board, 'pledge-board');
  t.is(columns.reduce((s, c) => s + (c['tasks'] as unknown[]).length, 0), pledges.tasks.length);
  for (const s of ['on-track', 'at-risk', 'off-track']) {
    t.is(columns.reduce((n, c) => n + (c['counts'] as Record<string, number>)[s]!, 0), pledges.tasks.filter((x: { assessment: { status: string } }) => x.assessment.status === s).length, s);
  }
  t.regex(panelOf(board, 'pledge-board')!.title, /— 29 tasks: On track \d+ · At risk \d+ · Off track \d+$/);
  const city = (await j(await app.request('/api/v1/city-score?grain=month&district=city'))).rollups as Array<{ score: number | null }>;
  t.is(panelOf(board, 'city-score')!['score'], [...city].reverse().find((r) => r.score !== null)!.score!.toFixed(2));
  t.true(items(board, 'city-score').length > 0, 'the indicators pulling the score');

  // A touch on the Safety tab, then on fire deaths: the detail follows, broken down by gu.
  await page.touchscreen.tap(...centreOf(first, grid, tabOf(grid, 'safety')));
  const safety = await until(page, (m) => panelOf(m, 'indicator-grid')?.['area'] === 'safety' && items(m, 'indicator-grid').some((x) => x['id'] === 'fire-deaths'), 'the safety indicators');
  const sg = panelOf(safety, 'indicator-grid')!;
  const k = sg.items.findIndex((x) => x['id'] === 'fire-deaths');
  await page.touchscreen.tap(...centreOf(safety, sg, (sg['cells'] as Box[])[k]!));
  const fire = await until(page, (m) => panelOf(m, 'indicator-detail')?.['indicator'] === 'fire-deaths' && items(m, 'indicator-detail').length > 0, 'fire deaths in detail');
  const detail = panelOf(fire, 'indicator-detail')!;
  t.regex(detail.title, /— Fire deaths$/i);
  t.is(detail['by'], 'district');
  t.true(items(fire, 'indicator-grid').find((x) => x['id'] === 'fire-deaths')?.['selected'] as boolean);
  const period = String(items(fire, 'indicator-grid').find((x) => x['id'] === 'fire-deaths')?.['period']);
  const staffDrill = await j(await app.request(`/api/v1/indicators/fire-deaths/drilldown?period=${period}&by=district`));
  t.is(staffDrill.values, 'exact');
  t.deepEqual(items(fire, 'indicator-detail').map((x) => x['value']), staffDrill.cells.filter((c: { district: string }) => c.district !== 'city').map((c: { value: number }) => String(c.value)));
  t.true((detail['tabs'] as Array<{ key: string; enabled: boolean }>).every((x) => x.enabled === (x.key === 'district')), 'fire deaths are broken down by gu only');

  // Employment by age: a touch on the age tab.
  await page.touchscreen.tap(...centreOf(fire, sg, tabOf(sg, 'jobs-economy')));
  const jobs = await until(page, (m) => panelOf(m, 'indicator-grid')?.['area'] === 'jobs-economy', 'the jobs indicators');
  const jg = panelOf(jobs, 'indicator-grid')!;
  await page.touchscreen.tap(...centreOf(jobs, jg, (jg['cells'] as Box[])[jg.items.findIndex((x) => x['id'] === 'employment-rate')]!));
  const emp = await until(page, (m) => panelOf(m, 'indicator-detail')?.['indicator'] === 'employment-rate' && items(m, 'indicator-detail').length > 0, 'employment in detail');
  const ed = panelOf(emp, 'indicator-detail')!;
  await page.touchscreen.tap(...centreOf(emp, ed, tabOf(ed, 'age')));
  const byAge = await until(page, (m) => panelOf(m, 'indicator-detail')?.['by'] === 'age' && items(m, 'indicator-detail').length > 0, 'employment by age');
  t.deepEqual(items(byAge, 'indicator-detail').map((x) => x['label']), ['10–19', '20–29', '30–39', '40–49', '50–59', '60–69', '70–79', '80+'].filter((a) => items(byAge, 'indicator-detail').some((x) => x['label'] === a)));
  t.true(items(byAge, 'indicator-detail').length >= 5);
  await page.screenshot({ path: SCREENSHOT });
  t.log(`screenshot: ${SCREENSHOT}`);

  // A touch on Jongno-gu's tile: its own score.
  const score = panelOf(byAge, 'city-score')!;
  const tile = (score['tiles'] as Array<{ code: string; rect: { x: number; y: number; w: number; h: number } }>).find((x) => x.code === '11110')!;
  await page.touchscreen.tap(...centreOf(byAge, score, tile.rect));
  const jongno = await until(page, (m) => m.selected === '11110' && panelOf(m, 'city-score')?.['scope'] === '11110' && panelOf(m, 'city-score')?.['score'] !== '—', 'Jongno-gu’s score');
  const gu = (await j(await app.request('/api/v1/city-score?grain=month&district=11110'))).rollups as Array<{ score: number | null }>;
  t.is(panelOf(jongno, 'city-score')!['score'], [...gu].reverse().find((r) => r.score !== null)!.score!.toFixed(2));
  t.regex(panelOf(jongno, 'city-score')!.title, /— Jongno-gu$/);

  // The public wall: small counts withheld, shown as suppressed.
  await page.evaluate(async () => void (await fetch('/api/v1/auth/logout', { method: 'POST' })));
  who.staff = false;
  await page.goto(`${api}/wall/?role=public&screen=administration&lang=en`);
  await waitReady(page);
  await page.evaluate(() => (globalThis as unknown as { __scpm: { act(a: unknown): void } }).__scpm.act({ type: 'indicator.select', id: 'fire-deaths' }));
  const pub = await until(page, (m) => panelOf(m, 'indicator-detail')?.['indicator'] === 'fire-deaths' && items(m, 'indicator-detail').length > 0, 'public fire deaths');
  const publicDrill = await j(await app.request(`/api/v1/indicators/fire-deaths/drilldown?period=${period}&by=district`));
  t.is(publicDrill.values, 'public');
  const cells = publicDrill.cells.filter((c: { district: string }) => c.district !== 'city') as Array<{ value: number | null; suppressed: string | null }>;
  t.deepEqual(items(pub, 'indicator-detail').map((x) => x['value']), cells.map((c) => (c.suppressed !== null ? 'suppressed' : String(c.value))), 'withheld cells say so, never 0');
  if (cells.some((c) => c.suppressed !== null)) t.regex(String(panelOf(pub, 'indicator-detail')!['drill']), /suppressed: small counts are withheld/);
  // "Employment rate, March last year" as the parser gives it: the quarter holding March, by gu.
  type Issuing = { __scpm: { issue(c: unknown, source: string): Promise<unknown> } };
  await page.evaluate(() => (globalThis as unknown as Issuing).__scpm.issue({ type: 'open-indicator', indicator: 'employment-rate', district: '11110', period: { from: '2024-03-01', to: '2024-03-31' } }, 'keyboard'));
  const march = await until(page, (m) => panelOf(m, 'indicator-detail')?.['indicator'] === 'employment-rate' && String(panelOf(m, 'indicator-detail')?.['drill']).startsWith('2024-Q1 ·'), 'employment in 2024-Q1');
  t.is(panelOf(march, 'indicator-detail')!['by'], 'district');
  t.true(items(march, 'indicator-detail').length >= 5, 'the gu of that quarter, as many as the panel holds');
  t.is(items(march, 'indicator-detail').find((x) => x['key'] === 'district:11110')?.['highlight'], 'selected', 'the gu named');
  await page.evaluate(() => (globalThis as unknown as Issuing).__scpm.issue({ type: 'open-indicator', indicator: 'employment-rate', period: { from: '2009-03-01', to: '2009-03-31' } }, 'keyboard'));
  await until(page, (m) => String(panelOf(m, 'indicator-detail')?.['drill']) === 'No figure for 2009-03-01 – 2009-03-31', 'no figure for 2009');
  await page.screenshot({ path: '/tmp/admin-wall-public.png' });
  t.true(asked.some((a) => a.startsWith('/api/v1/indicators/fire-deaths/drilldown?')));
  t.deepEqual(errors, []);
});
