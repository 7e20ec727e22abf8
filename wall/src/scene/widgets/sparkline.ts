/**
 * @module wall/scene/widgets/sparkline
 * A small line chart of one or more series over a fixed time window, redrawn only when its data
 * or size changes.
 */
import { Graphics } from 'pixi.js';
import type { HistoryPoint } from '../../state/wall-state.ts';

export interface SparkSeries {
  points: readonly HistoryPoint[];
  color: number;
}

export class Sparkline {
  readonly root = new Graphics();
  private drawn: readonly unknown[] = [];

  draw(series: readonly SparkSeries[], from: number, to: number, w: number, h: number): void {
    const key = [...series.flatMap((s) => [s.points, s.color]), from, to, w, h];
    if (key.length === this.drawn.length && key.every((k, i) => k === this.drawn[i])) return;
    this.drawn = key;
    const g = this.root.clear();
    g.moveTo(0, h).lineTo(w, h).stroke({ width: 2, color: 0x475569 });
    const values = series.flatMap((s) => s.points.map((p) => p.value)).filter((v): v is number => v !== null);
    if (values.length === 0) return;
    const max = Math.max(...values) * 1.1 || 1;
    const x = (t: number): number => ((t - from) / (to - from)) * w;
    const y = (v: number): number => h - (v / max) * h;
    for (const s of series) {
      let pen = false;
      for (const p of s.points) {
        if (p.value === null) {
          pen = false;
          continue;
        }
        if (pen) g.lineTo(x(p.t), y(p.value));
        else g.moveTo(x(p.t), y(p.value));
        pen = true;
      }
      g.stroke({ width: 4, color: s.color, join: 'round', cap: 'round' });
      // Points with no neighbour (an hour alone between gaps) would not show as a line.
      s.points.forEach((p, i) => {
        const lone = p.value !== null && (s.points[i - 1]?.value ?? null) === null && (s.points[i + 1]?.value ?? null) === null;
        if (lone) g.circle(x(p.t), y(p.value!), 6).fill({ color: s.color });
      });
    }
  }

  destroy(): void {
    this.root.destroy();
  }
}
