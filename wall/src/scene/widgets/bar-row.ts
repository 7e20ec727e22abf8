/**
 * @module wall/scene/widgets/bar-row
 * One row of a bar list: a name (and a line beneath it when the row is tall enough), a bar whose
 * length is the row's share of the largest, an optional target tick, and the figure at the right.
 * Rows are kept by their key and redrawn only when their look changes.
 */
import { BitmapText, Container, Graphics, type Text } from 'pixi.js';
import { PALETTE } from '../../state/colors.ts';
import { figure, fit, label, setText } from '../text.ts';

export interface BarLook {
  label: string;
  detail: string;
  value: string;
  valueColor?: number;
  /** 0–1 of the bar's full length. */
  fraction: number;
  color: number;
  /** A target as 0–1 of the full length, drawn as a tick. */
  target?: number;
  /** Outlined (the selected gu) or tinted (new, flashing on). */
  highlight?: 'selected' | 'flash';
  /** The share of the row the name takes (default 0.42). */
  nameShare?: number;
  /** Room for the figure at the right (default 150). */
  valueWidth?: number;
}

/** Names take this share of the row, and the figure `VALUE_W` at the right, unless the look says otherwise. */
const NAME_SHARE = 0.42;
const VALUE_W = 150;

export class BarRow {
  readonly root = new Container();
  private readonly bg = new Graphics();
  private readonly bar = new Graphics();
  private readonly name: Text;
  private readonly detail: Text;
  private readonly value: BitmapText;
  private drawn = '';
  look: BarLook | null = null;

  constructor(readonly key: string, size = 28) {
    this.name = label('', { size, weight: 'bold' });
    this.detail = label('', { size: Math.round(size * 0.78), color: PALETTE.muted });
    this.value = figure('', { size, weight: 'bold', align: 'right' });
    this.root.addChild(this.bg, this.bar, this.name, this.detail, this.value);
  }

  update(look: BarLook, w: number, h: number): void {
    this.look = look;
    const nameW = Math.max(120, w * (look.nameShare ?? NAME_SHARE));
    const barX = nameW + 16;
    const barW = Math.max(0, w - barX - (look.valueWidth ?? VALUE_W) - 16);
    const twoLines = look.detail !== '' && h >= 62;
    const nameH = this.name.height || 34;
    fit(this.name, look.label, nameW);
    this.name.position.set(0, twoLines ? h / 2 - nameH + 2 : (h - nameH) / 2);
    this.detail.visible = twoLines;
    if (twoLines) {
      fit(this.detail, look.detail, nameW);
      this.detail.position.set(0, h / 2 + 2);
    }
    setText(this.value, look.value, look.valueColor ?? PALETTE.text);
    this.value.position.set(w, (h - this.value.height) / 2);
    const len = Math.max(0, Math.min(1, look.fraction)) * barW;
    const key = `${w}|${h}|${Math.round(len)}|${look.color}|${look.target ?? ''}|${look.highlight ?? ''}`;
    if (key === this.drawn) return;
    this.drawn = key;
    const bh = Math.min(28, h * 0.4);
    const y = (h - bh) / 2;
    this.bg.clear();
    if (look.highlight === 'selected') this.bg.roundRect(-10, 2, w + 20, h - 4, 10).stroke({ width: 3, color: PALETTE.selection });
    if (look.highlight === 'flash') this.bg.roundRect(-10, 2, w + 20, h - 4, 10).fill({ color: PALETTE.stale, alpha: 0.22 });
    const g = this.bar.clear().roundRect(barX, y, barW, bh, 6).fill({ color: 0xffffff, alpha: 0.06 });
    if (len > 0) g.roundRect(barX, y, Math.max(len, 6), bh, 6).fill({ color: look.color });
    if (look.target !== undefined) g.rect(barX + look.target * barW - 2, y - 8, 4, bh + 16).fill({ color: PALETTE.text });
  }

  model(): Record<string, unknown> {
    return { key: this.key, label: this.name.text, detail: this.detail.visible ? this.detail.text : '', value: this.value.text, fraction: this.look?.fraction ?? 0, highlight: this.look?.highlight ?? null };
  }

  destroy(): void {
    this.root.destroy({ children: true });
  }
}

/** Keeps one row per key: creates the new, destroys the gone, in the order given. */
export function syncRows(rows: Map<string, BarRow>, keys: readonly string[], parent: Container, size?: number): BarRow[] {
  const wanted = new Set(keys);
  for (const [key, row] of rows) {
    if (wanted.has(key)) continue;
    row.destroy();
    rows.delete(key);
  }
  return keys.map((key) => {
    let row = rows.get(key);
    if (!row) {
      row = new BarRow(key, size);
      rows.set(key, row);
      parent.addChild(row.root);
    }
    return row;
  });
}
