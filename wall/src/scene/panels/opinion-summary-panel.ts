/**
 * @module wall/scene/panels/opinion-summary-panel
 * "Citizen opinion" at a glance (the `citizen-opinion` kind, for overview screens): complaints
 * received and open, the share answered on time against the target, the rising issues of the day,
 * and beneath, the strongest rising issues and the terms rising in news and social media.
 */
import { Container, type Text } from 'pixi.js';
import { channels, type Language, type Panel } from '../../../../server/contracts/index.ts';
import type { MapAsset } from '../../map/map-asset.ts';
import { PALETTE } from '../../state/colors.ts';
import { categoryName } from '../../state/complaint-categories.ts';
import { COMPLAINT_TARGETS } from '../../state/complaint-sla.ts';
import { complaintChannels, complaintKpiOf, risingIssues, windowDays } from '../../state/complaints.ts';
import type { Rect } from '../../state/frame.ts';
import { numberText, percentText, t } from '../../state/i18n.ts';
import { complaintKpiProvenance, trendProvenance } from '../../state/opinion-provenance.ts';
import { rankedTerms, TRENDS_CHANNEL } from '../../state/trends.ts';
import type { WallState } from '../../state/wall-state.ts';
import type { PanelContext, PanelKind, PanelView } from '../panel-view.ts';
import { fit, label } from '../text.ts';
import { PanelChrome } from '../widgets/chrome.ts';
import { KpiStrip, type KpiCell } from '../widgets/kpi-strip.ts';
import { ratioText } from './rising-issues-panel.ts';
import { districtNames } from './complaint-feed-panel.ts';

const STRIP_H = 160;
const LINES = 4;

type Names = ReadonlyMap<string, { ko: string; en: string }>;

function opinionCells(state: WallState, lang: Language, names: Names): KpiCell[] {
  const k = complaintKpiOf(state, state.selected) ?? complaintKpiOf(state, null);
  const share = k?.shareWithinSla ?? null;
  const rising = risingIssues(state, null);
  const top = rising[0];
  const received: KpiCell = {
    caption: lang === 'ko' ? `민원 접수 (${k ? windowDays(k) : 30}일)` : `Complaints (${k ? windowDays(k) : 30} days)`,
    value: k ? numberText(lang, k.received) : '—',
    detail: k ? `${t(lang, 'openComplaints')} ${numberText(lang, k.open)} · ${t(lang, 'overdue')} ${numberText(lang, k.overdue)}` : t(lang, 'awaiting'),
  };
  const onTime: KpiCell = { caption: t(lang, 'answeredOnTime'), value: share === null ? '—' : percentText(share), detail: `${t(lang, 'target')} ${percentText(COMPLAINT_TARGETS.shareWithinSla, 1)}` };
  if (share !== null) onTime.valueColor = share >= COMPLAINT_TARGETS.shareWithinSla ? PALETTE.ok : PALETTE.stale;
  const risingCell: KpiCell = {
    caption: t(lang, 'risingIssues'),
    value: state.risingAt === null ? '—' : numberText(lang, rising.length),
    valueColor: rising.length > 0 ? PALETTE.stale : PALETTE.text,
    detail: top ? `${names.get(top.district)?.[lang] ?? top.district} · ${categoryName(top.category, lang)} ${ratioText(top)}` : state.risingAt === null ? t(lang, 'awaiting') : t(lang, 'noRising'),
  };
  return [received, onTime, risingCell];
}

class OpinionSummaryView implements PanelView {
  readonly root = new Container();
  private readonly chrome = new PanelChrome();
  private readonly strip = new KpiStrip(3);
  private readonly heads: [Text, Text] = [label('', { size: 24, weight: 'bold', color: PALETTE.muted }), label('', { size: 24, weight: 'bold', color: PALETTE.muted })];
  private readonly lines: Text[][] = [0, 1].map(() => Array.from({ length: LINES }, () => label('', { size: 26 })));
  private readonly names: Names;

  constructor(asset: MapAsset) {
    this.names = districtNames(asset);
    this.chrome.body.addChild(this.strip.root, ...this.heads, ...this.lines.flat());
    this.root.addChild(this.chrome.root);
  }

  private texts(state: WallState, lang: Language): [string[], string[]] {
    const rising = risingIssues(state, null).slice(0, LINES).map((i) => `${this.names.get(i.district)?.[lang] ?? i.district} · ${categoryName(i.category, lang)}  ${ratioText(i)}`);
    const terms = rankedTerms(state.trends, null, LINES).map((x) => `${x.term}  ${numberText(lang, x.count)}${x.rising ? ` ▲` : ''}`);
    return [rising, terms];
  }

  update(panel: Panel, rect: Rect, ctx: PanelContext): void {
    const { state, lang, now } = ctx;
    this.chrome.layout(rect);
    this.chrome.setTitle(panel.title?.[lang] ?? t(lang, 'opinion'));
    this.chrome.setProvenance(lang, [...complaintKpiProvenance(state, state.complaintKpisAt, now), ...trendProvenance(state, [], now)], now);
    const inner = this.chrome.inner;
    this.strip.update({ x: inner.x, y: inner.y, w: inner.w, h: STRIP_H - 20 }, opinionCells(state, lang, this.names));
    const room = inner.h - STRIP_H - 40;
    const fits = Math.max(0, Math.min(LINES, Math.floor(room / 40)));
    const colW = (inner.w - 40) / 2;
    const [rising, terms] = this.texts(state, lang);
    [[t(lang, 'risingIssues'), rising], [t(lang, 'mediaTrends'), terms]].forEach(([head, list], c) => {
      const x = inner.x + c * (colW + 40);
      const h = this.heads[c]!;
      h.visible = fits > 0;
      fit(h, head as string, colW);
      h.position.set(x, inner.y + STRIP_H);
      this.lines[c]!.forEach((line, i) => {
        line.visible = i < fits;
        fit(line, (list as string[])[i] ?? '', colW);
        line.position.set(x, inner.y + STRIP_H + 40 + i * 40);
      });
    });
  }

  tap(): null {
    return null;
  }

  model(ctx: PanelContext) {
    return {
      id: '', kind: 'citizen-opinion' as const, title: this.chrome.titleText,
      provenance: [...complaintKpiProvenance(ctx.state, ctx.state.complaintKpisAt, ctx.now), ...trendProvenance(ctx.state, [], ctx.now)],
      summary: this.strip.model(),
      items: this.lines.flatMap((col, c) => col.filter((l) => l.visible && l.text !== '').map((l) => ({ column: c === 0 ? 'rising' : 'trends', text: l.text }))),
    };
  }

  destroy(): void {
    this.chrome.destroy();
    this.root.destroy({ children: true });
  }
}

export const citizenOpinionPanel: PanelKind = {
  channels: (_panel, state) => [...complaintChannels(state), TRENDS_CHANNEL, channels.sources()],
  create: (_panel, asset) => new OpinionSummaryView(asset),
};
