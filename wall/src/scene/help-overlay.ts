/**
 * @module wall/scene/help-overlay
 * The gesture help, over everything while `state.helpOpen`: the 17 gestures of the wall, each with a
 * small drawing, its name and what it does, in the wall's language. A tap anywhere closes it (the
 * scene answers that tap). Laid out again only when the language or the canvas changes.
 */
import { Container, Graphics, type Text } from 'pixi.js';
import { PALETTE } from '../state/colors.ts';
import type { Frame } from '../state/frame.ts';
import type { WallState } from '../state/wall-state.ts';
import { GESTURE_MEANINGS, type GestureName } from '../systems/gesture-meanings.ts';
import { fit, label } from './text.ts';
import { drawGestureIcon } from './widgets/gesture-icon.ts';

interface Row {
  gesture: GestureName;
  icon: Graphics;
  title: Text;
  meaning: Text;
}

const WORDS = {
  title: { ko: '터치 제스처 17가지', en: 'The 17 touch gestures' },
  close: { ko: '아무 곳이나 탭하면 닫힙니다', en: 'Tap anywhere to close' },
} as const;

export class HelpOverlay {
  readonly root = new Container();
  private readonly dim = new Graphics();
  private readonly box = new Graphics();
  private readonly title = label('', { size: 60, weight: 'bold' });
  private readonly hint = label('', { size: 32, color: PALETTE.muted, align: 'right' });
  private rows: Row[] = [];
  private drawn = '';

  constructor() {
    this.root.visible = false;
    this.root.addChild(this.dim, this.box, this.title, this.hint);
  }

  update(state: WallState, frame: Frame): void {
    this.root.visible = state.helpOpen;
    if (!state.helpOpen) return;
    const lang = state.language;
    const key = `${lang}|${frame.width}x${frame.height}`;
    if (key === this.drawn) return;
    this.drawn = key;
    if (this.rows.length === 0) {
      this.rows = GESTURE_MEANINGS.map((m) => {
        const row: Row = { gesture: m.name, icon: new Graphics(), title: label('', { size: 40, weight: 'bold' }), meaning: label('', { size: 30, color: PALETTE.muted }) };
        this.root.addChild(row.icon, row.title, row.meaning);
        return row;
      });
    }
    const portrait = frame.orientation === 'portrait';
    const margin = portrait ? 24 : 120;
    const box = { x: margin, y: portrait ? 60 : 90, w: frame.width - 2 * margin, h: frame.height - (portrait ? 120 : 180) };
    this.dim.clear().rect(0, 0, frame.width, frame.height).fill({ color: PALETTE.background, alpha: 0.7 });
    this.box.clear().roundRect(box.x, box.y, box.w, box.h, 24).fill({ color: PALETTE.panel }).stroke({ width: 3, color: PALETTE.accent });
    const pad = portrait ? 24 : 56;
    const head = portrait ? 70 : 130;
    this.title.style.fontSize = portrait ? 36 : 60;
    fit(this.title, WORDS.title[lang], box.w / 2);
    this.title.position.set(box.x + pad, box.y + pad * 0.7);
    this.hint.style.fontSize = portrait ? 20 : 32;
    fit(this.hint, WORDS.close[lang], box.w / 2 - pad);
    this.hint.position.set(box.x + box.w - pad, box.y + pad * 0.7 + (portrait ? 10 : 20));
    const columns = portrait ? 1 : 2;
    const perColumn = Math.ceil(this.rows.length / columns);
    const colW = (box.w - pad * (columns + 1)) / columns;
    const rowH = (box.h - head - pad) / perColumn;
    const icon = Math.min(rowH - 12, 150);
    const titleSize = Math.round(Math.min(42, rowH * 0.3));
    const meaningSize = Math.round(Math.min(32, rowH * 0.24));
    this.rows.forEach((row, i) => {
      const m = GESTURE_MEANINGS[i]!;
      const x = box.x + pad + Math.floor(i / perColumn) * (colW + pad);
      const y = box.y + head + (i % perColumn) * rowH;
      drawGestureIcon(row.icon, m, icon);
      row.icon.position.set(x, y + (rowH - icon) / 2);
      const textX = x + icon + 28;
      const textW = colW - icon - 28;
      row.title.style.fontSize = titleSize;
      row.meaning.style.fontSize = meaningSize;
      fit(row.title, `${i + 1}. ${m.title[lang]}`, textW);
      fit(row.meaning, m.meaning[lang], textW);
      const block = titleSize * 1.3 + meaningSize * 1.3;
      row.title.position.set(textX, y + (rowH - block) / 2);
      row.meaning.position.set(textX, y + (rowH - block) / 2 + titleSize * 1.3);
    });
  }

  model(state: WallState) {
    const shown = state.helpOpen && this.rows.length > 0;
    return {
      open: state.helpOpen,
      title: shown ? this.title.text : '',
      rows: shown ? this.rows.map((r) => ({ gesture: r.gesture, title: r.title.text, meaning: r.meaning.text })) : [],
    };
  }
}
