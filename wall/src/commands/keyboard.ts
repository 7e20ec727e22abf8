/**
 * @module wall/commands/keyboard
 * The wall's keys, as commands (issued with source `keyboard`): arrows for the screens (with Shift,
 * to pan the map), + and − to zoom, 0 for the map's own view, digits for the nth screen, L for the
 * other language, Esc to clear the selection, H or ? for help, A to play or pause (P shows the pairing code), M for sound,
 * Backspace to go back, R to reload, C to close the cameras, I for the newest incident. `/` and a
 * held Space open the command box (./command-box.ts), not here. Pure.
 */
import type { Command, Language } from '../../../server/contracts/index.ts';

export interface KeyInput {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

export interface KeyContext {
  language: Language;
  playing: boolean;
  muted: boolean;
  /** The layout's screen ids, in order. */
  screens: readonly string[];
}

const PAN: Readonly<Record<string, 'north' | 'south' | 'east' | 'west'>> = { ArrowUp: 'north', ArrowDown: 'south', ArrowLeft: 'west', ArrowRight: 'east' };

const FIXED: Readonly<Record<string, Command>> = {
  ArrowRight: { type: 'next-screen' },
  PageDown: { type: 'next-screen' },
  ArrowLeft: { type: 'previous-screen' },
  PageUp: { type: 'previous-screen' },
  '+': { type: 'zoom-map', direction: 'in' },
  '=': { type: 'zoom-map', direction: 'in' },
  '-': { type: 'zoom-map', direction: 'out' },
  _: { type: 'zoom-map', direction: 'out' },
  '0': { type: 'reset-view' },
  Escape: { type: 'clear-selection' },
  h: { type: 'show-help' },
  '?': { type: 'show-help' },
  Backspace: { type: 'go-back' },
  r: { type: 'refresh' },
  c: { type: 'close-cameras' },
  i: { type: 'open-incident', incident: 'latest' },
};

/** The command a key stands for, or null (keys with Ctrl, Alt or Meta are the browser's). */
export function keyCommand(k: KeyInput, ctx: KeyContext): Command | null {
  if (k.ctrlKey || k.altKey || k.metaKey) return null;
  if (k.shiftKey && PAN[k.key]) return { type: 'pan-map', direction: PAN[k.key]! };
  const key = k.key.length === 1 ? k.key.toLowerCase() : k.key;
  if (/^[1-9]$/.test(key)) {
    const screen = ctx.screens[Number(key) - 1];
    return screen ? { type: 'show-screen', screen } : null;
  }
  switch (key) {
    case 'l':
      return { type: 'change-language', lang: ctx.language === 'ko' ? 'en' : 'ko' };
    // A: rotate through the screens automatically (P is the pairing code's key)
    case 'a':
      return { type: ctx.playing ? 'pause' : 'play' };
    case 'm':
      return { type: ctx.muted ? 'unmute' : 'mute' };
  }
  return FIXED[key] ?? null;
}
