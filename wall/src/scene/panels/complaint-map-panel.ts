/**
 * @module wall/scene/panels/complaint-map-panel
 * "Complaints by district": the 25 gu coloured by their open complaints or by complaints per 10,000
 * residents (the layout's layer says which), with the figures on the map, the key, pan and zoom. A
 * tap on a gu selects it (again: the whole city), and the feed, categories, answer times and trends
 * of the screen follow. Unlike the air map it names no pollutant and opens no air detail.
 */
import { Container, Graphics } from 'pixi.js';
import { channels, type Panel } from '../../../../server/contracts/index.ts';
import { areaAt, type MapGeometry } from '../../map/geometry.ts';
import type { MapAsset } from '../../map/map-asset.ts';
import type { WallAction } from '../../state/actions.ts';
import { classesFor, complaintModeOf, type ComplaintMapMode } from '../../state/complaint-map.ts';
import { complaintChannels, complaintKpiOf, windowDays } from '../../state/complaints.ts';
import type { Rect } from '../../state/frame.ts';
import { t } from '../../state/i18n.ts';
import { panBy, scaleOf, toMap, toScreen, zoomAt } from '../../state/map-view.ts';
import { complaintKpiProvenance } from '../../state/opinion-provenance.ts';
import type { WallState } from '../../state/wall-state.ts';
import { createLayers } from '../layers/index.ts';
import { complaintValues } from '../layers/complaints-layer.ts';
import type { LayerContext, MapLayer, Viewport } from '../layers/map-layer.ts';
import type { MapHit, PanelContext, PanelKind, PanelView } from '../panel-view.ts';
import { PanelChrome } from '../widgets/chrome.ts';
import { ComplaintLegend } from '../widgets/complaint-legend.ts';
import { geometryOf, viewOf } from './map-panel.ts';

export const COMPLAINT_MAP_LAYERS = ['complaints', 'labels'];

/** What the colours count, in words: "Open complaints", "Complaints per 10,000 residents (30 days)"; shorter for the key. */
export function modeCaption(state: WallState, mode: ComplaintMapMode, short = false): string {
  const lang = state.language;
  if (mode === 'open') return t(lang, 'openComplaints');
  const k = complaintKpiOf(state, null);
  const days = k ? windowDays(k) : 30;
  if (short) return lang === 'ko' ? `인구 1만 명당 (${days}일)` : `Per 10,000 residents (${days} d)`;
  return `${t(lang, 'per10k')} (${lang === 'ko' ? `${days}일` : `${days} days`})`;
}

class ComplaintMapView implements PanelView {
  readonly root = new Container();
  private readonly chrome = new PanelChrome();
  private readonly area = new Container();
  private readonly mask = new Graphics();
  private readonly world = new Container({ isRenderGroup: true });
  private readonly overlay = new Container();
  private readonly legend = new ComplaintLegend();
  private readonly layers: MapLayer[];
  private readonly geometry: MapGeometry;
  private readonly mode: ComplaintMapMode;
  private lastCtx: LayerContext | null = null;
  private panel: Panel;
  private maskSize = '';

  constructor(panel: Panel, asset: MapAsset) {
    this.panel = panel;
    this.geometry = geometryOf(asset);
    const ids = panel.layers ?? COMPLAINT_MAP_LAYERS;
    this.mode = complaintModeOf(ids);
    this.layers = createLayers(ids, this.geometry);
    for (const l of this.layers) {
      if (l.world) this.world.addChild(l.world);
      if (l.overlay) this.overlay.addChild(l.overlay);
    }
    this.area.addChild(this.world, this.overlay, this.mask);
    this.chrome.body.addChild(this.area, this.legend.root);
    this.root.addChild(this.chrome.root);
  }

  private viewport(state: WallState): Viewport {
    const r = this.chrome.inner;
    const view = viewOf(state, this.panel, this.geometry);
    const b = this.geometry.bounds;
    return {
      view, width: r.w, height: r.h, scale: scaleOf(b, view, r.w, r.h),
      toScreen: (x, y) => toScreen(b, view, r.w, r.h, x, y),
      key: `${view.zoom}|${view.cx}|${view.cy}|${r.w}|${r.h}`,
    };
  }

