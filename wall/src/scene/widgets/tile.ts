/**
 * @module wall/scene/widgets/tile
 * A figure tile: a caption, one big figure, a line beneath it, and its own provenance line with
 * STALE and SYNTHETIC badges.
 */
import { BitmapText, Container, Graphics } from 'pixi.js';
import type { Language } from '../../../../server/contracts/index.ts';
import { PALETTE } from '../../state/colors.ts';
import type { Rect } from '../../state/frame.ts';
import { t } from '../../state/i18n.ts';
import { provenanceText, type Provenance } from '../../state/provenance.ts';
import { figure, fit, label, setText } from '../text.ts';

const VALUE_SIZE = 96;

export interface TileContent {
  caption: string;
  value: string;
  valueColor?: number;
  detail: string;
  provenance: Provenance;
}

export class Tile {
  readonly root = new Container();
  private readonly bg = new Graphics();
  private readonly caption = label('', { size: 30, weight: 'bold', color: PALETTE.muted });
  private readonly value: BitmapText = figure('—', { size: VALUE_SIZE, weight: 'bold' });
  private readonly detail = label('', { size: 26 });
  private readonly source = label('', { size: 20, color: PALETTE.muted });
  private readonly badge = label('', { size: 22, weight: 'bold', color: PALETTE.stale });
  private size = '';
  content: TileContent | null = null;

  constructor() {
    this.root.addChild(this.bg, this.caption, this.value, this.detail, this.source, this.badge);
  }

  update(rect: Rect, c: TileContent, lang: Language, now: number): void {
    this.content = c;
    this.root.position.set(rect.x, rect.y);
    const size = `${rect.w}x${rect.h}`;
    if (size !== this.size) {
      this.size = size;
      this.bg.clear().roundRect(0, 0, rect.w, rect.h, 14).stroke({ width: 2, color: PALETTE.panelEdge });
    }
    // Caption, figure, detail and source share the height; the figure takes what is left.
    const valueSize = Math.max(36, Math.min(VALUE_SIZE, rect.h - 16 - 38 - 36 - 34 - 16, rect.w / 5));
    fit(this.caption, c.caption, rect.w - 48);
    this.caption.position.set(24, 16);
    setText(this.value, c.value, c.valueColor ?? PALETTE.text);
    this.value.scale.set(valueSize / VALUE_SIZE);
    this.value.position.set(24, 54);
    fit(this.detail, c.detail, rect.w - 48);
    this.detail.position.set(24, 54 + valueSize * 1.15);
    const badges = [c.provenance.stale ? t(lang, 'stale') : '', c.provenance.synthetic ? t(lang, 'synthetic') : ''].filter(Boolean).join(' · ');
    setText(this.badge, badges);
    this.badge.anchor.set(1, 0);
    this.badge.position.set(rect.w - 24, rect.h - 40);
    fit(this.source, provenanceText(lang, c.provenance, now), rect.w - 48 - (badges ? this.badge.width + 16 : 0));
    this.source.position.set(24, rect.h - 38);
  }

  model(): Record<string, unknown> {
    return { caption: this.caption.text, value: this.value.text, detail: this.detail.text, provenance: this.content?.provenance ?? null };
  }

  destroy(): void {
    this.root.destroy({ children: true });
  }
}
