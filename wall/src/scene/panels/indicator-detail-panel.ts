/**
 * @module wall/scene/panels/indicator-detail-panel
 * The indicator chosen in the grid (else the first of its area): who owns it and where its values
 * come from, the latest value against the baseline and the target, its series as a line with the
 * target dashed, and its latest period broken down by gu, age band or gender (tabs) — a value withheld
 * from the public shows as "suppressed", never as zero.
 */
import { Container, type Text } from 'pixi.js';
import type { Dimension, Indicator, Panel } from '../../../../server/contracts/index.ts';
import type { MapAsset } from '../../map/map-asset.ts';
import {
  detailIndicator, drillBars, drillDimension, drillPointOf, indicatorStatus, latestOf, lineOf, PROVENANCE_COLORS, ready, revisedText, STATUS_COLORS, valueText, valueWithUnit,
} from '../../state/admin-indicators.ts';
import { indicatorProvenance } from '../../state/admin-provenance.ts';
import { drillKey } from '../../state/admin-state.ts';
import type { WallAction } from '../../state/actions.ts';
import { PALETTE } from '../../state/colors.ts';
import type { Rect } from '../../state/frame.ts';
import { AGE_LABELS, t, type Word } from '../../state/i18n.ts';
import type { Provenance } from '../../state/provenance.ts';
import type { PanelContext, PanelKind, PanelView } from '../panel-view.ts';
import { fit, label } from '../text.ts';
import { BarRow, syncRows } from '../widgets/bar-row.ts';
import { PanelChrome } from '../widgets/chrome.ts';
import { Chip } from '../widgets/chip.ts';
import { KpiStrip } from '../widgets/kpi-strip.ts';
import { TabRow } from '../widgets/tab-row.ts';
import { TrendLine } from '../widgets/trend-line.ts';
import { districtNames } from './complaint-feed-panel.ts';
import { STATUS_WORDS } from './indicator-grid-panel.ts';

type Names = ReadonlyMap<string, { ko: string; en: string }>;

const DIMENSIONS: ReadonlyArray<readonly [Dimension, Word]> = [['district', 'byDistrict'], ['age', 'byAge'], ['gender', 'byGender']];
const STRIP_H = 150;
const TAB_H = 56;

class IndicatorDetailView implements PanelView {
  readonly root = new Container();
  private readonly chrome = new PanelChrome();
  private readonly about: Text = label('', { size: 24, color: PALETTE.muted });
  private readonly tag = new Chip(20);
  private readonly strip = new KpiStrip(4);
  private readonly trend = new TrendLine();
  private readonly from: Text = label('', { size: 20, color: PALETTE.muted });
  private readonly to: Text = label('', { size: 20, color: PALETTE.muted, align: 'right' });
  private readonly tabs = new TabRow(24);
  private readonly drillHead: Text = label('', { size: 24, weight: 'bold', color: PALETTE.muted });
  private readonly message: Text = label('', { size: 28, color: PALETTE.muted });
  private readonly rows = new Map<string, BarRow>();
  private shown: BarRow[] = [];
  private provenance: Provenance[] = [];
  private indicator: Indicator | null = null;
  private by: Dimension | null = null;
  private readonly names: Names;

  constructor(asset: MapAsset) {
    this.names = districtNames(asset);
    this.chrome.body.addChild(this.about, this.tag.root, this.strip.root, this.trend.root, this.from, this.to, this.tabs.root, this.drillHead, this.message);
    this.root.addChild(this.chrome.root);
  }

  private cellName(by: Dimension, cell: string, lang: 'ko' | 'en'): string {
    if (by === 'district') return this.names.get(cell)?.[lang] ?? cell;
    if (by === 'age') return AGE_LABELS[cell]?.[lang] ?? cell;
    return cell === 'male' || cell === 'female' ? t(lang, cell) : cell;
  }

