/**
 * @module wall/scene/widgets/complaint-legend
 * The key of a complaint map: what the colours count (the open backlog, or complaints per 10,000
 * residents over the KPI window) and the range of each class. Swatches are drawn once; words and
 * ranges change with the language and the classes.
 */
import { Container, Graphics, type Text } from 'pixi.js';
import type { Language } from '../../../../server/contracts/index.ts';
import { PALETTE } from '../../state/colors.ts';
import { COMPLAINT_RAMP, legendRanges, type Classes, type ComplaintMapMode } from '../../state/complaint-map.ts';
import { t } from '../../state/i18n.ts';
import { fit, label, setText } from '../text.ts';

const ROW = 36;
const MAX_W = 400;
const HEIGHT = 52 + (COMPLAINT_RAMP.length + 1) * ROW;

export class ComplaintLegend {
  readonly root = new Container();
  private readonly title: Text = label('', { size: 24, weight: 'bold' });
  private readonly ranges: Text[];
  private readonly none: Text = label('', { size: 22 });
  /** As wide as its words, so it hides as little of the map as it can. */
  private readonly backing = new Graphics();
  private backingW = 0;

  constructor() {
    this.root.addChild(this.backing, this.title);
    this.ranges = COMPLAINT_RAMP.map((color, i) => {
      const sw = new Graphics().roundRect(0, 42 + i * ROW, 28, 28, 6).fill({ color });
      const text = label('', { size: 22 });
      text.position.set(40, 42 + i * ROW);
      this.root.addChild(sw, text);
      return text;
    });
    const y = 42 + COMPLAINT_RAMP.length * ROW;
    this.root.addChild(new Graphics().roundRect(0, y, 28, 28, 6).fill({ color: PALETTE.noData }), this.none);
    this.none.position.set(40, y);
  }

  update(lang: Language, mode: ComplaintMapMode, classes: Classes, caption: string): void {
    fit(this.title, caption, MAX_W - 28);
    legendRanges(lang, classes, mode).forEach((r, i) => setText(this.ranges[i]!, r));
    setText(this.none, t(lang, 'noData'));
    const w = Math.ceil(Math.max(this.title.width, ...[...this.ranges, this.none].map((r) => 40 + r.width)) + 28);
    if (w === this.backingW) return;
    this.backingW = w;
    this.backing.clear().roundRect(-14, -12, w, HEIGHT, 12).fill({ color: PALETTE.background, alpha: 0.85 });
  }

  model(): string[] {
    return [this.title.text, ...this.ranges.map((r) => r.text)];
  }
}
