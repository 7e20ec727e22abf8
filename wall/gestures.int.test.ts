/**
 * The wall's touch gestures in headless Debian Chromium against a running platform (api role), driven
 * by synthesized multi-touch through the DevTools protocol (Chromium turns the touches into pointer
 * events, as a touch wall's would be). On the mayor's wall: a tap selects a gu, a swipe down clears
 * it, a double tap zooms the map ×2, pinches zoom in and out, a three-finger swipe resets the view,
 * a two-finger turn switches the language, a swipe left shows the next screen and a two-finger tap
 * goes back, an edge swipe from the right opens the help (17 rows, in the wall's language) and a tap
 * closes it, a swipe up opens it too, and a long press on a gu opens the cameras screen around it.
 */
import test from 'ava';
import type { CDPSession, Page } from 'playwright-core';
import { GESTURE_MEANINGS } from './src/systems/gesture-meanings.ts';
import { LONG_PRESS_MS } from './src/systems/gesture-strokes.ts';
import { modelOf, panelOf, toPage, until, waitReady, type Model, type PanelModel } from './testing/wall-model.ts';
import { startWallPlatform } from './testing/wall-platform.ts';

interface HelpModel {
  open: boolean;
  title: string;
  rows: Array<{ gesture: string; title: string; meaning: string }>;
}
type GestureModel = Model & { help: HelpModel };
interface Hook {
  __scpm: {
    views(): Record<string, { zoom: number }>;
    gestures(): { count: number; last: string | null; counts: Record<string, number> };
  };
}
type Pt = [number, number];

const views = (page: Page) => page.evaluate(() => (globalThis as unknown as Hook).__scpm.views());
const gestures = (page: Page) => page.evaluate(() => (globalThis as unknown as Hook).__scpm.gestures());

/** Waits for the model to show a gesture's effect; when it does not, says which gestures the wall recognised. */
async function after(page: Page, ok: (m: GestureModel) => boolean, what: string): Promise<GestureModel> {
  try {
    return (await until(page, (m) => ok(m as GestureModel), what, 10_000)) as GestureModel;
  } catch (err) {
    throw new Error(`${(err as Error).message.slice(0, 300)} — gestures recognised: ${JSON.stringify(await gestures(page))}`);
  }
}

