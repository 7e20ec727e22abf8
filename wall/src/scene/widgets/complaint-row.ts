/**
 * @module wall/scene/widgets/complaint-row
 * One complaint in the live feed: its status as a coloured chip, the category, how long ago it was
 * filed; beneath, the gu and the title (as filed for staff, redacted for the public), and tags for a
 * complaint past its answer time and for generated records. Each part is rewritten only when it changes.
 */
import { BitmapText, Container, Graphics, type Text } from 'pixi.js';
import type { ComplaintFeedItem, Language } from '../../../../server/contracts/index.ts';
import { PALETTE } from '../../state/colors.ts';
import { categoryName } from '../../state/complaint-categories.ts';
import { COMPLAINT_STATUS_COLORS } from '../../state/complaints.ts';
import { ageText, COMPLAINT_STATUS_LABELS, t } from '../../state/i18n.ts';
import { figure, fit, label, setText } from '../text.ts';
import { Chip } from './chip.ts';

export interface ComplaintLook {
  place: string;
  overdue: boolean;
  synthetic: boolean;
}

export class ComplaintRow {
  readonly root = new Container();
  private readonly bg = new Graphics();
  private readonly chip = new Chip(22);
  private readonly category: Text = label('', { size: 30, weight: 'bold' });
  private readonly line: Text = label('', { size: 24, color: PALETTE.muted });
  private readonly tags: Text = label('', { size: 22, weight: 'bold', color: PALETTE.stale });
  private readonly age: BitmapText = figure('', { size: 28, weight: 'bold', align: 'right' });
  private drawn = '';

  constructor(readonly id: string) {
    this.root.addChild(this.bg, this.chip.root, this.category, this.line, this.tags, this.age);
  }

  update(c: ComplaintFeedItem, look: ComplaintLook, lang: Language, w: number, h: number, nowMs: number): void {
    const key = `${w}|${h}|${look.overdue}`;
    if (key !== this.drawn) {
      this.drawn = key;
      this.bg.clear();
      if (look.overdue) this.bg.roundRect(-10, 2, w + 20, h - 4, 10).fill({ color: PALETTE.stale, alpha: 0.1 });
    }
    const top = h / 2 - 36;
    this.chip.set(COMPLAINT_STATUS_LABELS[c.status][lang], COMPLAINT_STATUS_COLORS[c.status]);
    this.chip.root.position.set(0, top + 2);
    const chipW = 150;
    setText(this.age, ageText(lang, nowMs - Date.parse(c.requestedAt)));
    this.age.position.set(w, top + 2);
    fit(this.category, categoryName(c.category, lang), Math.max(0, w - chipW - 16 - this.age.width - 24));
    this.category.position.set(chipW + 16, top - 2);
    const tags = [look.overdue ? t(lang, 'overdue') : '', look.synthetic ? t(lang, 'synthetic') : ''].filter(Boolean).join(' · ');
    setText(this.tags, tags);
    this.tags.anchor.set(1, 0);
    this.tags.position.set(w, top + 44);
    fit(this.line, `${look.place} · ${c.title}`, Math.max(0, w - chipW - 16 - (tags ? this.tags.width + 20 : 0)));
    this.line.position.set(chipW + 16, top + 40);
  }

  model(): Record<string, unknown> {
    return { id: this.id, status: this.chip.label, category: this.category.text, line: this.line.text, tags: this.tags.text, age: this.age.text };
  }

  destroy(): void {
    this.root.destroy({ children: true });
  }
}
