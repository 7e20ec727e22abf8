/**
 * @module wall/scene/widgets/tab-row
 * A row of tabs of equal width (plan areas, drill-down dimensions): the active one filled, one that
 * does not apply dimmed. Answers which tab a point in the panel falls on.
 */
import { Container, Graphics, type Text } from 'pixi.js';
import { PALETTE } from '../../state/colors.ts';
import type { Rect } from '../../state/frame.ts';
import { fit, label, setText } from '../text.ts';

export interface Tab {
  key: string;
  label: string;
  active: boolean;
  enabled: boolean;
}

interface Slot {
  bg: Graphics;
  text: Text;
  rect: Rect;
  tab: Tab;
  drawn: string;
}

export class TabRow {
  readonly root = new Container();
  private slots: Slot[] = [];

  constructor(private readonly size = 24) {}

  update(tabs: readonly Tab[], rect: Rect): void {
    while (this.slots.length > tabs.length) {
      const s = this.slots.pop()!;
      s.bg.destroy();
      s.text.destroy();
    }
    while (this.slots.length < tabs.length) {
      const s: Slot = { bg: new Graphics(), text: label('', { size: this.size, weight: 'bold', align: 'center' }), rect: rect, tab: tabs[0]!, drawn: '' };
      this.root.addChild(s.bg, s.text);
      this.slots.push(s);
    }
    const gap = 10;
    const w = (rect.w - gap * (tabs.length - 1)) / Math.max(1, tabs.length);
    this.slots.forEach((s, i) => {
      const tab = tabs[i]!;
      s.tab = tab;
      s.rect = { x: rect.x + i * (w + gap), y: rect.y, w, h: rect.h };
      const key = `${s.rect.x}|${s.rect.y}|${w}|${rect.h}|${tab.active}|${tab.enabled}`;
      if (key !== s.drawn) {
        s.drawn = key;
        s.bg.clear().roundRect(s.rect.x, s.rect.y, w, rect.h, 10);
        if (tab.active) s.bg.fill({ color: PALETTE.accent });
        else s.bg.stroke({ width: 2, color: tab.enabled ? PALETTE.panelEdge : PALETTE.noData });
      }
      fit(s.text, tab.label, w - 16);
      setText(s.text, s.text.text, tab.active ? PALETTE.background : tab.enabled ? PALETTE.text : PALETTE.faint);
      s.text.position.set(s.rect.x + w / 2, s.rect.y + (rect.h - s.text.height) / 2);
    });
  }

  /** The enabled tab at panel-local (x, y), if any. */
  hit(x: number, y: number): string | null {
    const s = this.slots.find((t) => x >= t.rect.x && x < t.rect.x + t.rect.w && y >= t.rect.y && y < t.rect.y + t.rect.h);
    return s && s.tab.enabled ? s.tab.key : null;
  }

  model(): Array<Tab & { rect: Rect }> {
    return this.slots.map((s) => ({ ...s.tab, label: s.text.text, rect: s.rect }));
  }
}
