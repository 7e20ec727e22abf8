/**
 * @module wall/scene/panels/air-ranking-panel
 * The 25 gu ranked by the panel's metric, worst first, with a bar per gu. Each gu keeps its own row
 * objects; a new order only moves rows, so nothing is re-rasterized when the ranking changes.
 * Tapping a row selects the gu.
 */
import { BitmapText, Container, Graphics, type Text } from 'pixi.js';
import { channels, type Panel } from '../../../../server/contracts/index.ts';
import type { MapMetric } from '../../../../server/contracts/layout.ts';
import type { Area } from '../../map/geometry.ts';
import { fillOf, indexOf, PALETTE } from '../../state/colors.ts';
import type { Rect } from '../../state/frame.ts';
import { METRIC_LABELS } from '../../state/i18n.ts';
import { provenanceOf } from '../../state/provenance.ts';
import type { WallState } from '../../state/wall-state.ts';
import type { WallAction } from '../../state/actions.ts';
import type { PanelContext, PanelKind, PanelView } from '../panel-view.ts';
import { figure, fit, label, setText } from '../text.ts';
import { PanelChrome } from '../widgets/chrome.ts';
import { geometryOf } from './map-panel.ts';

const AIR_SOURCE = 'seoul-air';
const MIN_ROW = 48;

interface Row {
  area: Area;
  root: Container;
  rank: BitmapText;
  name: Text;
  bar: Graphics;
  value: BitmapText;
  drawn: string;
}

export function rankDistricts(state: WallState, areas: readonly Area[], metric: MapMetric): Area[] {
  const v = (a: Area): number => indexOf(state.air.get(a.code), metric) ?? -1;
  return [...areas].sort((a, b) => v(b) - v(a) || a.code.localeCompare(b.code));
}

class RankingView implements PanelView {
  readonly root = new Container();
  private readonly chrome = new PanelChrome();
  private readonly rows: Row[];
  private rowH = 0;
  private order: Area[] = [];
  private lang = '';

  constructor(areas: readonly Area[]) {
    this.rows = areas.map((area) => {
      const root = new Container();
      const rank = figure('', { size: 30, color: PALETTE.muted, align: 'right' });
      const name = label(area.nameKo, { size: 30 });
      const bar = new Graphics();
      const value = figure('—', { size: 30, weight: 'bold', align: 'right' });
      root.addChild(rank, name, bar, value);
      this.chrome.body.addChild(root);
      return { area, root, rank, name, bar, value, drawn: '' };
    });
    this.root.addChild(this.chrome.root);
  }

  update(panel: Panel, rect: Rect, ctx: PanelContext): void {
    const { state, lang, now } = ctx;
    const metric = panel.metric ?? 'cai';
    this.chrome.layout(rect);
    this.chrome.setTitle(panel.title?.[lang] ?? `${lang === 'ko' ? '자치구 대기질 순위' : 'Districts by air quality'} — ${METRIC_LABELS[metric][lang]}`);
    this.chrome.setProvenance(lang, [provenanceOf(state, AIR_SOURCE, state.airAt, now)], now);
    const inner = this.chrome.inner;
    // As many rows as the panel asks for and its height holds at a readable size.
    const limit = Math.max(1, Math.min(panel.limit ?? this.rows.length, this.rows.length, Math.floor(inner.h / MIN_ROW)));
    this.rowH = Math.min(64, inner.h / limit);
    this.order = rankDistricts(state, this.rows.map((r) => r.area), metric);
    const byCode = new Map(this.rows.map((r) => [r.area.code, r]));
    const max = Math.max(100, ...this.order.map((a) => indexOf(state.air.get(a.code), metric) ?? 0));
    const langChanged = this.lang !== lang;
    this.lang = lang;
    this.order.forEach((area, i) => {
      const row = byCode.get(area.code)!;
      if (langChanged) fit(row.name, lang === 'en' && area.nameEn ? area.nameEn : area.nameKo, 200);
      row.root.visible = i < limit;
      if (i >= limit) return;
      row.root.position.set(inner.x, inner.y + i * this.rowH);
      setText(row.rank, String(i + 1));
      const index = indexOf(state.air.get(area.code), metric);
      setText(row.value, index === null ? '—' : String(index));
      this.drawBar(row, index, max, fillOf(state.air.get(area.code), metric), inner.w, state.selected === area.code);
    });
  }

  private drawBar(row: Row, index: number | null, max: number, color: number, w: number, selected: boolean): void {
    const barX = 280;
    const barW = Math.max(0, w - barX - 110);
    const len = index === null ? 0 : Math.max(4, (index / max) * barW);
    const key = `${len}|${color}|${barW}|${selected}|${this.rowH}`;
    row.rank.position.set(44, 8);
    row.name.position.set(64, 8);
    row.value.position.set(w - 8, 8);
    if (row.drawn === key) return;
    row.drawn = key;
    const g = row.bar.clear();
    if (selected) g.roundRect(-8, 2, w + 16, this.rowH - 4, 8).stroke({ width: 3, color: PALETTE.selection });
    g.roundRect(barX, 14, barW, this.rowH - 28, 6).fill({ color: 0xffffff, alpha: 0.05 });
    if (len > 0) g.roundRect(barX, 14, len, this.rowH - 28, 6).fill({ color });
  }

  tap(_x: number, y: number): WallAction | null {
    const inner = this.chrome.inner;
    const i = Math.floor((y - this.chrome.rect.y - inner.y) / this.rowH);
    const area = this.order[i];
    return area && i >= 0 ? { type: 'district.select', code: area.code } : null;
  }

  model(ctx: PanelContext) {
    return {
      id: '', kind: 'air-ranking' as const, title: this.chrome.titleText,
      provenance: [provenanceOf(ctx.state, AIR_SOURCE, ctx.state.airAt, ctx.now)],
      items: this.order.map((a, i) => {
        const row = this.rows.find((r) => r.area.code === a.code)!;
        return { rank: i + 1, code: a.code, name: row.name.text, value: row.value.text, visible: row.root.visible };
      }),
    };
  }

  destroy(): void {
    this.chrome.destroy();
    this.root.destroy({ children: true });
  }
}

export const airRankingPanel: PanelKind = {
  channels: () => [channels.airCity(), channels.sources()],
  create: (_panel, asset) => new RankingView(geometryOf(asset).districts),
};
