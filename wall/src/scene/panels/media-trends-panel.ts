/**
 * @module wall/scene/panels/media-trends-panel
 * What the city is talking about today in news and social media: the terms counted against their
 * own baseline (the tick on each bar), rising ones first and marked, each with its language and the
 * gu its items mention — city-wide, or the selected gu's own list.
 */
import { Container, type Text } from 'pixi.js';
import { channels, type Language, type Panel, type TrendTerm } from '../../../../server/contracts/index.ts';
import type { MapAsset } from '../../map/map-asset.ts';
import { PALETTE } from '../../state/colors.ts';
import type { Rect } from '../../state/frame.ts';
import { numberText, t } from '../../state/i18n.ts';
import { trendProvenance } from '../../state/opinion-provenance.ts';
import { rankedTerms, TRENDS_CHANNEL } from '../../state/trends.ts';
import type { PanelContext, PanelKind, PanelView } from '../panel-view.ts';
import { fit, label } from '../text.ts';
import { BarRow, syncRows } from '../widgets/bar-row.ts';
import { PanelChrome } from '../widgets/chrome.ts';
import { districtNames } from './complaint-feed-panel.ts';

const HEAD_H = 48;
const MIN_ROW = 60;
const MAX_ROW = 80;
export const RISING_TERM_COLOR = 0xf472b6;

type Names = ReadonlyMap<string, { ko: string; en: string }>;

function termDetail(term: TrendTerm, lang: Language, names: Names, city: boolean): string {
  const vs = lang === 'ko' ? `평소 ${term.baseline.toFixed(1)}건` : `usually ${term.baseline.toFixed(1)}`;
  const where = city ? term.districts.slice(0, 2).map((d) => names.get(d)?.[lang] ?? d).join(', ') : '';
  return [term.rising ? t(lang, 'trending') : '', term.language.toUpperCase(), vs, where].filter(Boolean).join(' · ');
}

class MediaTrendsView implements PanelView {
  readonly root = new Container();
  private readonly chrome = new PanelChrome();
  private readonly head: Text = label('', { size: 24, color: PALETTE.muted });
  private readonly empty: Text = label('', { size: 28, color: PALETTE.muted });
  private readonly rows = new Map<string, BarRow>();
  private shown: Array<{ row: BarRow; term: TrendTerm }> = [];
  private readonly names: Names;

  constructor(asset: MapAsset) {
    this.names = districtNames(asset);
    this.chrome.body.addChild(this.head, this.empty);
    this.root.addChild(this.chrome.root);
  }

  update(panel: Panel, rect: Rect, ctx: PanelContext): void {
    const { state, lang, now } = ctx;
    this.chrome.layout(rect);
    const district = state.selected;
    const gu = district ? ` — ${this.names.get(district)?.[lang] ?? district}` : '';
    this.chrome.setTitle(`${panel.title?.[lang] ?? t(lang, 'mediaTrends')}${gu}`);
    const inner = this.chrome.inner;
    const board = state.trends;
    fit(this.head, board ? (lang === 'ko' ? `${board.day} · 오늘 ${numberText(lang, board.itemCount)}건 · 기준 ${board.baselineDays}일` : `${board.day} · ${numberText(lang, board.itemCount)} items today · ${board.baselineDays}-day baseline`) : '', inner.w);
    this.head.position.set(inner.x, inner.y);
    const room = inner.h - HEAD_H - 40;
    const limit = Math.max(0, Math.min(panel.limit ?? 10, Math.floor(room / MIN_ROW)));
    const terms = rankedTerms(board, district, limit);
    this.chrome.setProvenance(lang, trendProvenance(state, terms, now), now);
    const max = Math.max(1, ...terms.map((x) => Math.max(x.count, x.baseline)));
    const rowH = Math.min(MAX_ROW, room / Math.max(1, terms.length));
    const rows = syncRows(this.rows, terms.map((x) => `${x.language}|${x.term}`), this.chrome.body);
    this.shown = rows.map((row, i) => {
      const term = terms[i]!;
      row.root.position.set(inner.x, inner.y + HEAD_H + i * rowH);
      row.update({
        label: term.term, detail: termDetail(term, lang, this.names, district === null), value: numberText(lang, term.count),
        fraction: term.count / max, target: term.baseline / max, color: term.rising ? RISING_TERM_COLOR : PALETTE.accent, nameShare: 0.55,
        ...(term.rising ? { valueColor: RISING_TERM_COLOR } : {}),
      }, inner.w, rowH);
      return { row, term };
    });
    const message = board === null ? t(lang, 'awaiting') : terms.length === 0 ? t(lang, 'noTrends') : '';
    this.empty.visible = message !== '';
    fit(this.empty, message, inner.w);
    this.empty.position.set(inner.x, inner.y + HEAD_H + terms.length * rowH + 4);
  }

  tap(): null {
    return null;
  }

  model(ctx: PanelContext) {
    return {
      id: '', kind: 'media-trends' as const, title: this.chrome.titleText,
      provenance: trendProvenance(ctx.state, this.shown.map((s) => s.term), ctx.now),
      head: this.head.text, district: ctx.state.selected,
      items: this.shown.map(({ row, term }) => ({ ...row.model(), term: term.term, count: term.count, rising: term.rising, language: term.language })),
      message: this.empty.visible ? this.empty.text : '',
    };
  }

  destroy(): void {
    this.chrome.destroy();
    this.root.destroy({ children: true });
  }
}

export const mediaTrendsPanel: PanelKind = {
  channels: () => [TRENDS_CHANNEL, channels.sources()],
  create: (_panel, asset) => new MediaTrendsView(asset),
};
