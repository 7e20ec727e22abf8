/**
 * @module wall/scene/panels/map-panel
 * "Real-time city status": Seoul's gu and dong with the chosen layers, a grade legend, pan and zoom,
 * and the drill-down of the selected gu over the map when the screen has no district-detail panel.
 */
import { Container, Graphics } from 'pixi.js';
import { channels, type Panel } from '../../../../server/contracts/index.ts';
import type { MapMetric } from '../../../../server/contracts/layout.ts';
import { areaAt, decodeGeometry, type MapGeometry } from '../../map/geometry.ts';
import type { MapAsset } from '../../map/map-asset.ts';
import { GRADE_COLORS, PALETTE } from '../../state/colors.ts';
import type { Rect } from '../../state/frame.ts';
import { GRADE_LABELS, METRIC_LABELS } from '../../state/i18n.ts';
import { focusView, homeView, panBy, scaleOf, toMap, toScreen, zoomAt } from '../../state/map-view.ts';
import { provenanceOf } from '../../state/provenance.ts';
import { currentScreen, type MapView, type WallState } from '../../state/wall-state.ts';
import { createLayers, DEFAULT_LAYERS } from '../layers/index.ts';
import type { LayerContext, MapLayer, Viewport } from '../layers/map-layer.ts';
import type { PanelContext, PanelKind, PanelView } from '../panel-view.ts';
import { label, setText } from '../text.ts';
import { PanelChrome } from '../widgets/chrome.ts';
import { DetailView } from '../widgets/detail-view.ts';
import type { WallAction } from '../../state/actions.ts';

const AIR_SOURCE = 'seoul-air';
const DETAIL_WIDTH = 1100;

let geometryCache: { asset: MapAsset; geometry: MapGeometry } | null = null;
/** The decoded geometry, shared by every map panel of the asset. */
export function geometryOf(asset: MapAsset): MapGeometry {
  if (geometryCache?.asset !== asset) geometryCache = { asset, geometry: decodeGeometry(asset) };
  return geometryCache.geometry;
}

const metricOf = (panel: Panel): MapMetric => panel.metric ?? 'cai';

export function viewOf(state: WallState, panel: Panel, geometry: MapGeometry): MapView {
  const held = state.views.get(panel.id);
  if (held) return held;
  const focus = geometry.districts.find((d) => d.code === state.layout.focusDistrict);
  return focus ? focusView(geometry.bounds, focus.label[0], focus.label[1], 2.5) : homeView(geometry.bounds);
}

function legend(): { root: Container; update(lang: 'ko' | 'en', metric: MapMetric): void } {
  const root = new Container();
  const title = label('', { size: 24, weight: 'bold' });
  // A backing so the legend reads over a zoomed map; small, so cheap to fill.
  const backing = new Graphics().roundRect(-14, -12, 330, 252, 12).fill({ color: PALETTE.background, alpha: 0.85 });
  root.addChild(backing, title);
  const rows = (Object.keys(GRADE_COLORS) as Array<keyof typeof GRADE_COLORS>).map((grade, i) => {
    const sw = new Graphics().roundRect(0, 0, 30, 30, 6).fill({ color: GRADE_COLORS[grade] });
    const text = label('', { size: 22 });
    sw.position.set(0, 40 + i * 40);
    text.position.set(42, 42 + i * 40);
    root.addChild(sw, text);
    return { grade, text };
  });
  const none = new Graphics().roundRect(0, 40 + 4 * 40, 30, 30, 6).fill({ color: PALETTE.noData });
  const noneText = label('—', { size: 22 });
  noneText.position.set(42, 42 + 4 * 40);
  root.addChild(none, noneText);
  const RANGES = { good: '0–50', moderate: '51–100', unhealthy: '101–250', 'very-unhealthy': '251–500' } as const;
  return {
    root,
    update(lang, metric) {
      setText(title, metric === 'cai' ? METRIC_LABELS.cai[lang] : `${METRIC_LABELS[metric][lang]} (${lang === 'ko' ? '지수' : 'index'})`);
      for (const r of rows) setText(r.text, `${GRADE_LABELS[r.grade][lang]} ${RANGES[r.grade]}`);
      setText(noneText, lang === 'ko' ? '자료 없음' : 'No data');
    },
  };
}

