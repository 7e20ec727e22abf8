/**
 * @module wall/scene/widgets/chip
 * A short coloured label (a status): dark words on a rounded fill, redrawn only when it changes.
 */
import { Container, Graphics, type Text } from 'pixi.js';
import { PALETTE } from '../../state/colors.ts';
import { label, setText } from '../text.ts';

export class Chip {
  readonly root = new Container();
  private readonly bg = new Graphics();
  private readonly text: Text;
  private drawn = '';

  constructor(private readonly size = 22) {
    this.text = label('', { size, weight: 'bold', color: PALETTE.background });
    this.text.position.set(12, 4);
    this.root.addChild(this.bg, this.text);
  }

  set(text: string, color: number): void {
    const key = `${text}|${color}`;
    if (key === this.drawn) return;
    this.drawn = key;
    setText(this.text, text);
    this.bg.clear().roundRect(0, 0, this.text.width + 24, this.size + 12, 8).fill({ color });
  }

  get width(): number {
    return this.root.visible ? this.text.width + 24 : 0;
  }

  get label(): string {
    return this.text.text;
  }
}
