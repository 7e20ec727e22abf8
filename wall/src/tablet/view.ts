/**
 * @module wall/tablet/view
 * The tablet's own "view": what the commands it sent have put on the wall — the language, the
 * screen, the district (or the districts compared) and what was opened on it (an indicator, the
 * pledges, the city score, the budget, complaints, trends). "Send this view" replays it as
 * commands, in an order that rebuilds it on any wall. Map moves, layers, calls and incidents are
 * actions of the moment, not part of the view. Pure.
 */
import type { Command, Language } from '../../../server/contracts/index.ts';

/** The commands that open something on a screen: the view keeps the latest one. */
export const FOCUS_TYPES = ['open-indicator', 'show-pledges', 'show-city-score', 'show-budget', 'show-complaints', 'show-trends'] as const;
export type FocusCommand = Extract<Command, { type: (typeof FOCUS_TYPES)[number] }>;

export type Place = { kind: 'district'; district: string } | { kind: 'compare'; districts: string[] };

export interface TabletView {
  language: Language | null;
  screen: string | null;
  place: Place | null;
  focus: FocusCommand | null;
}

export const EMPTY_VIEW: TabletView = { language: null, screen: null, place: null, focus: null };

const isFocus = (c: Command): c is FocusCommand => (FOCUS_TYPES as readonly string[]).includes(c.type);

/** The view once `command` has been sent (and accepted). */
export function viewAfter(view: TabletView, command: Command): TabletView {
  if (isFocus(command)) return { ...view, focus: command };
  switch (command.type) {
    case 'change-language':
      return { ...view, language: command.lang };
    case 'show-screen':
      // A new screen replaces what was opened on the previous one.
      return view.screen === command.screen ? view : { ...view, screen: command.screen, focus: null };
    case 'select-district':
      return { ...view, place: { kind: 'district', district: command.district } };
    case 'select-dong':
      return { ...view, place: { kind: 'district', district: command.district } };
    case 'compare-districts':
      return { ...view, place: { kind: 'compare', districts: [...command.districts] } };
    case 'clear-selection':
      return { ...view, place: null };
    default:
      // next/previous screen and go-back depend on the wall's own order and history: the view keeps
      // what it knows rather than guess.
      return view;
  }
}

/** The view as commands: language, screen, place, then what is open (at most 4, within the API's 8). */
export function viewCommands(view: TabletView): Command[] {
  const out: Command[] = [];
  if (view.language) out.push({ type: 'change-language', lang: view.language });
  if (view.screen) out.push({ type: 'show-screen', screen: view.screen });
  if (view.place?.kind === 'district') out.push({ type: 'select-district', district: view.place.district });
  if (view.place?.kind === 'compare') out.push({ type: 'compare-districts', districts: [...view.place.districts] });
  if (view.focus) out.push(view.focus);
  return out;
}

/** The single district of the view, for commands that take one (cameras, calls). */
export const viewDistrict = (view: TabletView): string | null => (view.place?.kind === 'district' ? view.place.district : null);

/** Compare mode: a tap adds a gu or takes it away again; at most four. */
export function togglePick(picked: readonly string[], code: string, max = 4): string[] {
  if (picked.includes(code)) return picked.filter((c) => c !== code);
  return picked.length >= max ? [...picked] : [...picked, code];
}

/** The command comparing the picked gu, once there are two to four. */
export const compareCommand = (picked: readonly string[]): Command | null =>
  picked.length >= 2 && picked.length <= 4 ? { type: 'compare-districts', districts: [...picked] } : null;
