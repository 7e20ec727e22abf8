/**
 * @module wall/scene/panels/complaint-sla-panel
 * Answer times: the share of complaints answered within their promised time against the plan's
 * target, the overdue and open backlog, the median time to answer and the reopen rate — of the city,
 * or of the gu selected on the map (a district head's own) — and beneath, the departments furthest
 * behind, each with its share on time against the target tick.
 */
import { Container, type Text } from 'pixi.js';
import { channels, type Panel } from '../../../../server/contracts/index.ts';
import type { MapAsset } from '../../map/map-asset.ts';
import { PALETTE } from '../../state/colors.ts';
import { COMPLAINT_TARGETS, departmentLines, slaSummary } from '../../state/complaint-sla.ts';
import { complaintFeedChannel } from '../../state/complaints.ts';
import type { Rect } from '../../state/frame.ts';
import { t } from '../../state/i18n.ts';
import { complaintKpiProvenance } from '../../state/opinion-provenance.ts';
import type { PanelContext, PanelKind, PanelView } from '../panel-view.ts';
import { fit, label } from '../text.ts';
import { BarRow, syncRows } from '../widgets/bar-row.ts';
import { PanelChrome } from '../widgets/chrome.ts';
import { KpiStrip } from '../widgets/kpi-strip.ts';
import { districtNames } from './complaint-feed-panel.ts';

const STRIP_H = 160;
const ROW_H = 72;
const DEPARTMENTS = 5;

class ComplaintSlaView implements PanelView {
  readonly root = new Container();
  private readonly chrome = new PanelChrome();
  private readonly strip = new KpiStrip(5);
  private readonly heading: Text = label('', { size: 26, weight: 'bold', color: PALETTE.muted });
  private readonly rows = new Map<string, BarRow>();
  private shown: BarRow[] = [];
  private readonly names: ReadonlyMap<string, { ko: string; en: string }>;

  constructor(asset: MapAsset) {
    this.names = districtNames(asset);
    this.chrome.body.addChild(this.strip.root, this.heading);
    this.root.addChild(this.chrome.root);
  }

  update(panel: Panel, rect: Rect, ctx: PanelContext): void {
    const { state, lang, now } = ctx;
    this.chrome.layout(rect);
    const district = state.selected;
    const gu = district ? ` — ${this.names.get(district)?.[lang] ?? district}` : '';
    this.chrome.setTitle(`${panel.title?.[lang] ?? t(lang, 'slaStatus')}${gu}`);
    this.chrome.setProvenance(lang, complaintKpiProvenance(state, state.complaintKpisAt, now), now);
    const inner = this.chrome.inner;
    this.strip.update({ x: inner.x, y: inner.y, w: inner.w, h: STRIP_H - 20 }, slaSummary(state, lang, district));
    const top = inner.y + STRIP_H;
    const room = inner.h - STRIP_H - 48;
    const limit = Math.max(0, Math.min(panel.limit ?? DEPARTMENTS, Math.floor(room / 56)));
    const lines = departmentLines(state, lang, limit);
    this.heading.visible = lines.length > 0;
    fit(this.heading, `${t(lang, 'worstDepartments')} (${t(lang, 'cityWide')}) · ${t(lang, 'target')} ${Math.round(COMPLAINT_TARGETS.shareWithinSla * 1000) / 10}%`, inner.w);
    this.heading.position.set(inner.x, top);
    const rowH = Math.min(ROW_H, room / Math.max(1, lines.length));
    this.shown = syncRows(this.rows, lines.map((l) => l.name), this.chrome.body);
    this.shown.forEach((row, i) => {
      const l = lines[i]!;
      row.root.position.set(inner.x, top + 48 + i * rowH);
      row.update({
        label: l.name, detail: l.detail, value: l.shareText, fraction: l.share ?? 0, target: COMPLAINT_TARGETS.shareWithinSla,
        color: l.behind ? PALETTE.stale : PALETTE.ok, valueColor: l.behind ? PALETTE.stale : PALETTE.text,
      }, inner.w, rowH);
    });
  }

  tap(): null {
    return null;
  }

  model(ctx: PanelContext) {
    return {
      id: '', kind: 'complaint-sla' as const, title: this.chrome.titleText,
      provenance: complaintKpiProvenance(ctx.state, ctx.state.complaintKpisAt, ctx.now),
      summary: this.strip.model(),
      items: this.shown.map((r) => r.model()),
    };
  }

  destroy(): void {
    this.chrome.destroy();
    this.root.destroy({ children: true });
  }
}

export const complaintSlaPanel: PanelKind = {
  channels: (_panel, state) => [channels.complaintKpis(), complaintFeedChannel(state), channels.sources()],
  create: (_panel, asset) => new ComplaintSlaView(asset),
};
