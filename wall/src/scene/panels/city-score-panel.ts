/**
 * @module wall/scene/panels/city-score-panel
 * The city score (1.00 = every weighed indicator on target) of the latest month, its months as a
 * line, the indicators lifting it most and holding it back most (weight × (score − 1)), and the 25 gu
 * as tiles coloured by their score this month. A tap on a tile shows that gu's score and pulls (a
 * district head's own gu from the start); a second tap the city's again.
 */
import { BitmapText, Container, Graphics, type Text } from 'pixi.js';
import type { Panel } from '../../../../server/contracts/index.ts';
import type { MapAsset } from '../../map/map-asset.ts';
import { catalogueOf, ready } from '../../state/admin-indicators.ts';
import { planProvenance } from '../../state/admin-provenance.ts';
import { GU_GRID, GU_TILES, latestScore, pulls, scoreColor, scoreText, type Pull } from '../../state/admin-score.ts';
import type { WallAction } from '../../state/actions.ts';
import { PALETTE } from '../../state/colors.ts';
import type { Rect } from '../../state/frame.ts';
import { t } from '../../state/i18n.ts';
import type { Provenance } from '../../state/provenance.ts';
import type { PanelContext, PanelKind, PanelView } from '../panel-view.ts';
import { figure, fit, label, setText } from '../text.ts';
import { BarRow, syncRows } from '../widgets/bar-row.ts';
import { PanelChrome } from '../widgets/chrome.ts';
import { TrendLine } from '../widgets/trend-line.ts';
import { districtNames } from './complaint-feed-panel.ts';

const PULLS = 3;

interface Tile {
  code: string;
  bg: Graphics;
  name: Text;
  value: BitmapText;
  rect: Rect;
  drawn: string;
}

class CityScoreView implements PanelView {
  readonly root = new Container();
  private readonly chrome = new PanelChrome();
  private readonly caption: Text = label('', { size: 26, weight: 'bold', color: PALETTE.muted });
  private readonly score: BitmapText = figure('—', { size: 110, weight: 'bold' });
  private readonly onTarget: Text = label('', { size: 22, color: PALETTE.muted });
  private readonly trend = new TrendLine();
  private readonly upHead: Text = label('', { size: 24, weight: 'bold', color: PALETTE.muted });
  private readonly downHead: Text = label('', { size: 24, weight: 'bold', color: PALETTE.muted });
  private readonly tilesHead: Text = label('', { size: 24, weight: 'bold', color: PALETTE.muted });
  private readonly rows = new Map<string, BarRow>();
  private shown: BarRow[] = [];
  private readonly tiles: Tile[];
  private provenance: Provenance[] = [];
  private scope = 'city';
  private readonly names: ReadonlyMap<string, { ko: string; en: string }>;

  constructor(asset: MapAsset) {
    this.names = districtNames(asset);
    this.tiles = GU_TILES.map(([code]) => ({
      code, bg: new Graphics(), name: label('', { size: 17, weight: 'bold', align: 'center' }), value: figure('', { size: 22, weight: 'bold', align: 'center' }), rect: { x: 0, y: 0, w: 0, h: 0 }, drawn: '',
    }));
    this.chrome.body.addChild(this.caption, this.score, this.onTarget, this.trend.root, this.upHead, this.downHead, this.tilesHead, ...this.tiles.flatMap((x) => [x.bg, x.name, x.value]));
    this.root.addChild(this.chrome.root);
  }

