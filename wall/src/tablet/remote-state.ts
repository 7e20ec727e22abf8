/**
 * @module wall/tablet/remote-state
 * What the remote screen shows, as plain data: the wall driven, this person's role and the
 * registry, the gu names and the wall's screens, the tablet's view, compare picks, the district
 * heads' walls picker, a pending question, and the last outcome in words. Changed by the remote
 * controller, drawn by the remote screen.
 */
import type { Command, Language, LocalizedText, WallTarget } from '../../../server/contracts/index.ts';
import type { DistrictName, Registry } from '../api/remote.ts';
import type { ScreenChoice } from './buttons.ts';
import { describeCommand, type Names } from './describe.ts';
import type { Driven } from './session.ts';
import type { TabletView } from './view.ts';

export type Picker = { status: 'closed' } | { status: 'loading' } | { status: 'open'; walls: WallTarget[] };

export type Pending =
  | { kind: 'confirm'; command: Command; confidence: number; utterance: string }
  | { kind: 'choose'; question: LocalizedText; options: Command[]; utterance: string };

export interface Notice {
  tone: 'info' | 'ok' | 'error';
  text: string;
}

export interface RemoteState {
  lang: Language;
  role: string;
  driven: Driven;
  registry: Registry | null;
  districts: DistrictName[];
  screens: ScreenChoice[];
  view: TabletView;
  comparing: boolean;
  picked: string[];
  picker: Picker;
  pending: Pending | null;
  /** A request is on its way: buttons wait. */
  busy: boolean;
  listening: boolean;
  notice: Notice | null;
}

/** Names of gu and screens in the tablet's language. */
export function namesOf(s: Pick<RemoteState, 'districts' | 'screens' | 'lang'>): Names {
  return {
    district: (code) => s.districts.find((d) => d.code === code)?.name[s.lang] ?? code,
    screen: (id) => s.screens.find((x) => x.id === id)?.title[s.lang] ?? id,
  };
}

export const describeIn = (s: Pick<RemoteState, 'districts' | 'screens' | 'lang'>, c: Command): string => describeCommand(c, s.lang, namesOf(s));
