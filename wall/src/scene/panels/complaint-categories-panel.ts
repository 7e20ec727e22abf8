/**
 * @module wall/scene/panels/complaint-categories-panel
 * What residents complain about: the most frequent categories filed in the KPI window, as bars, with
 * each one's share of everything received and the answer time the city promises for it — of the
 * city, or of the gu selected on the map (the city's, saying so, while the gu has no figures).
 */
import { Container, type Text } from 'pixi.js';
import { channels, type Panel } from '../../../../server/contracts/index.ts';
import type { MapAsset } from '../../map/map-asset.ts';
import { PALETTE } from '../../state/colors.ts';
import { categoryName, slaDaysOf } from '../../state/complaint-categories.ts';
import { complaintFeedChannel, complaintKpiOf, topCategories, windowDays } from '../../state/complaints.ts';
import type { Rect } from '../../state/frame.ts';
import { numberText, percentText, t } from '../../state/i18n.ts';
import { complaintKpiProvenance } from '../../state/opinion-provenance.ts';
import type { PanelContext, PanelKind, PanelView } from '../panel-view.ts';
import { fit, label } from '../text.ts';
import { BarRow, syncRows } from '../widgets/bar-row.ts';
import { PanelChrome } from '../widgets/chrome.ts';
import { districtNames } from './complaint-feed-panel.ts';

const MIN_ROW = 56;
const MAX_ROW = 80;

class ComplaintCategoriesView implements PanelView {
  readonly root = new Container();
  private readonly chrome = new PanelChrome();
  private readonly empty: Text = label('', { size: 28, color: PALETTE.muted });
  private readonly rows = new Map<string, BarRow>();
  private shown: BarRow[] = [];
  private readonly names: ReadonlyMap<string, { ko: string; en: string }>;

  constructor(asset: MapAsset) {
    this.names = districtNames(asset);
    this.chrome.body.addChild(this.empty);
    this.root.addChild(this.chrome.root);
  }

  update(panel: Panel, rect: Rect, ctx: PanelContext): void {
    const { state, lang, now } = ctx;
    this.chrome.layout(rect);
    const own = state.selected !== null && complaintKpiOf(state, state.selected) !== null ? state.selected : null;
    const k = complaintKpiOf(state, own);
    const where = own ? (this.names.get(own)?.[lang] ?? own) : state.selected ? t(lang, 'cityWide') : '';
    const days = k ? (lang === 'ko' ? `${windowDays(k)}일` : `${windowDays(k)} days`) : '';
    this.chrome.setTitle([panel.title?.[lang] ?? t(lang, 'topCategories'), days, where].filter(Boolean).join(' — '));
    this.chrome.setProvenance(lang, complaintKpiProvenance(state, state.complaintKpisAt, now), now);
    const inner = this.chrome.inner;
    const all = topCategories(state, own);
    const limit = Math.max(0, Math.min(panel.limit ?? 10, Math.floor(inner.h / MIN_ROW)));
    const list = all.slice(0, limit);
    const max = Math.max(1, ...list.map((c) => c.count));
    const rowH = Math.min(MAX_ROW, inner.h / Math.max(1, list.length));
    this.shown = syncRows(this.rows, list.map((c) => c.category), this.chrome.body);
    this.shown.forEach((row, i) => {
      const c = list[i]!;
      const sla = slaDaysOf(c.category);
      const share = c.share === null ? '' : lang === 'ko' ? `접수의 ${percentText(c.share)}` : `${percentText(c.share)} of received`;
      const due = sla === null ? '' : lang === 'ko' ? `처리기한 ${sla}일` : `answer in ${sla} days`;
      row.root.position.set(inner.x, inner.y + i * rowH);
      row.update({ label: categoryName(c.category, lang), detail: [share, due].filter(Boolean).join(' · '), value: numberText(lang, c.count), fraction: c.count / max, color: PALETTE.accent, nameShare: 0.48 }, inner.w, rowH);
    });
    const message = state.complaintKpisAt === null ? t(lang, 'awaiting') : list.length === 0 ? t(lang, 'noComplaints') : '';
    this.empty.visible = message !== '';
    fit(this.empty, message, inner.w);
    this.empty.position.set(inner.x, inner.y);
  }

  tap(): null {
    return null;
  }

  model(ctx: PanelContext) {
    return {
      id: '', kind: 'complaint-categories' as const, title: this.chrome.titleText,
      provenance: complaintKpiProvenance(ctx.state, ctx.state.complaintKpisAt, ctx.now),
      items: this.shown.map((r) => r.model()),
      message: this.empty.visible ? this.empty.text : '',
    };
  }

  destroy(): void {
    this.chrome.destroy();
    this.root.destroy({ children: true });
  }
}

export const complaintCategoriesPanel: PanelKind = {
  channels: (_panel, state) => [channels.complaintKpis(), complaintFeedChannel(state), channels.sources()],
  create: (_panel, asset) => new ComplaintCategoriesView(asset),
};