class MapPanelView implements PanelView {
  readonly root = new Container();
  private readonly chrome = new PanelChrome();
  private readonly area = new Container();
  private readonly mask = new Graphics();
  private readonly world = new Container({ isRenderGroup: true });
  private readonly overlay = new Container();
  private readonly legend = legend();
  private readonly layers: MapLayer[];
  private readonly detail = new DetailView();
  private readonly detailBg = new Graphics();
  private readonly geometry: MapGeometry;
  private lastCtx: LayerContext | null = null;
  private panel: Panel | null = null;
  private maskSize = '';

  constructor(panel: Panel, asset: MapAsset) {
    this.geometry = geometryOf(asset);
    this.layers = createLayers(panel.layers ?? DEFAULT_LAYERS, this.geometry);
    for (const l of this.layers) {
      if (l.world) this.world.addChild(l.world);
      if (l.overlay) this.overlay.addChild(l.overlay);
    }
    this.area.addChild(this.world, this.overlay, this.mask);
    this.chrome.body.addChild(this.area, this.legend.root, this.detailBg, this.detail.root);
    this.root.addChild(this.chrome.root);
  }

  private mapRect(): Rect {
    return this.chrome.inner;
  }

  private viewport(state: WallState, panel: Panel): Viewport {
    const r = this.mapRect();
    const view = viewOf(state, panel, this.geometry);
    const b = this.geometry.bounds;
    return {
      view, width: r.w, height: r.h,
      scale: scaleOf(b, view, r.w, r.h),
      toScreen: (x, y) => toScreen(b, view, r.w, r.h, x, y),
      key: `${view.zoom}|${view.cx}|${view.cy}|${r.w}|${r.h}`,
    };
  }

  update(panel: Panel, rect: Rect, ctx: PanelContext): void {
    const { state, lang, now } = ctx;
    this.panel = panel;
    this.chrome.layout(rect);
    const metric = metricOf(panel);
    this.chrome.setTitle(`${panel.title?.[lang] ?? currentScreen(state).title[lang]} — ${METRIC_LABELS[metric][lang]}`);
    this.chrome.setProvenance(lang, [provenanceOf(state, AIR_SOURCE, state.airAt, now)], now);
    const r = this.mapRect();
    this.area.position.set(r.x, r.y);
    const size = `${r.w}x${r.h}`;
    if (size !== this.maskSize) {
      this.maskSize = size;
      this.mask.clear().rect(0, 0, r.w, r.h).fill({ color: 0xffffff });
    }
    const viewport = this.viewport(state, panel);
    this.world.scale.set(viewport.scale);
    const [ox, oy] = viewport.toScreen(0, 0);
    this.world.position.set(ox, oy);
    this.clip(viewport, r);
    const layerCtx: LayerContext = { ...ctx, viewport, metric, geometry: this.geometry };
    for (const l of this.layers) l.update(layerCtx);
    this.lastCtx = layerCtx;
    this.legend.update(lang, metric);
    this.legend.root.position.set(r.x + 10, r.y + r.h - 260);
    this.updateDetail(state, r, now);
  }

  /**
   * Clips the map to its area only while it overflows (zoomed or panned): a stencil mask over a
   * 4K panel costs a software renderer more than the whole map.
   */
  private clip(viewport: Viewport, r: Rect): void {
    const b = this.geometry.bounds;
    const [x0, y0] = viewport.toScreen(b.minX, b.minY);
    const [x1, y1] = viewport.toScreen(b.maxX, b.maxY);
    const margin = 40;
    const inside = x0 >= margin && y0 >= margin && x1 <= r.w - margin && y1 <= r.h - margin;
    const mask = inside ? null : this.mask;
    if (this.area.mask !== mask) this.area.mask = mask;
    this.mask.visible = !inside;
  }