  update(panel: Panel, rect: Rect, ctx: PanelContext): void {
    const { state, lang, now } = ctx;
    this.chrome.layout(rect);
    const inner = this.chrome.inner;
    const scope = state.selected ?? 'city';
    this.scope = scope;
    const gu = state.selected ? this.names.get(state.selected)?.[lang] ?? state.selected : null;
    this.chrome.setTitle(`${panel.title?.[lang] ?? t(lang, 'cityScore')}${gu ? ` — ${gu}` : ''}`);
    const held = state.cityScores.get(scope);
    const data = ready(held);
    const latest = latestScore(data);
    const catalogue = catalogueOf(state);
    const byId = new Map(catalogue.map((i) => [i.id, i]));
    this.provenance = [planProvenance(lang, 'scoreSource', (latest?.contributions ?? []).map((c) => byId.get(c.indicator)).filter((i) => i !== undefined), latest?.asOf ?? null)];
    this.chrome.setProvenance(lang, this.provenance, now);

    const leftW = inner.w * 0.22;
    fit(this.caption, `${gu ?? t(lang, 'cityWide')} · ${latest?.bucket ?? (held?.status === 'error' ? t(lang, 'loadFailed') : t(lang, 'loading'))}`, leftW);
    this.caption.position.set(inner.x, inner.y);
    setText(this.score, scoreText(latest?.score ?? null), latest ? scoreColor(latest.score) : PALETTE.muted);
    this.score.position.set(inner.x, inner.y + 40);
    fit(this.onTarget, t(lang, 'onTarget'), leftW);
    this.onTarget.position.set(inner.x, inner.y + 160);
    const lineTop = inner.y + 210;
    this.trend.root.position.set(inner.x, lineTop);
    const months = (data?.rollups ?? []).map((r) => r.score);
    this.trend.draw({ values: months, color: PALETTE.accent, target: 1 }, leftW - 20, Math.max(60, inner.y + inner.h - lineTop - 10));

    const midX = inner.x + leftW + 30;
    const midW = inner.w * 0.36;
    const { up, down } = pulls(latest, PULLS);
    const rowH = Math.min(56, (inner.h - 100) / (2 * PULLS));
    fit(this.upHead, `${t(lang, 'lifting')}${up.length === 0 ? ` — ${t(lang, 'noneAbove')}` : ''}`, midW);
    this.upHead.position.set(midX, inner.y);
    const downTop = inner.y + 44 + PULLS * rowH + 12;
    fit(this.downHead, t(lang, 'dragging'), midW);
    this.downHead.position.set(midX, downTop);
    const biggest = Math.max(1e-9, ...[...up, ...down].map((p) => Math.abs(p.pull)));
    const rowsOf = (list: Pull[], top: number, sign: 'up' | 'down') => list.map((p, i) => ({ key: `${sign}:${p.indicator}`, p, y: top + 44 + i * rowH, sign }));
    const placed = [...rowsOf(up, inner.y, 'up'), ...rowsOf(down, downTop, 'down')];
    this.shown = syncRows(this.rows, placed.map((x) => x.key), this.chrome.body, 22);
    this.shown.forEach((row, i) => {
      const { p, y, sign } = placed[i]!;
      row.root.position.set(midX, y);
      row.update({
        label: byId.get(p.indicator)?.name[lang] ?? p.indicator, detail: '', nameShare: 0.5, valueWidth: 130,
        value: `${p.pull > 0 ? '+' : '−'}${Math.abs(p.pull).toFixed(3)}`,
        fraction: Math.abs(p.pull) / biggest, color: sign === 'up' ? PALETTE.ok : 0xe5484d,
      }, midW, rowH);
    });

    const mapX = midX + midW + 40;
    const mapW = inner.x + inner.w - mapX;
    fit(this.tilesHead, t(lang, 'districtScores'), mapW);
    this.tilesHead.position.set(mapX, inner.y);
    const gap = 6;
    const tw = Math.min(110, (mapW - gap * (GU_GRID.cols - 1)) / GU_GRID.cols);
    const th = Math.min(96, (inner.h - 50 - gap * (GU_GRID.rows - 1)) / GU_GRID.rows);
    GU_TILES.forEach(([code, col, row], i) => {
      const tile = this.tiles[i]!;
      const s = latestScore(ready(state.districtScores.get(code)))?.score ?? null;
      tile.rect = { x: mapX + col * (tw + gap), y: inner.y + 44 + row * (th + gap), w: tw, h: th };
      const selected = state.selected === code;
      const key = `${tile.rect.x}|${tile.rect.y}|${tw}|${th}|${s === null ? '' : scoreColor(s)}|${selected}`;
      if (key !== tile.drawn) {
        tile.drawn = key;
        tile.bg.clear().roundRect(tile.rect.x, tile.rect.y, tw, th, 8).fill({ color: scoreColor(s), alpha: s === null ? 1 : 0.85 });
        if (selected) tile.bg.roundRect(tile.rect.x - 2, tile.rect.y - 2, tw + 4, th + 4, 10).stroke({ width: 4, color: PALETTE.selection });
      }
      const name = this.names.get(code)?.[lang] ?? code;
      fit(tile.name, lang === 'ko' ? name.replace(/구$/, '') : name.replace(/-gu$/, ''), tw - 8);
      tile.name.position.set(tile.rect.x + tw / 2, tile.rect.y + 6);
      setText(tile.value, scoreText(s), PALETTE.background);
      tile.value.position.set(tile.rect.x + tw / 2, tile.rect.y + th - 32);
      tile.name.style.fill = s === null ? PALETTE.muted : PALETTE.background;
    });
  }

  tap(x: number, y: number, ctx: PanelContext): WallAction | null {
    const lx = x - this.chrome.rect.x;
    const ly = y - this.chrome.rect.y;
    const tile = this.tiles.find(({ rect: r }) => lx >= r.x && lx < r.x + r.w && ly >= r.y && ly < r.y + r.h);
    if (!tile) return null;
    return { type: 'district.select', code: ctx.state.selected === tile.code ? null : tile.code };
  }

  model() {
    return {
      id: '', kind: 'city-score' as const, title: this.chrome.titleText, provenance: this.provenance,
      score: this.score.text, caption: this.caption.text, scope: this.scope,
      tiles: this.tiles.map((x) => ({ code: x.code, name: x.name.text, value: x.value.text, rect: x.rect })),
      items: this.shown.map((r) => r.model()),
    };
  }

  destroy(): void {
    this.chrome.destroy();
    this.root.destroy({ children: true });
  }
}

export const cityScorePanel: PanelKind = { channels: () => [], create: (_panel, asset) => new CityScoreView(asset) };
