/**
 * @module wall/scene/widgets/kpi-strip
 * A row of figures side by side: a caption, a big live figure (BitmapText) and a line beneath.
 */
import { BitmapText, Container, type Text } from 'pixi.js';
import { PALETTE } from '../../state/colors.ts';
import type { Rect } from '../../state/frame.ts';
import { figure, fit, label, setText } from '../text.ts';

export interface KpiCell {
  caption: string;
  value: string;
  valueColor?: number;
  detail: string;
}

interface Slot {
  caption: Text;
  value: BitmapText;
  detail: Text;
}

const VALUE_SIZE = 64;

export class KpiStrip {
  readonly root = new Container();
  private readonly slots: Slot[];
  cells: KpiCell[] = [];

  constructor(count: number) {
    this.slots = Array.from({ length: count }, () => {
      const slot = {
        caption: label('', { size: 22, weight: 'bold', color: PALETTE.muted }),
        value: figure('—', { size: VALUE_SIZE, weight: 'bold' }),
        detail: label('', { size: 20, color: PALETTE.muted }),
      };
      this.root.addChild(slot.caption, slot.value, slot.detail);
      return slot;
    });
  }

  /** Lays the cells out across `rect`; its height scales the figures. */
  update(rect: Rect, cells: readonly KpiCell[]): void {
    this.cells = [...cells];
    this.root.position.set(rect.x, rect.y);
    const w = rect.w / this.slots.length;
    const size = Math.max(32, Math.min(VALUE_SIZE, rect.h - 80));
    this.slots.forEach((slot, i) => {
      const c = cells[i];
      for (const o of [slot.caption, slot.value, slot.detail]) o.visible = c !== undefined;
      if (!c) return;
      const x = i * w;
      fit(slot.caption, c.caption, w - 24);
      slot.caption.position.set(x, 0);
      setText(slot.value, c.value, c.valueColor ?? PALETTE.text);
      slot.value.scale.set(size / VALUE_SIZE);
      slot.value.position.set(x, 32);
      fit(slot.detail, c.detail, w - 24);
      slot.detail.position.set(x, 40 + size);
    });
  }

  model(): KpiCell[] {
    return this.cells;
  }
}