  /** Without a district-detail panel on the screen, the drill-down opens over the map's right side. */
  private updateDetail(state: WallState, r: Rect, now: number): void {
    const hosted = currentScreen(state).panels.some((p) => p.kind === 'district-detail');
    const area = hosted ? null : (this.geometry.districts.find((d) => d.code === state.selected) ?? null);
    this.detail.root.visible = area !== null;
    this.detailBg.visible = area !== null;
    if (!area) return;
    const w = Math.min(DETAIL_WIDTH, r.w * 0.55);
    const box: Rect = { x: r.x + r.w - w, y: r.y, w, h: r.h };
    this.detailBg.clear().roundRect(box.x, box.y, box.w, box.h, 14).fill({ color: PALETTE.background, alpha: 0.92 }).stroke({ width: 2, color: PALETTE.panelEdge });
    this.detail.update(state, area, { x: box.x + 24, y: box.y + 24, w: box.w - 48, h: box.h - 48 }, now);
  }

  /** Panel-local logical (x, y) → position inside the map area, or null outside it. */
  private inMap(x: number, y: number): [number, number] | null {
    const r = this.mapRect();
    const px = x - this.chrome.rect.x - r.x;
    const py = y - this.chrome.rect.y - r.y;
    return px >= 0 && py >= 0 && px <= r.w && py <= r.h ? [px, py] : null;
  }

  tap(x: number, y: number, ctx: PanelContext): WallAction | null {
    const at = this.inMap(x, y);
    if (!at) return null;
    const r = this.mapRect();
    if (this.detail.root.visible && at[0] > r.w - Math.min(DETAIL_WIDTH, r.w * 0.55)) return null;
    const panel = this.panel;
    if (!panel) return null;
    const [mx, my] = toMap(this.geometry.bounds, viewOf(ctx.state, panel, this.geometry), r.w, r.h, at[0], at[1]);
    const hit = areaAt(this.geometry.districts, mx, my);
    return { type: 'district.select', code: hit && hit.code !== ctx.state.selected ? hit.code : null };
  }

  pan(dx: number, dy: number, ctx: PanelContext): WallAction | null {
    const panel = this.panel;
    if (!panel) return null;
    const r = this.mapRect();
    return { type: 'map.view', panel: panel.id, view: panBy(this.geometry.bounds, viewOf(ctx.state, panel, this.geometry), r.w, r.h, dx, dy) };
  }

  zoom(factor: number, x: number, y: number, ctx: PanelContext): WallAction | null {
    const at = this.inMap(x, y);
    const panel = this.panel;
    if (!at || !panel) return null;
    const r = this.mapRect();
    return { type: 'map.view', panel: panel.id, view: zoomAt(this.geometry.bounds, viewOf(ctx.state, panel, this.geometry), r.w, r.h, factor, at[0], at[1]) };
  }

  model(ctx: PanelContext) {
    const layerCtx = this.lastCtx;
    const items = layerCtx ? this.layers.flatMap((l) => l.model({ ...layerCtx, state: ctx.state, lang: ctx.lang })) : [];
    const area = this.geometry.districts.find((d) => d.code === ctx.state.selected) ?? null;
    if (this.detail.root.visible) items.push({ layer: 'detail', ...this.detail.model(ctx.state, area) });
    const r = this.mapRect();
    return {
      id: this.panel?.id ?? '', kind: 'map' as const, title: this.chrome.titleText,
      provenance: [provenanceOf(ctx.state, AIR_SOURCE, ctx.state.airAt, ctx.now)],
      items, mapArea: { x: this.chrome.rect.x + r.x, y: this.chrome.rect.y + r.y, w: r.w, h: r.h },
    };
  }

  destroy(): void {
    for (const l of this.layers) l.destroy();
    this.chrome.destroy();
    this.root.destroy({ children: true });
  }
}

export const mapPanel: PanelKind = {
  channels: () => [channels.airCity(), channels.sources()],
  create: (panel, asset) => new MapPanelView(panel, asset),
};
