/**
 * @module wall/scene/widgets/incident-row
 * One incident in a list: its marker, type, place, stage, age, and tags for a stage past its target
 * and for generated (synthetic) records. Each part is rewritten only when it changes.
 */
import { BitmapText, Container, Graphics, type Text } from 'pixi.js';
import { INCIDENT_TYPE_NAMES, type Incident, type Language } from '../../../../server/contracts/index.ts';
import { PALETTE } from '../../state/colors.ts';
import { ageText, STAGE_LABELS, t } from '../../state/i18n.ts';
import { LATE_COLOR, styleKey, type MarkerStyle } from '../../state/incident-style.ts';
import { drawMarkerBody } from '../layers/incident-marker.ts';
import { figure, fit, label, setText } from '../text.ts';

export interface RowLook {
  style: MarkerStyle;
  place: string;
  runningLate: boolean;
  selected: boolean;
}

export class IncidentRow {
  readonly root = new Container();
  private readonly bg = new Graphics();
  private readonly swatch = new Graphics();
  private readonly type: Text = label('', { size: 30, weight: 'bold' });
  private readonly place: Text = label('', { size: 24, color: PALETTE.muted });
  private readonly stage: Text = label('', { size: 26, weight: 'bold' });
  private readonly tags: Text = label('', { size: 22, weight: 'bold', color: LATE_COLOR });
  private readonly age: BitmapText = figure('', { size: 30, weight: 'bold', align: 'right' });
  private drawn = '';
  private swatchKey = '';

  constructor(readonly id: string) {
    this.root.addChild(this.bg, this.swatch, this.type, this.place, this.stage, this.tags, this.age);
  }

  update(i: Incident, look: RowLook, lang: Language, w: number, h: number, nowMs: number): void {
    const key = `${w}|${h}|${look.runningLate}|${look.selected}`;
    if (key !== this.drawn) {
      this.drawn = key;
      const g = this.bg.clear();
      if (look.runningLate) g.roundRect(-10, 2, w + 20, h - 4, 10).fill({ color: LATE_COLOR, alpha: 0.14 });
      if (look.selected) g.roundRect(-10, 2, w + 20, h - 4, 10).stroke({ width: 3, color: PALETTE.selection });
    }
    const sk = styleKey(look.style);
    if (sk !== this.swatchKey) {
      this.swatchKey = sk;
      // The list's swatch is the map's marker at a fixed size, without the selection ring.
      drawMarkerBody(this.swatch, { ...look.style, radius: 14, selected: false });
    }
    // Two lines: what and how far along (and how long ago); beneath, where and why it stands out.
    const mid = h / 2;
    this.swatch.position.set(24, mid);
    const col = 64 + Math.max(200, (w - 64) * 0.5);
    const top = mid - 34;
    fit(this.type, INCIDENT_TYPE_NAMES[i.type][lang], col - 64 - 16);
    this.type.position.set(64, top);
    setText(this.age, ageText(lang, nowMs - Date.parse(i.times.reported)));
    this.age.position.set(w, top + 2);
    fit(this.stage, STAGE_LABELS[i.stage][lang], Math.max(0, w - col - this.age.width - 16));
    setText(this.stage, this.stage.text, look.runningLate ? LATE_COLOR : PALETTE.text);
    this.stage.position.set(col, top + 3);
    fit(this.place, look.place, col - 64 - 16);
    this.place.position.set(64, top + 40);
    const tags = [look.runningLate ? t(lang, 'pastTarget') : '', i.synthetic ? t(lang, 'synthetic') : ''].filter(Boolean).join(' · ');
    fit(this.tags, tags, Math.max(0, w - col));
    this.tags.position.set(col, top + 42);
  }

  model(): Record<string, unknown> {
    return { id: this.id, type: this.type.text, place: this.place.text, stage: this.stage.text, tags: this.tags.text, age: this.age.text };
  }

  destroy(): void {
    this.root.destroy({ children: true });
  }
}