async function viewsUntil(page: Page, ok: (v: Record<string, { zoom: number }>) => boolean, what: string): Promise<Record<string, { zoom: number }>> {
  const end = Date.now() + 10_000;
  for (;;) {
    const v = await views(page);
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(v)}`);
    await page.waitForTimeout(100);
  }
}

/** Fingers on the touch screen, in page coordinates. */
class Fingers {
  constructor(private readonly cdp: CDPSession, private readonly page: Page) {}

  private send(type: 'touchStart' | 'touchMove' | 'touchEnd', points: Pt[]): Promise<unknown> {
    return this.cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map(([x, y], id) => ({ x, y, id })) });
  }

  /** Waits for a frame the wall is not busy drawing (two frame callbacks), so touches start on a quiet page. */
  private quiet(): Promise<unknown> {
    return this.page.evaluate(() => {
      const page = globalThis as unknown as { requestAnimationFrame(f: () => void): number };
      return new Promise<void>((done) => page.requestAnimationFrame(() => page.requestAnimationFrame(done)));
    });
  }

  /** Fingers land at `from`, wait `hold` ms, move to `to` in `steps` (`stepMs` apart), and lift. */
  async stroke(from: Pt[], to: Pt[], o: { hold?: number; steps?: number; stepMs?: number } = {}): Promise<void> {
    const steps = o.steps ?? 6;
    await this.quiet();
    await this.send('touchStart', from);
    if (o.hold) await this.page.waitForTimeout(o.hold);
    for (let i = 1; i <= steps; i++) {
      const f = i / steps;
      await this.send('touchMove', from.map(([x, y], k) => [x + (to[k]![0] - x) * f, y + (to[k]![1] - y) * f]));
      if (o.stepMs) await this.page.waitForTimeout(o.stepMs);
    }
    await this.send('touchEnd', []);
  }

  /**
   * Fingers land, stay `ms`, and lift (at once with `soon`, as the second tap of a double tap). A press
   * well under a long press goes as one batch, landing and lifting together: on a loaded machine a
   * stall between the two would otherwise read as a long press.
   */
  async press(at: Pt[], ms: number, soon = false): Promise<void> {
    if (!soon) await this.quiet();
    if (ms < LONG_PRESS_MS / 4) {
      await Promise.all([this.send('touchStart', at), this.send('touchEnd', [])]);
      return;
    }
    await this.send('touchStart', at);
    await this.page.waitForTimeout(ms);
    await this.send('touchEnd', []);
  }

  /** Two fingers `r` px from `c`, turned from a0 to a1 degrees. */
  async turn(c: Pt, r: number, a0: number, a1: number): Promise<void> {
    const at = (a: number): Pt[] => [0, 180].map((k) => [c[0] + r * Math.cos(((a + k) * Math.PI) / 180), c[1] + r * Math.sin(((a + k) * Math.PI) / 180)] as Pt);
    await this.stroke(at(a0), at(a1), { hold: 150, steps: 8, stepMs: 15 });
  }
}

const map = (m: Model): PanelModel => panelOf(m, 'map')!;
/** A point of the map area as a share of its size, on the page. */
const onMap = (m: Model, fx: number, fy: number): Pt => {
  const a = map(m).mapArea!;
  return toPage(m, a.x + a.w * fx, a.y + a.h * fy);
};
/** The centre of a panel, on the page. */
const centreOf = (m: Model, kind: string): Pt => {
  const r = panelOf(m, kind)!['rect'] as { x: number; y: number; w: number; h: number };
  return toPage(m, r.x + r.w / 2, r.y + r.h / 2);
};
const labelAt = (m: Model, code: string): Pt => {
  const l = map(m).items.find((i) => i.layer === 'labels' && i['code'] === code)!;
  return toPage(m, map(m).mapArea!.x + Number(l['x']), map(m).mapArea!.y + Number(l['y']));
};
const shift = (p: Pt, dx: number, dy: number): Pt => [p[0] + dx, p[1] + dy];

test('the 17 gestures on the wall: touches select, zoom, switch screens and language, open the help and the cameras', async (t) => {
  t.timeout(120_000);
  const { api, browser } = await startWallPlatform(t);
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${api}/wall/?role=mayor&screen=glance&lang=en`);
  await waitReady(page);
  const fingers = new Fingers(await page.context().newCDPSession(page), page);
  const home = await until(page, (m) => (map(m)?.items.filter((i) => i.layer === 'labels').length ?? 0) === 25, 'the map and its labels');

  // Tap: a gu on the map is selected (after the double-tap wait).
  await fingers.press([labelAt(home, '11680')], 60);
  await after(page, (m) => m.selected === '11680', 'Gangnam-gu selected by a tap');

  // Swipe down where nothing pans (the ranking): the selection is cleared.
  const ranking = centreOf(home, 'air-ranking');
  await fingers.stroke([shift(ranking, 0, -150)], [shift(ranking, 0, 150)]);
  await after(page, (m) => m.selected === null, 'the selection cleared by a swipe down');

  // Double tap: the map zooms in ×2 about the point.
  const west = onMap(home, 0.3, 0.5);
  await fingers.press([west], 40);
  await fingers.press([west], 40, true);
  const doubled = await viewsUntil(page, (v) => v['map'] !== undefined, 'a double-tap zoom');
  t.is(doubled['map']!.zoom, 2);

  // Pinch out zooms in, pinch in zooms out.
  const c = onMap(home, 0.3, 0.5);
  await fingers.stroke([shift(c, -60, 0), shift(c, 60, 0)], [shift(c, -180, 0), shift(c, 180, 0)], { hold: 150, steps: 8, stepMs: 15 });
  const wider = await viewsUntil(page, (v) => v['map']!.zoom > 4, 'a pinch out to zoom in');
  await fingers.stroke([shift(c, -180, 0), shift(c, 180, 0)], [shift(c, -70, 0), shift(c, 70, 0)], { hold: 150, steps: 8, stepMs: 15 });
  const narrower = await viewsUntil(page, (v) => v['map']!.zoom < wider['map']!.zoom / 2, 'a pinch in to zoom out');
  t.true(narrower['map']!.zoom >= 1);

  // Three fingers swiped: the map is back to the layout's view.
  await fingers.stroke([shift(c, -80, -100), c, shift(c, 80, -100)], [shift(c, -80, 200), shift(c, 0, 300), shift(c, 80, 200)], { steps: 6, stepMs: 10 });
  await viewsUntil(page, (v) => v['map'] === undefined, 'the view reset by a three-finger swipe');

  // A two-finger turn switches the language.
  await fingers.turn(c, 120, 0, 60);
  await after(page, (m) => m.language === 'ko', 'Korean after a turn');

  // Swipe left: the next screen; a two-finger tap: back.
  await fingers.stroke([shift(ranking, 150, 0)], [shift(ranking, -150, 0)]);
  await after(page, (m) => m.screen === 'city', 'the next screen after a swipe left');
  const city = await modelOf<GestureModel>(page);
  await fingers.press([centreOf(city, 'air-ranking'), shift(centreOf(city, 'air-ranking'), 120, 0)], 60);
  await after(page, (m) => m.screen === 'glance', 'back to the first screen after a two-finger tap');

  // An edge swipe from the right opens the help: the 17 gestures in Korean; a tap closes it.
  const edge = toPage(home, 3835, 1100);
  await fingers.stroke([edge], [shift(edge, -250, 0)]);
  const help = await after(page, (m) => m.help.open && m.help.rows.length > 0, 'the help');
  t.is(help.help.rows.length, 17);
  t.deepEqual(help.help.rows.map((r) => r.gesture), GESTURE_MEANINGS.map((g) => g.name));
  t.deepEqual(help.help.rows.map((r) => r.meaning), GESTURE_MEANINGS.map((g) => g.meaning.ko));
  t.is(help.help.title, '터치 제스처 17가지');
  await fingers.press([onMap(home, 0.5, 0.5)], 50);
  await after(page, (m) => !m.help.open, 'the help closed by a tap');
  t.is((await views(page))['map'], undefined, 'the tap on the help does not reach the map');

  // A swipe up opens it as well.
  await fingers.stroke([shift(ranking, 0, 150)], [shift(ranking, 0, -150)]);
  await after(page, (m) => m.help.open, 'the help after a swipe up');
  await fingers.press([ranking], 50);
  await after(page, (m) => !m.help.open, 'the help closed again');

  // A long press on a gu: the cameras screen, around that gu.
  await fingers.press([labelAt(await modelOf<GestureModel>(page), '11110')], 900);
  const cams = await after(page, (m) => m.screen === 'safety', 'the cameras screen after a long press');
  t.is(cams.selected, '11110');
  t.truthy(panelOf(cams, 'cctv'));

  const log = await gestures(page);
  for (const g of ['tap', 'swipe-down', 'double-tap', 'pinch-out', 'pinch-in', 'three-finger-swipe', 'rotate', 'swipe-left', 'two-finger-tap', 'edge-swipe', 'swipe-up', 'long-press']) {
    t.true((log.counts[g] ?? 0) >= 1, `${g} recognised`);
  }
  t.is(log.last, 'long-press');
  t.false(['two-finger-swipe', 'flick', 'press-and-tap'].some((g) => (log.counts[g] ?? 0) > 0), `no stray gestures: ${JSON.stringify(log.counts)}`);
  t.deepEqual(errors, []);
});
