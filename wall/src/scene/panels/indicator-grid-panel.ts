/**
 * @module wall/scene/panels/indicator-grid-panel
 * The policy indicators, one plan area at a time (tabs across the top): each a cell with its latest
 * value, its series, its target status colour, its provenance tag and a revision note. A tap on a tab
 * shows that area; a tap on a cell opens the indicator in the detail panel.
 */
import { Container, type Text } from 'pixi.js';
import type { Indicator, Panel, PlanAreaId } from '../../../../server/contracts/index.ts';
import {
  areasWithIndicators, catalogueOf, detailIndicator, indicatorStatus, latestOf, lineOf, PROVENANCE_COLORS, ready, revisedText, shownArea, STATUS_COLORS, valueText,
  type IndicatorStatus,
} from '../../state/admin-indicators.ts';
import { indicatorProvenance } from '../../state/admin-provenance.ts';
import type { WallAction } from '../../state/actions.ts';
import { PALETTE } from '../../state/colors.ts';
import type { Rect } from '../../state/frame.ts';
import { PLAN_AREA_LABELS, t, type Word } from '../../state/i18n.ts';
import type { Provenance } from '../../state/provenance.ts';
import type { PanelContext, PanelKind, PanelView } from '../panel-view.ts';
import { fit, label } from '../text.ts';
import { PanelChrome } from '../widgets/chrome.ts';
import { IndicatorCell } from '../widgets/indicator-cell.ts';
import { TabRow } from '../widgets/tab-row.ts';

const TAB_H = 60;
const GAP = 16;

export const STATUS_WORDS: Readonly<Record<IndicatorStatus, Word>> = {
  'on-track': 'onTrack', 'at-risk': 'atRisk', 'off-track': 'offTrack', 'no-data': 'noData', 'not-in-plan': 'notInPlan',
};

class IndicatorGridView implements PanelView {
  readonly root = new Container();
  private readonly chrome = new PanelChrome();
  private readonly tabs = new TabRow(24);
  private readonly message: Text = label('', { size: 30, color: PALETTE.muted });
  private readonly cells = new Map<string, IndicatorCell>();
  private shown: Array<{ cell: IndicatorCell; rect: Rect }> = [];
  private provenance: Provenance[] = [];
  private area: PlanAreaId | null = null;

  constructor() {
    this.chrome.body.addChild(this.tabs.root, this.message);
    this.root.addChild(this.chrome.root);
  }

  update(panel: Panel, rect: Rect, ctx: PanelContext): void {
    const { state, lang, now } = ctx;
    this.chrome.layout(rect);
    const inner = this.chrome.inner;
    const all = catalogueOf(state);
    const area = shownArea(state);
    this.area = area;
    const areas = areasWithIndicators(all);
    const list: Indicator[] = areas.find((a) => a.area === area)?.indicators ?? [];
    this.chrome.setTitle(`${panel.title?.[lang] ?? t(lang, 'indicatorGrid')} — ${all.length} ${t(lang, 'indicators')}`);
    const board = ready(state.pledges);
    const asOf = list.map((i) => ready(state.indicatorSeries.get(i.id))?.asOf).find((a) => a !== undefined) ?? null;
    this.provenance = all.length > 0 ? [indicatorProvenance(lang, list, asOf)] : [];
    this.chrome.setProvenance(lang, this.provenance, now);
    this.tabs.update(areas.map((a) => ({ key: a.area, label: `${PLAN_AREA_LABELS[a.area][lang]} ${a.indicators.length}`, active: a.area === area, enabled: true })), { x: inner.x, y: inner.y, w: inner.w, h: TAB_H });
    const cat = state.indicatorCatalogue;
    this.message.visible = list.length === 0;
    if (this.message.visible) fit(this.message, cat?.status === 'error' ? t(lang, 'loadFailed') : t(lang, 'loading'), inner.w);
    this.message.position.set(inner.x, inner.y + TAB_H + 30);

    const cols = Math.max(1, Math.min(list.length <= 6 ? 3 : 4, Math.floor(inner.w / 480)));
    const rows = Math.max(1, Math.ceil(list.length / cols));
    const top = inner.y + TAB_H + GAP;
    const cw = (inner.w - GAP * (cols - 1)) / cols;
    const ch = Math.min(320, (inner.h - TAB_H - GAP - GAP * (rows - 1)) / rows);
    const wanted = new Set(list.map((i) => i.id));
    for (const [id, c] of this.cells) {
      if (wanted.has(id)) continue;
      c.destroy();
      this.cells.delete(id);
    }
    const selected = detailIndicator(state)?.id ?? null;
    this.shown = list.map((ind, k) => {
      let cell = this.cells.get(ind.id);
      if (!cell) {
        cell = new IndicatorCell(ind.id);
        this.cells.set(ind.id, cell);
        this.chrome.body.addChild(cell.root);
      }
      const r: Rect = { x: inner.x + (k % cols) * (cw + GAP), y: top + Math.floor(k / cols) * (ch + GAP), w: cw, h: ch };
      cell.root.position.set(r.x, r.y);
      const loaded = state.indicatorSeries.get(ind.id);
      const series = ready(loaded)?.series ?? [];
      const latest = latestOf(series);
      const status = indicatorStatus(ind.id, board);
      const value = latest === null ? (loaded?.status === 'error' ? '!' : '…') : latest.value === null ? t(lang, 'suppressed') : valueText(lang, ind, latest.value);
      cell.update({
        name: ind.name[lang], value, unit: latest?.value === null || latest === null ? '' : ind.unit[lang], period: latest?.period ?? '',
        statusText: t(lang, STATUS_WORDS[status]), statusColor: STATUS_COLORS[status],
        tag: t(lang, ind.provenance.kind), tagColor: PROVENANCE_COLORS[ind.provenance.kind],
        revised: revisedText(lang, ind, latest), line: lineOf(series.slice(-36)), target: ind.target.value, selected: ind.id === selected,
      }, cw, ch);
      return { cell, rect: r };
    });
  }

  tap(x: number, y: number, ctx: PanelContext): WallAction | null {
    const lx = x - this.chrome.rect.x;
    const ly = y - this.chrome.rect.y;
    const tab = this.tabs.hit(lx, ly);
    if (tab) return { type: 'indicator.area', area: tab as PlanAreaId };
    const hit = this.shown.find(({ rect: r }) => lx >= r.x && lx < r.x + r.w && ly >= r.y && ly < r.y + r.h);
    if (!hit) return null;
    return { type: 'indicator.select', id: ctx.state.selectedIndicator === hit.cell.key ? null : hit.cell.key };
  }

  model() {
    return {
      id: '', kind: 'indicator-grid' as const, title: this.chrome.titleText, provenance: this.provenance,
      area: this.area, tabs: this.tabs.model(),
      cells: this.shown.map(({ rect }) => rect),
      items: this.shown.map(({ cell }) => cell.model()),
    };
  }

  destroy(): void {
    this.chrome.destroy();
    this.root.destroy({ children: true });
  }
}

export const indicatorGridPanel: PanelKind = { channels: () => [], create: () => new IndicatorGridView() };