  update(panel: Panel, rect: Rect, ctx: PanelContext): void {
    const { state, lang, now } = ctx;
    this.panel = panel;
    this.chrome.layout(rect);
    const caption = modeCaption(state, this.mode);
    this.chrome.setTitle(`${panel.title?.[lang] ?? t(lang, 'complaintMap')} — ${caption}`);
    this.chrome.setProvenance(lang, complaintKpiProvenance(state, state.complaintKpisAt, now), now);
    const r = this.chrome.inner;
    this.area.position.set(r.x, r.y);
    if (`${r.w}x${r.h}` !== this.maskSize) {
      this.maskSize = `${r.w}x${r.h}`;
      this.mask.clear().rect(0, 0, r.w, r.h).fill({ color: 0xffffff });
    }
    const viewport = this.viewport(state);
    this.world.scale.set(viewport.scale);
    const [ox, oy] = viewport.toScreen(0, 0);
    this.world.position.set(ox, oy);
    this.clip(viewport);
    // Names only from the labels layer: the figures are this map's own.
    const layerCtx: LayerContext = { ...ctx, viewport, metric: panel.metric ?? 'cai', neutral: true, geometry: this.geometry };
    for (const l of this.layers) l.update(layerCtx);
    this.lastCtx = layerCtx;
    this.legend.update(lang, this.mode, classesFor([...complaintValues(ctx, this.mode).values()], this.mode), modeCaption(state, this.mode, true));
    // Top left: Seoul's outline leaves that corner empty at any panel shape; the south-west is full of gu.
    this.legend.root.position.set(r.x + 24, r.y + 24);
  }

  /** Clips only while the map overflows its area (a stencil mask costs a software renderer more than the map). */
  private clip(viewport: Viewport): void {
    const b = this.geometry.bounds;
    const [x0, y0] = viewport.toScreen(b.minX, b.minY);
    const [x1, y1] = viewport.toScreen(b.maxX, b.maxY);
    const inside = x0 >= 40 && y0 >= 40 && x1 <= viewport.width - 40 && y1 <= viewport.height - 40;
    const mask = inside ? null : this.mask;
    if (this.area.mask !== mask) this.area.mask = mask;
    this.mask.visible = !inside;
  }

  private inMap(x: number, y: number): [number, number] | null {
    const r = this.chrome.inner;
    const px = x - this.chrome.rect.x - r.x;
    const py = y - this.chrome.rect.y - r.y;
    return px >= 0 && py >= 0 && px <= r.w && py <= r.h ? [px, py] : null;
  }

  tap(x: number, y: number, ctx: PanelContext): WallAction | null {
    const at = this.inMap(x, y);
    if (!at) return null;
    const layerCtx = this.lastCtx;
    for (const l of [...this.layers].reverse()) {
      const action = layerCtx && l.tap ? l.tap(at[0], at[1], { ...layerCtx, state: ctx.state, lang: ctx.lang }) : null;
      if (action) return action;
    }
    const r = this.chrome.inner;
    const [mx, my] = toMap(this.geometry.bounds, viewOf(ctx.state, this.panel, this.geometry), r.w, r.h, at[0], at[1]);
    const hit = areaAt(this.geometry.districts, mx, my);
    return { type: 'district.select', code: hit && hit.code !== ctx.state.selected ? hit.code : null };
  }

  at(x: number, y: number, ctx: PanelContext): MapHit | null {
    const at = this.inMap(x, y);
    if (!at) return null;
    const r = this.chrome.inner;
    const [mx, my] = toMap(this.geometry.bounds, viewOf(ctx.state, this.panel, this.geometry), r.w, r.h, at[0], at[1]);
    return { incident: null, district: areaAt(this.geometry.districts, mx, my)?.code ?? null };
  }

  pan(dx: number, dy: number, ctx: PanelContext): WallAction | null {
    const r = this.chrome.inner;
    return { type: 'map.view', panel: this.panel.id, view: panBy(this.geometry.bounds, viewOf(ctx.state, this.panel, this.geometry), r.w, r.h, dx, dy) };
  }

  zoom(factor: number, x: number, y: number, ctx: PanelContext): WallAction | null {
    const at = this.inMap(x, y);
    if (!at) return null;
    const r = this.chrome.inner;
    return { type: 'map.view', panel: this.panel.id, view: zoomAt(this.geometry.bounds, viewOf(ctx.state, this.panel, this.geometry), r.w, r.h, factor, at[0], at[1]) };
  }

  model(ctx: PanelContext) {
    const layerCtx = this.lastCtx;
    const r = this.chrome.inner;
    return {
      id: this.panel.id, kind: 'complaint-map' as const, title: this.chrome.titleText, mode: this.mode,
      provenance: complaintKpiProvenance(ctx.state, ctx.state.complaintKpisAt, ctx.now),
      items: layerCtx ? this.layers.flatMap((l) => l.model({ ...layerCtx, state: ctx.state, lang: ctx.lang })) : [],
      legend: this.legend.model(),
      mapArea: { x: this.chrome.rect.x + r.x, y: this.chrome.rect.y + r.y, w: r.w, h: r.h },
    };
  }

  destroy(): void {
    for (const l of this.layers) l.destroy();
    this.chrome.destroy();
    this.root.destroy({ children: true });
  }
}

export const complaintMapPanel: PanelKind = {
  channels: (_panel, state) => [...complaintChannels(state), channels.sources()],
  create: (panel, asset) => new ComplaintMapView(panel, asset),
};
