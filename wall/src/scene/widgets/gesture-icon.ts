/**
 * @module wall/scene/widgets/gesture-icon
 * A small drawing of a gesture for the help overlay: finger dots, rings for taps and holds, arrows
 * for strokes, in a square of side `s` from (0, 0).
 */
import type { Graphics } from 'pixi.js';
import { PALETTE } from '../../state/colors.ts';
import type { GestureMeaning } from '../../systems/gesture-meanings.ts';

const FINGER = 0xe2e8f0;

/** An arrow from (x1, y1) to (x2, y2) with its head at the end. */
function arrow(g: Graphics, x1: number, y1: number, x2: number, y2: number, w: number): void {
  const a = Math.atan2(y2 - y1, x2 - x1);
  const head = w * 3;
  g.moveTo(x1, y1).lineTo(x2, y2).stroke({ width: w, color: PALETTE.accent, cap: 'round' });
  g.poly([x2, y2, x2 - head * Math.cos(a - 0.5), y2 - head * Math.sin(a - 0.5), x2 - head * Math.cos(a + 0.5), y2 - head * Math.sin(a + 0.5)]).fill({ color: PALETTE.accent });
}

const dot = (g: Graphics, x: number, y: number, r: number): void => void g.circle(x, y, r).fill({ color: FINGER });
const ring = (g: Graphics, x: number, y: number, r: number, w: number): void => void g.circle(x, y, r).stroke({ width: w, color: PALETTE.accent });

export function drawGestureIcon(g: Graphics, m: GestureMeaning, s: number): void {
  g.clear();
  g.roundRect(0, 0, s, s, s * 0.12).fill({ color: PALETTE.panelEdge, alpha: 0.6 });
  const c = s / 2;
  const r = s * 0.08;
  const w = Math.max(2, s * 0.035);
  const spread = s * 0.16;
  /** The fingers side by side about (x, y). */
  const fingers = (x: number, y: number, n: number = m.fingers): void => {
    for (let i = 0; i < n; i++) dot(g, x + (i - (n - 1) / 2) * spread, y, r);
  };
  const reach = s * 0.34;
  switch (m.motion) {
    case 'tap':
      fingers(c, c);
      ring(g, c, c, (m.fingers - 1) * spread * 0.5 + r * 2, w);
      return;
    case 'double':
      fingers(c, c);
      ring(g, c, c, r * 1.9, w);
      ring(g, c, c, r * 2.9, w);
      return;
    case 'hold':
      fingers(c, c);
      g.circle(c, c, r * 2.4).stroke({ width: w * 2.2, color: PALETTE.stale });
      return;
    case 'hold-tap':
      dot(g, c - spread, c, r);
      g.circle(c - spread, c, r * 2).stroke({ width: w * 2, color: PALETTE.stale });
      dot(g, c + spread * 1.3, c, r);
      ring(g, c + spread * 1.3, c, r * 1.8, w);
      return;
    case 'apart':
    case 'together': {
      const [from, to] = m.motion === 'apart' ? [s * 0.14, s * 0.36] : [s * 0.36, s * 0.16];
      for (const k of [-1, 1]) {
        dot(g, c + k * s * 0.12, c + k * s * 0.12, r);
        arrow(g, c + k * from, c + k * from, c + k * to, c + k * to, w);
      }
      return;
    }
    case 'turn':
      dot(g, c - s * 0.2, c, r);
      dot(g, c + s * 0.2, c, r);
      g.moveTo(c + s * 0.32 * Math.cos(-Math.PI * 0.85), c + s * 0.32 * Math.sin(-Math.PI * 0.85))
        .arc(c, c, s * 0.32, -Math.PI * 0.85, -Math.PI * 0.2)
        .stroke({ width: w, color: PALETTE.accent });
      arrow(g, c + s * 0.32 * Math.cos(-Math.PI * 0.3), c + s * 0.32 * Math.sin(-Math.PI * 0.3), c + s * 0.32 * Math.cos(-Math.PI * 0.15), c + s * 0.32 * Math.sin(-Math.PI * 0.15), w);
      return;
    case 'left':
    case 'right':
    case 'sideways': {
      fingers(c, c + s * 0.16);
      const k = m.motion === 'left' ? -1 : 1;
      arrow(g, c - k * reach * 0.6, c - s * 0.12, c + k * reach, c - s * 0.12, w);
      if (m.motion === 'sideways') arrow(g, c + reach * 0.6, c - s * 0.12, c - reach, c - s * 0.12, w);
      return;
    }
    case 'up':
    case 'down': {
      fingers(c - s * 0.16, c);
      const k = m.motion === 'up' ? -1 : 1;
      arrow(g, c + s * 0.12, c - k * reach * 0.6, c + s * 0.12, c + k * reach, w);
      return;
    }
    case 'any':
      fingers(c, c + s * 0.18);
      arrow(g, c, c - s * 0.05, c, c - reach, w);
      arrow(g, c + s * 0.1, c, c + reach, c, w);
      arrow(g, c - s * 0.1, c, c - reach, c, w);
      return;
    case 'drag':
      dot(g, c - s * 0.22, c + s * 0.18, r);
      g.moveTo(c - s * 0.22, c + s * 0.18).bezierCurveTo(c - s * 0.05, c - s * 0.25, c + s * 0.1, c + s * 0.2, c + s * 0.3, c - s * 0.2).stroke({ width: w, color: PALETTE.accent });
      return;
    case 'flick':
      dot(g, c - s * 0.25, c + s * 0.1, r);
      arrow(g, c - s * 0.12, c, c + s * 0.38, c - s * 0.2, w);
      for (const k of [1, 2]) g.moveTo(c - s * 0.3, c - s * 0.04 * k).lineTo(c - s * 0.42, c - s * 0.04 * k).stroke({ width: w * 0.6, color: PALETTE.muted });
      return;
    case 'edge':
      g.rect(s * 0.86, s * 0.1, w * 1.5, s * 0.8).fill({ color: PALETTE.stale });
      dot(g, s * 0.76, c, r);
      arrow(g, s * 0.64, c, s * 0.16, c, w);
      return;
  }
}
