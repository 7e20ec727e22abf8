/**
 * @module wall/scene/panels/rising-issues-panel
 * The rising issues of the day: a gu and a category filed far more often than its own recent days
 * predict — gu · category, the count so far against what a whole day like it would bring (the tick
 * on the bar) and the ratio. An issue raised in the last 15 minutes is tagged NEW and flashes with
 * the wall clock; the selected gu's issues lead, outlined. Tapping one selects its gu (again: clears).
 */
import { Container, type Text } from 'pixi.js';
import { channels, type Panel, type RisingIssue } from '../../../../server/contracts/index.ts';
import type { MapAsset } from '../../map/map-asset.ts';
import type { WallAction } from '../../state/actions.ts';
import { PALETTE } from '../../state/colors.ts';
import { categoryName } from '../../state/complaint-categories.ts';
import { complaintFeedChannel, isNewRising, risingIssues, risingKey } from '../../state/complaints.ts';
import type { Rect } from '../../state/frame.ts';
import { numberText, t } from '../../state/i18n.ts';
import { complaintKpiProvenance } from '../../state/opinion-provenance.ts';
import type { PanelContext, PanelKind, PanelView } from '../panel-view.ts';
import { fit, label } from '../text.ts';
import { BarRow, syncRows } from '../widgets/bar-row.ts';
import { PanelChrome } from '../widgets/chrome.ts';
import { districtNames } from './complaint-feed-panel.ts';

const MIN_ROW = 64;
const MAX_ROW = 84;

/** "×4.4", or "+14" when nothing was expected. */
export const ratioText = (i: RisingIssue): string => (i.ratio === null ? `+${i.count}` : `×${i.ratio.toFixed(1)}`);

class RisingIssuesView implements PanelView {
  readonly root = new Container();
  private readonly chrome = new PanelChrome();
  private readonly empty: Text = label('', { size: 28, color: PALETTE.muted });
  private readonly rows = new Map<string, BarRow>();
  private shown: Array<{ row: BarRow; issue: RisingIssue; fresh: boolean }> = [];
  private rowH = MIN_ROW;
  private top = 0;
  private readonly names: ReadonlyMap<string, { ko: string; en: string }>;

  constructor(asset: MapAsset) {
    this.names = districtNames(asset);
    this.chrome.body.addChild(this.empty);
    this.root.addChild(this.chrome.root);
  }

  update(panel: Panel, rect: Rect, ctx: PanelContext): void {
    const { state, lang, now } = ctx;
    this.chrome.layout(rect);
    const all = risingIssues(state, state.selected);
    this.chrome.setTitle(`${panel.title?.[lang] ?? t(lang, 'risingIssues')}${all.length > 0 ? ` (${all.length})` : ''}`);
    this.chrome.setProvenance(lang, complaintKpiProvenance(state, state.risingAt, now), now);
    const inner = this.chrome.inner;
    this.top = inner.y;
    const limit = Math.max(0, Math.min(panel.limit ?? 20, Math.floor((inner.h - 40) / MIN_ROW)));
    const list = all.slice(0, limit);
    this.rowH = Math.min(MAX_ROW, (inner.h - 40) / Math.max(1, list.length));
    const scale = Math.max(1, ...list.map((i) => Math.max(i.count, i.expected)));
    const rows = syncRows(this.rows, list.map(risingKey), this.chrome.body);
    // Flashing follows the wall clock: on in even seconds.
    const flashOn = state.clock % 2 === 0;
    this.shown = rows.map((row, n) => {
      const i = list[n]!;
      const fresh = isNewRising(i, now);
      const gu = this.names.get(i.district)?.[lang] ?? i.district;
      const vs = lang === 'ko' ? `오늘 ${numberText(lang, i.count)}건 · ${t(lang, 'expected')} ${i.expected.toFixed(1)}건` : `${numberText(lang, i.count)} today vs ${i.expected.toFixed(1)} ${t(lang, 'expected')}`;
      row.root.position.set(inner.x, inner.y + n * this.rowH);
      const highlight = i.district === state.selected ? 'selected' : fresh && flashOn ? 'flash' : undefined;
      row.update({
        label: `${gu} · ${categoryName(i.category, lang)}`, detail: fresh ? `${t(lang, 'newIssue')} · ${vs}` : vs, value: ratioText(i),
        fraction: i.count / scale, target: i.expected / scale, color: PALETTE.stale, valueColor: PALETTE.stale, nameShare: 0.55, ...(highlight ? { highlight } : {}),
      }, inner.w, this.rowH);
      return { row, issue: i, fresh };
    });
    const more = all.length - list.length;
    const message = state.risingAt === null ? t(lang, 'awaiting') : all.length === 0 ? t(lang, 'noRising') : more > 0 ? (lang === 'ko' ? `외 ${more}건` : `and ${more} more`) : '';
    this.empty.visible = message !== '';
    fit(this.empty, message, inner.w);
    this.empty.position.set(inner.x, inner.y + list.length * this.rowH + 4);
  }

  tap(_x: number, y: number, ctx: PanelContext): WallAction | null {
    const n = Math.floor((y - this.chrome.rect.y - this.top) / this.rowH);
    const hit = n >= 0 ? this.shown[n] : undefined;
    if (!hit) return null;
    return { type: 'district.select', code: hit.issue.district === ctx.state.selected ? null : hit.issue.district };
  }

  model(ctx: PanelContext) {
    return {
      id: '', kind: 'rising-issues' as const, title: this.chrome.titleText,
      provenance: complaintKpiProvenance(ctx.state, ctx.state.risingAt, ctx.now),
      items: this.shown.map(({ row, issue, fresh }, n) => ({
        ...row.model(), district: issue.district, category: issue.category, count: issue.count, expected: issue.expected, new: fresh,
        x: this.chrome.rect.x + this.chrome.inner.x + this.chrome.inner.w / 2, y: this.chrome.rect.y + this.top + (n + 0.5) * this.rowH,
      })),
      message: this.empty.visible ? this.empty.text : '',
    };
  }

  destroy(): void {
    this.chrome.destroy();
    this.root.destroy({ children: true });
  }
}

export const risingIssuesPanel: PanelKind = {
  channels: (_panel, state) => [channels.complaintRising(), complaintFeedChannel(state), channels.sources()],
  create: (_panel, asset) => new RisingIssuesView(asset),
};
