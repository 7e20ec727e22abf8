/**
 * @module wall/scene/widgets/chrome
 * The frame every panel shares: background, title, and the provenance line at the foot (source
 * system, as-of time, a STALE badge when the source is late, a SYNTHETIC badge for generated data).
 */
import { Container, Graphics, type Text } from 'pixi.js';
import type { Language } from '../../../../server/contracts/index.ts';
import { PALETTE } from '../../state/colors.ts';
import type { Rect } from '../../state/frame.ts';
import { t } from '../../state/i18n.ts';
import { provenanceText, type Provenance } from '../../state/provenance.ts';
import { fit, label, setText } from '../text.ts';

export const TITLE_HEIGHT = 78;
export const FOOTER_HEIGHT = 54;
export const PAD = 28;

interface Badge {
  root: Container;
  bg: Graphics;
  text: Text;
}

function badge(color: number): Badge {
  const root = new Container();
  const bg = new Graphics();
  const text = label('', { size: 22, weight: 'bold', color: PALETTE.background });
  text.position.set(12, 5);
  root.addChild(bg, text);
  root.visible = false;
  bg.roundRect(0, 0, 10, 36, 8).fill({ color });
  return { root, bg, text };
}

function showBadge(b: Badge, visible: boolean, text: string, color: number): void {
  b.root.visible = visible;
  if (!visible || b.text.text === text) return;
  setText(b.text, text);
  b.bg.clear().roundRect(0, 0, b.text.width + 24, 36, 8).fill({ color });
}

export class PanelChrome {
  readonly root = new Container();
  readonly body = new Container();
  private readonly bg = new Graphics();
  private readonly title = label('', { size: 38, weight: 'bold' });
  private readonly footer = label('', { size: 22, color: PALETTE.muted });
  private readonly stale = badge(PALETTE.stale);
  private readonly synthetic = badge(0xa78bfa);
  private size = '';
  rect: Rect = { x: 0, y: 0, w: 0, h: 0 };

  constructor() {
    this.title.position.set(PAD, 20);
    this.root.addChild(this.bg, this.title, this.body, this.footer, this.stale.root, this.synthetic.root);
  }

  /** The body area inside the panel, in panel-local pixels. */
  get inner(): Rect {
    return { x: PAD, y: TITLE_HEIGHT, w: this.rect.w - 2 * PAD, h: this.rect.h - TITLE_HEIGHT - FOOTER_HEIGHT };
  }

  layout(rect: Rect): void {
    this.rect = rect;
    this.root.position.set(rect.x, rect.y);
    const size = `${rect.w}x${rect.h}`;
    if (size === this.size) return;
    this.size = size;
    // A title band and an outline: the body shows the wall's background, so a 4K wall does not
    // pay for painting every panel's area twice.
    this.bg
      .clear()
      .roundRect(0, 0, rect.w, TITLE_HEIGHT - 8, 18)
      .fill({ color: PALETTE.panel })
      .roundRect(0, 0, rect.w, rect.h, 18)
      .stroke({ width: 2, color: PALETTE.panelEdge });
    this.footer.position.set(PAD, rect.h - FOOTER_HEIGHT + 12);
  }

  setTitle(text: string): void {
    fit(this.title, text, this.rect.w - 2 * PAD);
  }

  get titleText(): string {
    return this.title.text;
  }

  setProvenance(lang: Language, items: readonly Provenance[], now: number): void {
    const text = items.map((p) => provenanceText(lang, p, now)).join('   |   ');
    const anyStale = items.some((p) => p.stale);
    const anySynthetic = items.some((p) => p.synthetic);
    let right = this.rect.w - PAD;
    showBadge(this.synthetic, anySynthetic, t(lang, 'synthetic'), 0xa78bfa);
    if (anySynthetic) {
      right -= this.synthetic.root.width;
      this.synthetic.root.position.set(right, this.rect.h - FOOTER_HEIGHT + 8);
      right -= 12;
    }
    showBadge(this.stale, anyStale, t(lang, 'stale'), PALETTE.stale);
    if (anyStale) {
      right -= this.stale.root.width;
      this.stale.root.position.set(right, this.rect.h - FOOTER_HEIGHT + 8);
      right -= 12;
    }
    fit(this.footer, text, right - PAD);
  }

  destroy(): void {
    this.root.destroy({ children: true });
  }
}
