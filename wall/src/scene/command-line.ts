/**
 * @module wall/scene/command-line
 * What the wall says about commands, at the bottom of the screen: the latest notice (why a command
 * could not be done, where a view was sent) for a few seconds, else the states commands left (the
 * carousel, sound off, filters, layers); and a moment's highlight on the panel a command asked for.
 */
import { Container, Graphics } from 'pixi.js';
import type { MapPlaces } from '../commands/places.ts';
import { statusTexts } from '../commands/status.ts';
import { PALETTE } from '../state/colors.ts';
import { SPOTLIGHT_MS } from '../state/command-state.ts';
import type { Frame, Rect } from '../state/frame.ts';
import type { WallState } from '../state/wall-state.ts';
import { fit, label } from './text.ts';

const HEIGHT = 76;

export class CommandLine {
  readonly root = new Container();
  private readonly bg = new Graphics();
  private readonly text = label('', { size: 36, weight: 'bold', align: 'center' });
  private readonly spot = new Graphics();
  private drawn = '';
  private spotDrawn = '';
  private kind: 'notice' | 'status' | null = null;

  constructor(private readonly places: MapPlaces) {
    this.root.addChild(this.spot, this.bg, this.text);
  }

  update(state: WallState, f: Frame, now: number, rects: ReadonlyMap<string, Rect>): void {
    const notice = state.notice?.text ?? null;
    const status = notice ? [] : statusTexts(state, this.places, state.language);
    const text = notice ?? status.join('   ·   ');
    this.kind = notice ? 'notice' : status.length > 0 ? 'status' : null;
    this.bg.visible = this.text.visible = text !== '';
    const key = `${text}|${f.width}|${f.height}|${this.kind}`;
    if (text !== '' && key !== this.drawn) {
      this.drawn = key;
      fit(this.text, text, f.width - 200);
      const w = Math.min(f.width - 80, this.text.width + 80);
      const y = f.height - HEIGHT - 30;
      this.text.position.set(f.width / 2, y + (HEIGHT - 45) / 2);
      this.text.style.fill = notice ? PALETTE.text : PALETTE.muted;
      this.bg.clear().roundRect((f.width - w) / 2, y, w, HEIGHT, HEIGHT / 2)
        .fill({ color: 0x0f172a, alpha: 0.94 }).stroke({ width: 3, color: notice ? PALETTE.stale : PALETTE.panelEdge });
    }
    this.updateSpot(state, now, rects);
  }

  private updateSpot(state: WallState, now: number, rects: ReadonlyMap<string, Rect>): void {
    const s = state.spotlight;
    const r = s && now - s.at < SPOTLIGHT_MS ? rects.get(s.panel) : undefined;
    this.spot.visible = r !== undefined;
    if (!r) return;
    const key = `${r.x},${r.y},${r.w},${r.h}`;
    if (key === this.spotDrawn) return;
    this.spotDrawn = key;
    this.spot.clear().roundRect(r.x - 6, r.y - 6, r.w + 12, r.h + 12, 18).stroke({ width: 8, color: PALETTE.accent, alpha: 0.9 });
  }

  model(state: WallState) {
    return { kind: this.kind, text: this.text.visible ? this.text.text : null, spotlight: this.spot.visible ? (state.spotlight?.panel ?? null) : null };
  }

  destroy(): void {
    this.root.destroy({ children: true });
  }
}
