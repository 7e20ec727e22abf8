/**
 * @module wall/scene/compare-overlay
 * Gu compared side by side, over the current screen: one column per gu (2–4), one row per figure the
 * wall holds (./commands/compare.ts), the air grade in its colour. Redrawn only when the table
 * changes; a tap anywhere closes it (as does clearing the selection).
 */
import { Container, Graphics, type Text } from 'pixi.js';
import { compareTable, type CompareTable } from '../commands/compare.ts';
import type { MapPlaces } from '../commands/places.ts';
import { statusWord } from '../commands/words.ts';
import { PALETTE } from '../state/colors.ts';
import { HEADER_HEIGHT, type Frame, type Rect } from '../state/frame.ts';
import type { WallState } from '../state/wall-state.ts';
import { fit, label } from './text.ts';

export class CompareOverlay {
  readonly root = new Container();
  private readonly bg = new Graphics();
  private readonly texts = new Container();
  private drawn = '';
  private table: CompareTable | null = null;
  private box: Rect = { x: 0, y: 0, w: 0, h: 0 };

  constructor(private readonly places: MapPlaces) {
    this.root.addChild(this.bg, this.texts);
    this.root.visible = false;
  }

  get visible(): boolean {
    return this.root.visible;
  }

  update(state: WallState, f: Frame): void {
    const table = compareTable(state, this.places, state.language);
    this.table = table;
    this.root.visible = table !== null;
    if (!table) return;
    const key = `${f.width}x${f.height}|${JSON.stringify(table)}`;
    if (key === this.drawn) return;
    this.drawn = key;
    this.draw(table, f, state);
  }

  private draw(table: CompareTable, f: Frame, state: WallState): void {
    for (const t of this.texts.removeChildren()) t.destroy();
    const k = Math.min(1, (f.width - 48) / 2900);
    const w = Math.min(2900, f.width - 48);
    const rowH = 120 * k;
    const head = 190 * k;
    const h = head + rowH * table.rows.length + 60 * k;
    this.box = { x: (f.width - w) / 2, y: HEADER_HEIGHT + 40, w, h };
    const { x, y } = this.box;
    this.bg.clear().rect(0, HEADER_HEIGHT, f.width, f.height - HEADER_HEIGHT).fill({ color: PALETTE.background, alpha: 0.55 })
      .roundRect(x, y, w, h, 20).fill({ color: PALETTE.panel, alpha: 0.98 }).stroke({ width: 3, color: PALETTE.accent });
    const add = (t: Text, at: [number, number]): Text => {
      t.position.set(at[0], at[1]);
      this.texts.addChild(t);
      return t;
    };
    add(label(statusWord(state.language, 'compare'), { size: 40 * k, weight: 'bold', color: PALETTE.accent }), [x + 40 * k, y + 24 * k]);
    const hint = add(label(statusWord(state.language, 'tapToClose'), { size: 28 * k, color: PALETTE.muted, align: 'right' }), [x + w - 40 * k, y + 34 * k]);
    hint.anchor.set(1, 0);
    const labelW = w * 0.3;
    const colW = (w - labelW - 40 * k) / table.districts.length;
    table.districts.forEach((d, i) => {
      const t = add(label('', { size: 54 * k, weight: 'bold', align: 'center' }), [x + labelW + colW * (i + 0.5), y + 90 * k]);
      fit(t, d.name, colW - 24);
    });
    table.rows.forEach((row, r) => {
      const ry = y + head + r * rowH;
      this.bg.rect(x + 24 * k, ry - 8 * k, w - 48 * k, 2).fill({ color: PALETTE.panelEdge });
      const name = add(label('', { size: 34 * k, color: PALETTE.muted }), [x + 40 * k, ry + 30 * k]);
      fit(name, row.label, labelW - 60 * k);
      row.cells.forEach((c, i) => {
        const t = add(label('', { size: 50 * k, weight: 'bold', align: 'center', color: c.color ?? PALETTE.text }), [x + labelW + colW * (i + 0.5), ry + 22 * k]);
        fit(t, c.text, colW - 24);
      });
    });
  }

  model() {
    const t = this.table;
    if (!t || !this.root.visible) return null;
    return { districts: t.districts.map((d) => d.code), names: t.districts.map((d) => d.name), rows: t.rows.map((r) => ({ key: r.key, label: r.label, cells: r.cells.map((c) => c.text) })), rect: this.box };
  }

  destroy(): void {
    this.root.destroy({ children: true });
  }
}
