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
import { PALETTE } from '../../state/colors.ts';
import type { Rect } from '../../state/frame.ts';
import { METRIC_LABELS } from '../../state/i18n.ts';
import { defaultView, panBy, scaleOf, toMap, toScreen, zoomAt } from '../../state/map-view.ts';
import { escalationChannels, incidentBoardChannel, visibleIncidents } from '../../state/incidents.ts';
import { provenanceOf, type Provenance } from '../../state/provenance.ts';
import { incidentProvenance } from '../../state/safety-provenance.ts';
import { currentScreen, type MapView, type WallState } from '../../state/wall-state.ts';
import { createLayers, DEFAULT_LAYERS } from '../layers/index.ts';
import type { LayerContext, MapLayer, Viewport } from '../layers/map-layer.ts';
import type { MapHit, PanelContext, PanelKind, PanelView } from '../panel-view.ts';
import { PanelChrome } from '../widgets/chrome.ts';
import { DetailView } from '../widgets/detail-view.ts';
import { gradeLegend } from '../widgets/grade-legend.ts';
import { IncidentLegend, LEGEND_SIZE } from '../widgets/incident-legend.ts';
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
const showsIncidents = (panel: Panel): boolean => panel.layers?.includes('incidents') ?? false;

/** A map of incidents shows no air data: its provenance is the dispatch sources'. */
function mapProvenance(state: WallState, panel: Panel | null, now: number): Provenance[] {
  if (panel && showsIncidents(panel)) return incidentProvenance(state, visibleIncidents(state), now);
  return [provenanceOf(state, AIR_SOURCE, state.airAt, now)];
}

export function viewOf(state: WallState, panel: Panel, geometry: MapGeometry): MapView {
  const held = state.views.get(panel.id);
  if (held) return held;
  const focus = geometry.districts.find((d) => d.code === state.layout.focusDistrict);
  return defaultView(geometry.bounds, focus?.label ?? null);
}

class MapPanelView implements PanelView {
  readonly root = new Container();
  private readonly chrome = new PanelChrome();
  private readonly area = new Container();
  private readonly mask = new Graphics();
  private readonly world = new Container({ isRenderGroup: true });
  private readonly overlay = new Container();
  private readonly legend = gradeLegend();
  private readonly incidentLegend = new IncidentLegend();
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
    this.chrome.body.addChild(this.area, this.legend.root, this.incidentLegend.root, this.detailBg, this.detail.root);
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
    // A map of incidents keeps its areas plain: grade colours would compete with the markers'.
    const neutral = showsIncidents(panel);
    const title = panel.title?.[lang] ?? currentScreen(state).title[lang];
    this.chrome.setTitle(neutral ? title : `${title} — ${METRIC_LABELS[metric][lang]}`);
    this.chrome.setProvenance(lang, mapProvenance(state, panel, now), now);
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
    const layerCtx: LayerContext = { ...ctx, viewport, metric, neutral, geometry: this.geometry };
    for (const l of this.layers) l.update(layerCtx);
    this.lastCtx = layerCtx;
    this.legend.root.visible = !neutral;
    this.incidentLegend.root.visible = neutral;
    if (neutral) {
      this.incidentLegend.update(lang);
      this.incidentLegend.root.position.set(r.x + 24, r.y + r.h - LEGEND_SIZE.h);
    } else {
      this.legend.update(lang, metric);
      this.legend.root.position.set(r.x + 10, r.y + r.h - 260);
    }
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

  /**
   * Without a district-detail panel on the screen, the drill-down opens over the map's right side
   * (not over a map of incidents: the incident-detail panel speaks there).
   */
  private updateDetail(state: WallState, r: Rect, now: number): void {
    const hosted = currentScreen(state).panels.some((p) => p.kind === 'district-detail') || (this.panel !== null && showsIncidents(this.panel));
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

  /** Whether map-area x lies under the drill-down shown over the map's right side. */
  private overDetail(x: number): boolean {
    const r = this.mapRect();
    return this.detail.root.visible && x > r.w - Math.min(DETAIL_WIDTH, r.w * 0.55);
  }

  tap(x: number, y: number, ctx: PanelContext): WallAction | null {
    const at = this.inMap(x, y);
    if (!at) return null;
    if (this.overDetail(at[0])) return null;
    const panel = this.panel;
    if (!panel) return null;
    // Markers above the areas get the tap first (the topmost layer first).
    const layerCtx = this.lastCtx;
    for (const l of [...this.layers].reverse()) {
      const action = layerCtx && l.tap ? l.tap(at[0], at[1], { ...layerCtx, state: ctx.state, lang: ctx.lang }) : null;
      if (action) return action;
    }
    const r = this.mapRect();
    const [mx, my] = toMap(this.geometry.bounds, viewOf(ctx.state, panel, this.geometry), r.w, r.h, at[0], at[1]);
    const hit = areaAt(this.geometry.districts, mx, my);
    return { type: 'district.select', code: hit && hit.code !== ctx.state.selected ? hit.code : null };
  }

  at(x: number, y: number, ctx: PanelContext): MapHit | null {
    const at = this.inMap(x, y);
    const panel = this.panel;
    if (!at || !panel) return null;
    const r = this.mapRect();
    if (this.overDetail(at[0])) return null;
    const incident = [...this.layers].reverse().reduce<string | null>((found, l) => found ?? l.incidentAt?.(at[0], at[1]) ?? null, null);
    const [mx, my] = toMap(this.geometry.bounds, viewOf(ctx.state, panel, this.geometry), r.w, r.h, at[0], at[1]);
    return { incident, district: areaAt(this.geometry.districts, mx, my)?.code ?? null };
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
      provenance: mapProvenance(ctx.state, this.panel, ctx.now),
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
  channels: (panel, state) =>
    showsIncidents(panel) ? [channels.sources(), incidentBoardChannel(state), ...escalationChannels(state)] : [channels.airCity(), channels.sources()],
  create: (panel, asset) => new MapPanelView(panel, asset),
};
