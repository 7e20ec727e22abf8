/**
 * @module wall/scene/panels/district-detail-panel
 * The selected gu in detail (bound to its own `air/district/<code>` channel).
 */
import { Container } from 'pixi.js';
import { channels, type Panel } from '../../../../server/contracts/index.ts';
import type { MapGeometry } from '../../map/geometry.ts';
import type { Rect } from '../../state/frame.ts';
import { provenanceOf } from '../../state/provenance.ts';
import type { PanelContext, PanelKind, PanelView } from '../panel-view.ts';
import { PanelChrome } from '../widgets/chrome.ts';
import { DetailView } from '../widgets/detail-view.ts';
import { geometryOf } from './map-panel.ts';

const AIR_SOURCE = 'seoul-air';

class DistrictDetailView implements PanelView {
  readonly root = new Container();
  private readonly chrome = new PanelChrome();
  private readonly detail = new DetailView();

  constructor(private readonly geometry: MapGeometry) {
    this.chrome.body.addChild(this.detail.root);
    this.root.addChild(this.chrome.root);
  }

  private area(ctx: PanelContext) {
    return this.geometry.districts.find((d) => d.code === ctx.state.selected) ?? null;
  }

  /** Nothing selected, nothing to attribute. */
  private provenance(ctx: PanelContext) {
    if (!ctx.state.selected) return [];
    const air = ctx.state.air.get(ctx.state.selected);
    return [provenanceOf(ctx.state, air?.source ?? AIR_SOURCE, air?.asOf ?? null, ctx.now)];
  }

  update(panel: Panel, rect: Rect, ctx: PanelContext): void {
    const { state, lang, now } = ctx;
    this.chrome.layout(rect);
    this.chrome.setTitle(panel.title?.[lang] ?? (lang === 'ko' ? '자치구 상세' : 'District detail'));
    this.chrome.setProvenance(lang, this.provenance(ctx), now);
    this.detail.update(state, this.area(ctx), this.chrome.inner, now);
  }

  tap(): null {
    return null;
  }

  model(ctx: PanelContext) {
    return {
      id: '', kind: 'district-detail' as const, title: this.chrome.titleText,
      provenance: this.provenance(ctx),
      items: [this.detail.model(ctx.state, this.area(ctx)) as unknown as Record<string, unknown>],
    };
  }

  destroy(): void {
    this.chrome.destroy();
    this.root.destroy({ children: true });
  }
}

export const districtDetailPanel: PanelKind = {
  channels: (_panel, state) => (state.selected ? [channels.airDistrict(state.selected)] : []),
  create: (_panel, asset) => new DistrictDetailView(geometryOf(asset)),
};
