/**
 * @module wall/scene/widgets/trend-line
 * A line of values in order, scaled between their least and greatest (a policy indicator moves
 * little against its size), with an optional target line and a dot on the latest value; withheld
 * values are gaps. Redrawn only when its data or size changes.
 */
import { Graphics } from 'pixi.js';

export interface TrendLook {
  values: ReadonlyArray<number | null>;
  color: number;
  target?: number | undefined;
  width?: number;
}

export class TrendLine {
  readonly root = new Graphics();
  private drawn = '';

  draw(look: TrendLook, w: number, h: number): void {
    const key = `${look.values.join(',')}|${look.color}|${look.target ?? ''}|${w}|${h}`;
    if (key === this.drawn) return;
    this.drawn = key;
    const g = this.root.clear();
    const known = look.values.filter((v): v is number => v !== null);
    if (known.length === 0 || w <= 0 || h <= 0) return;
    const range = look.target === undefined ? known : [...known, look.target];
    let lo = Math.min(...range);
    let hi = Math.max(...range);
    if (hi - lo < 1e-9) {
      lo -= 1;
      hi += 1;
    }
    const n = look.values.length;
    const x = (i: number): number => (n === 1 ? w / 2 : (i / (n - 1)) * w);
    const y = (v: number): number => h - 4 - ((v - lo) / (hi - lo)) * (h - 8);
    if (look.target !== undefined) {
      const ty = y(look.target);
      for (let sx = 0; sx < w; sx += 16) g.moveTo(sx, ty).lineTo(Math.min(w, sx + 8), ty);
      g.stroke({ width: 2, color: 0xe2e8f0, alpha: 0.55 });
    }
    let pen = false;
    look.values.forEach((v, i) => {
      if (v === null) {
        pen = false;
        return;
      }
      if (pen) g.lineTo(x(i), y(v));
      else g.moveTo(x(i), y(v));
      pen = true;
    });
    g.stroke({ width: look.width ?? 3, color: look.color, join: 'round', cap: 'round' });
    const lastIndex = look.values.length - 1;
    const last = look.values[lastIndex];
    if (last !== null && last !== undefined) g.circle(x(lastIndex), y(last), (look.width ?? 3) + 2).fill({ color: look.color });
  }

  destroy(): void {
    this.root.destroy();
  }
}
