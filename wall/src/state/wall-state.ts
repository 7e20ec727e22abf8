/**
 * @module wall/state/wall-state
 * Everything the wall shows, apart from how it is drawn. The network and the gestures change it
 * through the reducers in this folder; the scene reads it once per frame. Pure data, no DOM.
 */
import type { DistrictAir, Language, Layout, SourceHealth, Station } from '../../../server/contracts/index.ts';
import { initialAdmin, type AdminState } from './admin-state.ts';
import { initialCommandState, type CommandState } from './command-state.ts';
import { initialOpinion, type OpinionState } from './opinion-state.ts';
import { initialPairing, type PairingState } from './pairing.ts';
import { initialSafety, type SafetyState } from './safety-state.ts';

export type ConnectionStatus = 'connecting' | 'open' | 'lost';

export interface Connection {
  status: ConnectionStatus;
  /** When the status last changed (ms since epoch). */
  since: number;
  /** When the last message of any kind arrived. */
  lastMessageAt: number | null;
  /** When the last data update (snapshot or update) arrived. */
  lastUpdateAt: number | null;
  attempts: number;
}

export interface SourceInfo {
  id: string;
  title: { ko: string; en: string };
  department: { ko: string; en: string };
  cadence: string;
  staleAfterSeconds: number;
  synthetic: boolean;
  attribution: string;
}

export type { Station } from '../../../server/contracts/index.ts';

export interface HistoryPoint {
  t: number;
  value: number | null;
}

export type HistoryEntry =
  | { status: 'loading'; requestedAt: number }
  | { status: 'ready'; loadedAt: number; series: Record<string, HistoryPoint[]> }
  | { status: 'error'; loadedAt: number; message: string };

export interface MapView {
  /** 1 shows the whole city in the panel. */
  zoom: number;
  /** Map point (projected metres) at the centre of the panel. */
  cx: number;
  cy: number;
}

export interface WallState extends SafetyState, OpinionState, AdminState, PairingState, CommandState {
  layout: Layout;
  screenId: string;
  language: Language;
  connection: Connection;
  /** Latest air state per gu code. */
  air: Map<string, DistrictAir>;
  airAt: string | null;
  /** Health per source id, from the source actors. */
  health: Map<string, SourceHealth>;
  healthAt: string | null;
  catalog: Map<string, SourceInfo>;
  stations: Station[];
  selected: string | null;
  history: Map<string, HistoryEntry>;
  views: Map<string, MapView>;
  /** Wall clock in whole seconds: relative times ("3 min ago") and staleness change with it. */
  clock: number;
  /** The signed-in person's login, or null for an anonymous visitor. */
  signedIn: string | null;
  /** Bumped on every change: the scene redraws what depends on a newer version. */
  version: number;
}

export const initialConnection = (now: number): Connection => ({
  status: 'connecting', since: now, lastMessageAt: null, lastUpdateAt: null, attempts: 0,
});

export function createWallState(layout: Layout, now: number, overrides: { screen?: string | null; language?: Language | null } = {}): WallState {
  const screenId = overrides.screen && layout.screens.some((s) => s.id === overrides.screen) ? overrides.screen : layout.startScreen;
  return {
    layout,
    screenId,
    language: overrides.language ?? layout.language,
    connection: initialConnection(now),
    air: new Map(),
    airAt: null,
    health: new Map(),
    healthAt: null,
    catalog: new Map(),
    stations: [],
    selected: layout.focusDistrict,
    history: new Map(),
    views: new Map(),
    clock: Math.floor(now / 1000),
    signedIn: null,
    ...initialSafety(),
    ...initialOpinion(),
    ...initialAdmin(),
    ...initialPairing(),
    ...initialCommandState(),
    version: 0,
  };
}

export const currentScreen = (s: WallState) => s.layout.screens.find((x) => x.id === s.screenId) ?? s.layout.screens[0]!;
