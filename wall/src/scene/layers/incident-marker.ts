/**
 * @module wall/scene/layers/incident-marker
 * One incident on the map: its shape drawn once per style change (never per frame), a ring that
 * pulses and a ring that flashes by scaling and showing already-drawn graphics with the wall clock,
 * and its age as a BitmapText. Constant size at any zoom.
 */
import { BitmapText, Container, Graphics } from 'pixi.js';
import { PALETTE } from '../../state/colors.ts';
import { flashOn, LATE_COLOR, pulseScale, RESOLVED_ALPHA, styleKey, type MarkerStyle } from '../../state/incident-style.ts';
import { FONT_FAMILY, setText } from '../text.ts';

function shape(g: Graphics, s: MarkerStyle, r: number): Graphics {
  if (s.shape === 'circle') return g.circle(0, 0, r);
  const d = r * 1.25;
  return g.poly([0, -d, d, 0, 0, d, -d, 0]);
}

/** The marker itself (shape, fill, late and selection outlines), at the origin. */
export function drawMarkerBody(g: Graphics, s: MarkerStyle): void {
  g.clear();
  const r = s.radius;
  switch (s.fill) {
    case 'hollow':
      shape(g, s, r).fill({ color: PALETTE.background, alpha: 0.7 }).stroke({ width: 6, color: s.color });
      break;
    case 'half':
      shape(g, s, r).fill({ color: s.color, alpha: 0.45 }).stroke({ width: 5, color: s.color });
      break;
    case 'solid':
    case 'faded':
      shape(g, s, r).fill({ color: s.color }).stroke({ width: 3, color: PALETTE.background });
      break;
  }
  if (s.lateMark) shape(g, s, r + 6).stroke({ width: 4, color: PALETTE.stale });
  if (s.selected) shape(g, s, r + 12).stroke({ width: 5, color: PALETTE.selection });
}

export class IncidentMarker {
  readonly root = new Container();
  private readonly pulse = new Graphics();
  private readonly flash = new Graphics();
  private readonly body = new Graphics();
  readonly age = new BitmapText({ text: '', style: { fontFamily: FONT_FAMILY, fontSize: 22, fontWeight: 'bold', fill: 0xffffff, stroke: { color: PALETTE.background, width: 5 } } });
  private drawn = '';
  style: MarkerStyle | null = null;

  constructor() {
    this.root.addChild(this.pulse, this.flash, this.body, this.age);
  }

  /** Redraws only when the style changed; the clock moves the pulse and the flash. */
  update(s: MarkerStyle, age: string, clockS: number): void {
    const key = styleKey(s);
    if (key !== this.drawn) {
      this.drawn = key;
      this.style = s;
      drawMarkerBody(this.body, s);
      this.pulse.clear();
      if (s.pulse) shape(this.pulse, s, s.radius).stroke({ width: 3, color: s.color, alpha: 0.7 });
      this.flash.clear();
      if (s.flashing) shape(this.flash, s, s.radius + 10).fill({ color: LATE_COLOR, alpha: 0.35 }).stroke({ width: 6, color: LATE_COLOR });
      this.root.alpha = s.fill === 'faded' ? RESOLVED_ALPHA : 1;
      this.age.position.set(s.radius * (s.shape === 'diamond' ? 1.25 : 1) + 8, -13);
    }
    this.pulse.visible = s.pulse;
    if (s.pulse) this.pulse.scale.set(pulseScale(clockS));
    this.flash.visible = s.flashing && flashOn(clockS);
    setText(this.age, age);
    this.age.visible = age !== '';
  }

  destroy(): void {
    this.root.destroy({ children: true });
  }
}
