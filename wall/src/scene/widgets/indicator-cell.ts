/**
 * @module wall/scene/widgets/indicator-cell
 * One indicator in the grid: a status bar at the left (target status colour), the name, a
 * REAL / SYNTHETIC / DERIVED tag, the latest value with its unit and period, the series as a line,
 * and "revised from …" when the latest value replaced another. Redrawn only when its look changes.
 */
import { BitmapText, Container, Graphics, type Text } from 'pixi.js';
import { PALETTE } from '../../state/colors.ts';
import { figure, fit, label, setText } from '../text.ts';
import { Chip } from './chip.ts';
import { TrendLine } from './trend-line.ts';

export interface CellLook {
  name: string;
  value: string;
  unit: string;
  period: string;
  statusText: string;
  statusColor: number;
  tag: string;
  tagColor: number;
  revised: string;
  line: ReadonlyArray<number | null>;
  target: number;
  selected: boolean;
}

export class IndicatorCell {
  readonly root = new Container();
  private readonly bg = new Graphics();
  private readonly name: Text = label('', { size: 26, weight: 'bold' });
  private readonly value: BitmapText = figure('', { size: 46, weight: 'bold' });
  private readonly unit: Text = label('', { size: 22, color: PALETTE.muted });
  private readonly foot: Text = label('', { size: 20, color: PALETTE.muted });
  private readonly revised: Text = label('', { size: 20, weight: 'bold', color: PALETTE.stale });
  private readonly tag = new Chip(18);
  private readonly trend = new TrendLine();
  private drawn = '';
  look: CellLook | null = null;

  constructor(readonly key: string) {
    this.root.addChild(this.bg, this.trend.root, this.name, this.value, this.unit, this.foot, this.revised, this.tag.root);
  }

  update(look: CellLook, w: number, h: number): void {
    this.look = look;
    const key = `${w}|${h}|${look.statusColor}|${look.selected}`;
    if (key !== this.drawn) {
      this.drawn = key;
      this.bg.clear().roundRect(0, 0, w, h, 12).fill({ color: PALETTE.panel })
        .roundRect(0, 0, 10, h, 5).fill({ color: look.statusColor });
      if (look.selected) this.bg.roundRect(0, 0, w, h, 12).stroke({ width: 4, color: PALETTE.selection });
    }
    const x = 26;
    this.tag.set(look.tag, look.tagColor);
    this.tag.root.position.set(w - this.tag.width - 14, 12);
    fit(this.name, look.name, w - x - this.tag.width - 28);
    this.name.position.set(x, 12);
    setText(this.value, look.value, look.statusColor === PALETTE.noData ? PALETTE.muted : PALETTE.text);
    const valueSize = Math.min(46, Math.max(30, h * 0.2));
    this.value.scale.set(valueSize / 46);
    this.value.position.set(x, 52);
    fit(this.unit, look.unit, Math.max(40, w * 0.42 - this.value.width - 12));
    this.unit.position.set(x + this.value.width + 10, 52 + valueSize - this.unit.height - 2);
    // The line fills the right of the value row and the middle of the cell.
    const lineX = Math.max(x + this.value.width + this.unit.width + 30, w * 0.45);
    const lineTop = 56;
    const lineH = h - lineTop - 44;
    this.trend.root.position.set(lineX, lineTop);
    this.trend.draw({ values: look.line, color: look.statusColor === PALETTE.noData ? PALETTE.muted : 0x7dd3fc, target: look.target }, w - lineX - 18, lineH);
    const footY = h - 34;
    fit(this.foot, `${look.period}${look.period && look.statusText ? ' · ' : ''}${look.statusText}`, look.revised ? w * 0.5 - x : w - x - 16);
    this.foot.position.set(x, footY);
    this.revised.visible = look.revised !== '';
    if (this.revised.visible) {
      fit(this.revised, look.revised, w * 0.5 - 18);
      this.revised.position.set(w - this.revised.width - 14, footY);
    }
  }

  model(): Record<string, unknown> {
    const l = this.look;
    return {
      id: this.key, name: this.name.text, value: this.value.text, unit: this.unit.text, period: l?.period ?? '', status: l?.statusText ?? '',
      tag: this.tag.label, revised: this.revised.visible ? this.revised.text : '', points: l?.line.filter((v) => v !== null).length ?? 0, selected: l?.selected ?? false,
    };
  }

  destroy(): void {
    this.root.destroy({ children: true });
  }
}
