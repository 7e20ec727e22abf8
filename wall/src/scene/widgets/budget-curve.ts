/**
 * @module wall/scene/widgets/budget-curve
 * The year's cumulative budget execution as a chart: January to December across, 0–100 % of the
 * budget up; the spending to date (solid, a dot on the newest figure), the allocation (배정, a step
 * line) and the expected pace (the share of the year elapsed, dashed) with a legend and month and
 * percent labels. Redrawn only when its points, size or language change.
 */
import { Container, Graphics, type Text } from 'pixi.js';
import type { Language } from '../../../../server/contracts/index.ts';
import type { CurvePoint } from '../../state/admin-budget.ts';
import { PALETTE } from '../../state/colors.ts';
import { fit, label, setText } from '../text.ts';

export const CURVE_COLORS = { executed: PALETTE.accent, allocated: 0x94a3b8, pace: 0xe2e8f0 } as const;

const AXIS_W = 70;
const MONTHS_H = 34;
const LEGEND_H = 40;
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface CurveLegend {
  executed: string;
  allocated: string;
  pace: string;
}

export class BudgetCurve {
  readonly root = new Container();
  private readonly g = new Graphics();
  private readonly months: Text[] = MONTHS_EN.map(() => label('', { size: 19, color: PALETTE.muted, align: 'center' }));
  private readonly axis: Text[] = [0, 50, 100].map((p) => label(`${p}%`, { size: 19, color: PALETTE.muted, align: 'right' }));
  private readonly legend: Text[] = [0, 1, 2].map(() => label('', { size: 21, color: PALETTE.text }));
  private drawn = '';

  constructor() {
    this.root.addChild(this.g, ...this.months, ...this.axis, ...this.legend);
  }

  draw(points: readonly CurvePoint[], legend: CurveLegend, lang: Language, w: number, h: number): void {
    const key = `${points.map((p) => `${p.executed ?? ''}/${p.allocated ?? ''}/${p.pace}`).join(',')}|${legend.executed}|${legend.allocated}|${legend.pace}|${lang}|${w}|${h}`;
    if (key === this.drawn) return;
    this.drawn = key;
    const plot = { x: AXIS_W, y: LEGEND_H + 10, w: Math.max(10, w - AXIS_W - 16), h: Math.max(10, h - LEGEND_H - 10 - MONTHS_H) };
    const X = (pace: number): number => plot.x + (pace / 100) * plot.w;
    const Y = (share: number): number => plot.y + plot.h - (Math.max(0, Math.min(100, share)) / 100) * plot.h;
    const g = this.g.clear();

    // Legend: a short stroke of each line's look before its words.
    const items: Array<[keyof CurveLegend, string]> = [['executed', legend.executed], ['allocated', legend.allocated], ['pace', legend.pace]];
    let lx = plot.x;
    items.forEach(([k, words], i) => {
      const t = this.legend[i]!;
      fit(t, words, Math.max(60, plot.w / 3 - 60));
      if (k === 'pace') for (let sx = 0; sx < 36; sx += 12) g.moveTo(lx + sx, 18).lineTo(lx + sx + 6, 18);
      else g.moveTo(lx, 18).lineTo(lx + 36, 18);
      g.stroke({ width: k === 'executed' ? 5 : 3, color: CURVE_COLORS[k], alpha: k === 'pace' ? 0.7 : 1 });
      t.position.set(lx + 46, 18 - t.height / 2);
      lx += 46 + t.width + 36;
    });

    [0, 50, 100].forEach((p, i) => {
      g.moveTo(plot.x, Y(p)).lineTo(plot.x + plot.w, Y(p));
      const t = this.axis[i]!;
      t.position.set(plot.x - 12, Y(p) - t.height / 2);
    });
    g.stroke({ width: 1, color: PALETTE.faint, alpha: 0.8 });
    this.months.forEach((t, i) => {
      setText(t, lang === 'ko' ? `${i + 1}월` : MONTHS_EN[i]!);
      t.position.set(plot.x + ((i + 0.5) / 12) * plot.w, plot.y + plot.h + 6);
      g.moveTo(plot.x + ((i + 1) / 12) * plot.w, plot.y + plot.h).lineTo(plot.x + ((i + 1) / 12) * plot.w, plot.y + plot.h + 6);
    });
    g.stroke({ width: 1, color: PALETTE.faint });

    for (let sx = 0; sx < plot.w; sx += 18) {
      const a = sx / plot.w;
      const b = Math.min(1, (sx + 9) / plot.w);
      g.moveTo(plot.x + a * plot.w, Y(a * 100)).lineTo(plot.x + b * plot.w, Y(b * 100));
    }
    g.stroke({ width: 3, color: CURVE_COLORS.pace, alpha: 0.7 });

    const known = points.filter((p) => p.executed !== null && p.allocated !== null);
    if (known.length === 0) return;
    // The allocation holds from one month's end to the next.
    g.moveTo(X(0), Y(0));
    let prev = 0;
    for (const p of known) {
      g.lineTo(X(prev), Y(p.allocated!)).lineTo(X(p.pace), Y(p.allocated!));
      prev = p.pace;
    }
    g.stroke({ width: 3, color: CURVE_COLORS.allocated });
    g.moveTo(X(0), Y(0));
    for (const p of known) g.lineTo(X(p.pace), Y(p.executed!));
    g.stroke({ width: 5, color: CURVE_COLORS.executed, join: 'round', cap: 'round' });
    for (const p of known) g.circle(X(p.pace), Y(p.executed!), 5).fill({ color: CURVE_COLORS.executed });
    const last = known.at(-1)!;
    g.circle(X(last.pace), Y(last.executed!), 10).fill({ color: CURVE_COLORS.executed });
  }

  destroy(): void {
    this.root.destroy({ children: true });
  }
}