  update(panel: Panel, rect: Rect, ctx: PanelContext): void {
    const { state, lang, now } = ctx;
    this.chrome.layout(rect);
    const inner = this.chrome.inner;
    const ind = detailIndicator(state);
    this.indicator = ind;
    const base = panel.title?.[lang] ?? t(lang, 'indicatorDetail');
    this.chrome.setTitle(ind ? `${base} — ${ind.name[lang]}` : base);
    const loaded = ind ? state.indicatorSeries.get(ind.id) : undefined;
    const data = ready(loaded);
    this.provenance = ind ? [{ ...indicatorProvenance(lang, [ind], data?.asOf ?? null), source: `${ind.source.name[lang]} · ${t(lang, ind.provenance.kind)}` }] : [];
    this.chrome.setProvenance(lang, this.provenance, now);
    for (const o of [this.about, this.tag.root, this.strip.root, this.trend.root, this.from, this.to, this.tabs.root, this.drillHead]) o.visible = ind !== null;
    this.message.visible = ind === null;
    if (!ind) {
      fit(this.message, state.indicatorCatalogue?.status === 'error' ? t(lang, 'loadFailed') : t(lang, 'tapIndicator'), inner.w);
      this.message.position.set(inner.x, inner.y + 20);
      this.shown = syncRows(this.rows, [], this.chrome.body);
      this.by = null;
      return;
    }
    this.tag.set(t(lang, ind.provenance.kind), PROVENANCE_COLORS[ind.provenance.kind]);
    this.tag.root.position.set(inner.x + inner.w - this.tag.width, inner.y);
    fit(this.about, `${ind.owner[lang]} · ${ind.source.name[lang]}`, inner.w - this.tag.width - 20);
    this.about.position.set(inner.x, inner.y + 2);

    const series = data?.series ?? [];
    const latest = latestOf(series);
    const status = indicatorStatus(ind.id, ready(state.pledges));
    const revised = revisedText(lang, ind, latest);
    this.strip.update({ x: inner.x, y: inner.y + 50, w: inner.w, h: STRIP_H - 20 }, [
      {
        caption: `${t(lang, 'latest')} ${latest?.period ?? ''}`,
        value: latest === null ? '—' : latest.value === null ? t(lang, 'suppressed') : valueText(lang, ind, latest.value),
        valueColor: revised ? PALETTE.stale : PALETTE.text,
        detail: revised || ind.unit[lang],
      },
      { caption: `${t(lang, 'baseline')} ${ind.baseline.period}`, value: valueText(lang, ind, ind.baseline.value), detail: ind.unit[lang] },
      { caption: `${t(lang, 'targetBy')} ${ind.target.deadline}`, value: valueText(lang, ind, ind.target.value), detail: ind.unit[lang] },
      { caption: t(lang, 'status'), value: t(lang, STATUS_WORDS[status]), valueColor: STATUS_COLORS[status], detail: t(lang, ind.polarity === 'up' ? 'higherBetter' : 'lowerBetter') },
    ]);

    const chartTop = inner.y + 50 + STRIP_H;
    const chartH = Math.max(120, inner.h * 0.24);
    this.trend.root.position.set(inner.x, chartTop);
    this.trend.draw({ values: lineOf(series), color: STATUS_COLORS[status] === STATUS_COLORS['no-data'] ? 0x7dd3fc : STATUS_COLORS[status], target: ind.target.value, width: 4 }, inner.w, chartH);
    fit(this.from, series[0]?.period ?? '', inner.w / 2);
    fit(this.to, `${latest?.period ?? ''}  ·  - - ${t(lang, 'target')} ${valueWithUnit(lang, ind, ind.target.value)}`, inner.w / 2);
    this.from.position.set(inner.x, chartTop + chartH + 6);
    this.to.position.set(inner.x + inner.w, chartTop + chartH + 6);

    const tabsTop = chartTop + chartH + 46;
    const by = drillDimension(ind, state.drillBy);
    this.by = by;
    this.tabs.update(DIMENSIONS.map(([d, w]) => ({ key: d, label: t(lang, w), active: d === by, enabled: ind.dimensions.includes(d) })), { x: inner.x, y: tabsTop, w: inner.w, h: TAB_H });
    // the period a command asked for, else the latest
    const point = drillPointOf(series, state.drillPeriod);
    const drill = by && point ? state.drilldowns.get(drillKey(ind.id, point.period, by)) : undefined;
    const asked = state.drillPeriod;
    const noFigure = data !== null && point === null && asked !== null;
    const d = ready(drill);
    const { total, bars } = d ? drillBars(d) : { total: null, bars: [] };
    const anySuppressed = bars.some((b) => b.suppressed);
    const headTop = tabsTop + TAB_H + 14;
    const headText = by === null ? t(lang, 'notBrokenDown')
      : noFigure ? `${t(lang, 'noFigureFor')} ${asked.from} – ${asked.to}`
      : drill?.status === 'error' ? t(lang, 'loadFailed')
      : d === null ? t(lang, 'loading')
      : `${d.period} · ${t(lang, 'total')} ${total?.value === null || total === null ? t(lang, 'suppressed') : valueWithUnit(lang, ind, total.value)}${anySuppressed ? ` · ${t(lang, 'suppressedNote')}` : ''}`;
    fit(this.drillHead, headText, inner.w);
    this.drillHead.position.set(inner.x, headTop);

    const barsTop = headTop + 44;
    const room = inner.y + inner.h - barsTop;
    const columns = bars.length > 10 ? 2 : 1;
    const perColumn = Math.ceil(bars.length / columns);
    const rowH = Math.min(60, room / Math.max(1, perColumn));
    const fitting = Math.max(0, Math.floor(room / Math.max(1, rowH))) * columns;
    const shownBars = bars.slice(0, fitting);
    const max = Math.max(0, ...shownBars.map((b) => b.value ?? 0));
    const colW = (inner.w - (columns - 1) * 40) / columns;
    this.shown = syncRows(this.rows, shownBars.map((b) => `${by}:${b.key}`), this.chrome.body, Math.round(Math.min(26, rowH * 0.6)));
    this.shown.forEach((row, i) => {
      const b = shownBars[i]!;
      const col = Math.floor(i / perColumn);
      row.root.position.set(inner.x + col * (colW + 40), barsTop + (i % perColumn) * rowH);
      row.update({
        label: this.cellName(by!, b.cell, lang), detail: '', nameShare: 0.3, valueWidth: 200,
        value: b.suppressed ? t(lang, 'suppressed') : b.value === null ? '—' : valueText(lang, ind, b.value),
        valueColor: b.suppressed ? PALETTE.muted : PALETTE.text,
        fraction: b.value === null || max === 0 ? 0 : b.value / max,
        color: b.suppressed ? PALETTE.noData : 0x7dd3fc,
        ...(by === 'district' && state.selected === b.cell ? { highlight: 'selected' as const } : {}),
      }, colW, rowH);
    });
  }

  tap(x: number, y: number): WallAction | null {
    const by = this.tabs.hit(x - this.chrome.rect.x, y - this.chrome.rect.y);
    return by ? { type: 'indicator.drill', by: by as Dimension } : null;
  }

  model() {
    return {
      id: '', kind: 'indicator-detail' as const, title: this.chrome.titleText, provenance: this.provenance,
      indicator: this.indicator?.id ?? null, summary: this.strip.model(), tabs: this.tabs.model(), drill: this.drillHead.text,
      by: this.by,
      items: this.shown.map((r) => r.model()),
    };
  }

  destroy(): void {
    this.chrome.destroy();
    this.root.destroy({ children: true });
  }
}

export const indicatorDetailPanel: PanelKind = { channels: () => [], create: (_panel, asset) => new IndicatorDetailView(asset) };
