/**
 * @module wall/scene/panels/complaint-feed-panel
 * The live complaint feed, newest first: status chip, category, gu, title and age, tagged when past
 * its answer time and when generated. Signed-in staff read titles as filed; everyone else the
 * redacted feed (the channel decides, see state/complaints.ts). With a gu selected on the map (or a
 * district head's own), the gu's complaints only. Rows belong to complaints: created when one
 * arrives, moved as newer ones come in, destroyed when it leaves the feed.
 */
import { Container, type Text } from 'pixi.js';
import { channels, type ComplaintFeedItem, type Panel } from '../../../../server/contracts/index.ts';
import type { MapAsset } from '../../map/map-asset.ts';
import { PALETTE } from '../../state/colors.ts';
import { categoryName } from '../../state/complaint-categories.ts';
import { complaintFeedChannel, complaintSource, feedCounts, feedOf, isOverdue } from '../../state/complaints.ts';
import type { Rect } from '../../state/frame.ts';
import { numberText, t } from '../../state/i18n.ts';
import { complaintProvenance } from '../../state/opinion-provenance.ts';
import type { WallState } from '../../state/wall-state.ts';
import type { PanelContext, PanelKind, PanelView } from '../panel-view.ts';
import { fit, label } from '../text.ts';
import { PanelChrome } from '../widgets/chrome.ts';
import { ComplaintRow } from '../widgets/complaint-row.ts';

const HEAD_H = 56;
const MIN_ROW = 84;
const MAX_ROW = 96;

type Names = ReadonlyMap<string, { ko: string; en: string }>;

export const districtNames = (asset: MapAsset): Names => new Map(asset.districts.map((d) => [d.code, { ko: d.nameKo, en: d.nameEn }]));

class ComplaintFeedView implements PanelView {
  readonly root = new Container();
  private readonly chrome = new PanelChrome();
  private readonly head: Text = label('', { size: 26, color: PALETTE.muted });
  private readonly foot: Text = label('', { size: 28, color: PALETTE.muted });
  private readonly rows = new Map<string, ComplaintRow>();
  private order: string[] = [];
  private rowsTop = 0;
  private rowH = MIN_ROW;
  private readonly names: Names;

  constructor(asset: MapAsset) {
    this.names = districtNames(asset);
    this.chrome.body.addChild(this.head, this.foot);
    this.root.addChild(this.chrome.root);
  }

  private shown(state: WallState): ComplaintFeedItem[] {
    return feedOf(state, state.selected);
  }

  update(panel: Panel, rect: Rect, ctx: PanelContext): void {
    const { state, lang, now } = ctx;
    this.chrome.layout(rect);
    const gu = state.selected ? ` — ${this.names.get(state.selected)?.[lang] ?? state.selected}` : '';
    const category = state.complaintCategory ? ` · ${categoryName(state.complaintCategory, lang)}` : '';
    this.chrome.setTitle(`${panel.title?.[lang] ?? t(lang, 'complaintFeed')}${gu}${category}`);
    const items = this.shown(state);
    this.chrome.setProvenance(lang, complaintProvenance(state, items, state.complaintsAt, now), now);
    const inner = this.chrome.inner;
    const c = feedCounts(items, now);
    const latest = lang === 'ko' ? `최근 접수 ${numberText(lang, state.complaints.length)}건 중 ${numberText(lang, c.shown)}건` : `${numberText(lang, c.shown)} of the latest ${numberText(lang, state.complaints.length)}`;
    const counts = lang === 'ko' ? `미처리 ${numberText(lang, c.open)} · 기한 초과 ${numberText(lang, c.overdue)}` : `${numberText(lang, c.open)} open · ${numberText(lang, c.overdue)} overdue`;
    fit(this.head, state.complaintsAt === null ? '' : `${latest} · ${counts}`, inner.w);
    this.head.position.set(inner.x, inner.y);
    this.rowsTop = inner.y + HEAD_H;
    const room = inner.h - HEAD_H - 44;
    const limit = Math.max(0, Math.min(panel.limit ?? 50, Math.floor(room / MIN_ROW)));
    this.rowH = limit > 0 ? Math.min(MAX_ROW, room / Math.max(1, Math.min(limit, items.length))) : MIN_ROW;
    const rows = items.slice(0, limit);
    this.order = rows.map((x) => x.id);
    this.sync(rows);
    rows.forEach((item, n) => {
      const row = this.rows.get(item.id)!;
      row.root.position.set(inner.x, this.rowsTop + n * this.rowH);
      const synthetic = state.catalog.get(complaintSource(item.id))?.synthetic ?? false;
      const place = item.district ? (this.names.get(item.district)?.[lang] ?? item.district) : t(lang, 'cityWide');
      row.update(item, { place, overdue: isOverdue(item, now), synthetic }, lang, inner.w, this.rowH, state.clock * 1000);
    });
    const more = items.length - rows.length;
    const message = state.complaintsAt === null ? t(lang, 'awaiting') : items.length === 0 ? t(lang, 'noComplaints') : more > 0 ? (lang === 'ko' ? `외 ${more}건` : `and ${more} more`) : '';
    this.foot.visible = message !== '';
    fit(this.foot, message, inner.w);
    this.foot.position.set(inner.x, this.rowsTop + rows.length * this.rowH + 8);
  }

  private sync(rows: readonly ComplaintFeedItem[]): void {
    const ids = new Set(rows.map((x) => x.id));
    for (const [id, row] of this.rows) {
      if (ids.has(id)) continue;
      row.destroy();
      this.rows.delete(id);
    }
    for (const x of rows) {
      if (this.rows.has(x.id)) continue;
      const row = new ComplaintRow(x.id);
      this.rows.set(x.id, row);
      this.chrome.body.addChild(row.root);
    }
  }

  tap(): null {
    return null;
  }

  model(ctx: PanelContext) {
    const items = this.shown(ctx.state);
    return {
      id: '', kind: 'complaint-feed' as const, title: this.chrome.titleText,
      provenance: complaintProvenance(ctx.state, items, ctx.state.complaintsAt, ctx.now),
      channel: complaintFeedChannel(ctx.state),
      district: ctx.state.selected,
      head: this.head.text,
      items: this.order.map((id, n) => ({ ...this.rows.get(id)!.model(), row: n })),
      message: this.foot.visible ? this.foot.text : '',
    };
  }

  destroy(): void {
    this.chrome.destroy();
    this.root.destroy({ children: true });
  }
}

export const complaintFeedPanel: PanelKind = {
  channels: (_panel, state) => [complaintFeedChannel(state), channels.sources()],
  create: (_panel, asset) => new ComplaintFeedView(asset),
};
