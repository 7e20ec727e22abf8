/**
 * @module wall/testing/wall-model
 * Reading a running wall from a browser test: its scene model through `window.__scpm`, waiting until
 * the model says something, and logical canvas points as page coordinates for synthesized touches.
 */
import type { Page } from 'playwright-core';

export interface Item {
  layer?: string;
  [k: string]: unknown;
}

export interface PanelModel {
  id: string;
  kind: string;
  title: string;
  provenance: Array<{ source: string; asOf: string | null; stale: boolean; synthetic: boolean }>;
  items: Item[];
  mapArea?: { x: number; y: number; w: number; h: number };
  [k: string]: unknown;
}

export interface Model {
  screen: string;
  language: string;
  selected: string | null;
  selectedIncident: string | null;
  frame: { scale: number; offsetX: number; offsetY: number };
  header: { tabs: Array<{ id: string; title: string }> };
  panels: PanelModel[];
}

export interface SafetyInfo {
  selectedIncident: string | null;
  cctvFor: string | null;
  cameraList: { key: string; status: string; cameras: string[] } | null;
  streams: Record<string, string>;
}

type Hook = { __scpm: { model(): Model; settledModel(): Promise<Model>; safety(): SafetyInfo; ready: boolean } };

/** The wall's model once it has drawn its state as it stands: panels and state agree. */
export const modelOf = <M = Model>(page: Page): Promise<M> => page.evaluate(() => (globalThis as unknown as Hook).__scpm.settledModel()) as Promise<M>;
export const safetyOf = (page: Page): Promise<SafetyInfo> => page.evaluate(() => (globalThis as unknown as Hook).__scpm.safety());

export async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(() => (globalThis as unknown as Partial<Hook>).__scpm?.ready === true, null, { timeout: 60_000 });
}

export async function until<M = Model>(page: Page, ok: (m: M) => boolean, what: string, ms = 30_000): Promise<M> {
  const end = Date.now() + ms;
  for (;;) {
    const m = await modelOf<M>(page);
    if (ok(m)) return m;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(m).slice(0, 2000)}`);
    await page.waitForTimeout(250);
  }
}

export const panelOf = (m: Model, kind: string): PanelModel | undefined => m.panels.find((p) => p.kind === kind);

/** A logical canvas point as page (CSS) coordinates. */
export const toPage = (m: Model, x: number, y: number): [number, number] => [m.frame.offsetX + x * m.frame.scale, m.frame.offsetY + y * m.frame.scale];

/** A point of a map's area (map-area pixels) as page coordinates. */
export function mapPointOnPage(m: Model, map: PanelModel, x: number, y: number): [number, number] {
  const area = map.mapArea!;
  return toPage(m, area.x + x, area.y + y);
}
