/**
 * @module wall/scene/text
 * Text on the wall. Labels that rarely change are `Text` (any script, crisp); figures that change
 * with live data are `BitmapText` (glyphs cached once, no texture upload per change).
 */
import { BitmapText, CanvasTextMetrics, Text, type TextStyleOptions } from 'pixi.js';

export const FONT_FAMILY = ['Noto Sans CJK KR', 'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', 'sans-serif'];

/**
 * PixiJS measures text on an OffscreenCanvas but draws it on a document canvas. In the wall's Korean
 * document (`<html lang="ko">`) Chromium resolves the font list differently for the two — the middle
 * dot "·" and Latin letters come out wider drawn than measured — and labels are cut at their right
 * end. Measuring on a document canvas as well keeps the two alike. Call once, before any text exists.
 */
export function measureTextOnDocumentCanvas(): void {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 10;
  Object.assign(CanvasTextMetrics as unknown as Record<string, unknown>, { __canvas: canvas, __context: undefined, _fonts: {} });
}

export interface TextOptions {
  size: number;
  color?: number;
  weight?: 'normal' | 'bold';
  align?: 'left' | 'center' | 'right';
}

const styleOf = (o: TextOptions): TextStyleOptions => ({
  fontFamily: FONT_FAMILY,
  fontSize: o.size,
  fill: o.color ?? 0xe2e8f0,
  fontWeight: o.weight ?? 'normal',
  align: o.align ?? 'left',
});

export function label(text: string, o: TextOptions): Text {
  const t = new Text({ text, style: styleOf(o) });
  if (o.align === 'center') t.anchor.set(0.5, 0);
  if (o.align === 'right') t.anchor.set(1, 0);
  return t;
}

/** Live figures: digits, signs and short words, redrawn every update. */
export function figure(text: string, o: TextOptions): BitmapText {
  const t = new BitmapText({ text, style: { ...styleOf(o), fill: 0xffffff } });
  t.tint = o.color ?? 0xe2e8f0;
  if (o.align === 'center') t.anchor.set(0.5, 0);
  if (o.align === 'right') t.anchor.set(1, 0);
  return t;
}

/** Sets text and colour only when they differ (a changed Text is re-rasterized). */
export function setText(t: Text | BitmapText, text: string, color?: number): void {
  if (t.text !== text) t.text = text;
  if (color !== undefined) {
    if (t instanceof BitmapText) {
      if (t.tint !== color) t.tint = color;
    } else if (t.style.fill !== color) t.style.fill = color;
  }
}

/** Shortens a label to fit `maxWidth` logical pixels, with an ellipsis. */
const fitted = new WeakMap<Text | BitmapText, string>();

export function fit(t: Text | BitmapText, text: string, maxWidth: number): void {
  const key = `${maxWidth}|${text}`;
  if (fitted.get(t) === key) return;
  fitted.set(t, key);
  setText(t, text);
  if (t.width <= maxWidth || text.length < 2) return;
  let lo = 1;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    t.text = `${text.slice(0, mid)}…`;
    if (t.width <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  t.text = `${text.slice(0, lo)}…`;
}
