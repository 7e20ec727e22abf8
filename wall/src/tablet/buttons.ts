/**
 * @module wall/tablet/buttons
 * What the remote screen offers, as data: sections of buttons, each with the command a tap sends,
 * whether this person's role may issue it (from the command registry, `GET /api/v1/commands`) and
 * the registry's description; the 25 gu as tiles roughly where they lie; the screens of the paired
 * wall. The server decides in the end: a button the registry allows may still be refused. Pure.
 */
import {
  KNOWN_SCREENS,
  MAP_LAYERS,
  OFFICIAL_ROLES,
  WALL_ROLES,
  wallDistrict,
  type Command,
  type CommandType,
  type LocalizedText,
  type StoredLayout,
  type WallTarget,
} from '../../../server/contracts/index.ts';
import type { DistrictName, Registry } from '../api/remote.ts';
import { GU_TILES } from '../state/admin-score.ts';
import { viewDistrict, type TabletView } from './view.ts';
import { COMMAND_NAMES, LAYER_NAMES, OFFICIAL_NAMES, SCREEN_NAMES, WORDS } from './words.ts';

export interface RemoteButton {
  /** Stable: the button's `data-key`. */
  key: string;
  label: LocalizedText;
  command: Command;
  /** Whether this person's role may issue the command (true when the registry could not be read). */
  allowed: boolean;
  /** The registry's description of the command. */
  hint: LocalizedText | null;
  /** Part of the tablet's view now. */
  pressed: boolean;
}

export type SectionKey = 'screens' | 'language' | 'map' | 'layers' | 'incidents' | 'administration' | 'officials';

export interface RemoteSection {
  key: SectionKey;
  title: LocalizedText;
  buttons: RemoteButton[];
}

export interface ScreenChoice {
  id: string;
  title: LocalizedText;
}

/** Whether the registry lets `role` issue `type`; without a registry the server alone decides. */
export function permits(registry: Registry | null, role: string, type: CommandType): boolean {
  if (!registry) return true;
  const entry = registry.commands.find((c) => c.type === type);
  return entry !== undefined && entry.roles.includes(role);
}

export const hintOf = (registry: Registry | null, type: CommandType): LocalizedText | null =>
  registry?.commands.find((c) => c.type === type)?.description ?? null;

export interface ButtonInput {
  registry: Registry | null;
  role: string;
  screens: readonly ScreenChoice[];
  view: TabletView;
}

export function remoteSections(input: ButtonInput): RemoteSection[] {
  const { registry, role, view } = input;
  const button = (key: string, label: LocalizedText, command: Command, pressed = false): RemoteButton => ({
    key,
    label,
    command,
    allowed: permits(registry, role, command.type),
    hint: hintOf(registry, command.type),
    pressed,
  });
  const name = (type: CommandType): LocalizedText => COMMAND_NAMES[type];
  const gu = viewDistrict(view);
  const withGu = gu ? { district: gu } : {};
  const section = (key: SectionKey, title: LocalizedText, buttons: RemoteButton[]): RemoteSection => ({ key, title, buttons });
  return [
    section('screens', WORDS.screens, input.screens.map((s) => button(`screen:${s.id}`, s.title, { type: 'show-screen', screen: s.id }, view.screen === s.id))),
    section('language', WORDS.language, [
      button('lang:ko', { ko: '한국어', en: '한국어' }, { type: 'change-language', lang: 'ko' }, view.language === 'ko'),
      button('lang:en', { ko: 'English', en: 'English' }, { type: 'change-language', lang: 'en' }, view.language === 'en'),
    ]),
    section('map', WORDS.map, [
      button('zoom:in', { ko: '확대 +', en: 'Zoom in +' }, { type: 'zoom-map', direction: 'in' }),
      button('zoom:out', { ko: '축소 −', en: 'Zoom out −' }, { type: 'zoom-map', direction: 'out' }),
      button('zoom:reset', name('reset-view'), { type: 'reset-view' }),
    ]),
    section(
      'layers',
      WORDS.layers,
      MAP_LAYERS.flatMap((layer) => [
        button(`layer:${layer}:show`, both(LAYER_NAMES[layer], WORDS.show), { type: 'show-layer', layer }),
        button(`layer:${layer}:hide`, both(LAYER_NAMES[layer], WORDS.hide), { type: 'hide-layer', layer }),
      ]),
    ),
    section('incidents', WORDS.incidents, [
      button('incident:latest', { ko: '최근 사건', en: 'Latest incident' }, { type: 'open-incident', incident: 'latest' }),
      button('cameras:open', name('open-cameras'), { type: 'open-cameras', ...withGu }),
      button('cameras:close', name('close-cameras'), { type: 'close-cameras' }),
    ]),
    section('administration', WORDS.administration, [
      button('admin:pledges', name('show-pledges'), { type: 'show-pledges' }, view.focus?.type === 'show-pledges'),
      button('admin:score', name('show-city-score'), { type: 'show-city-score' }, view.focus?.type === 'show-city-score'),
      button('admin:budget', name('show-budget'), { type: 'show-budget' }, view.focus?.type === 'show-budget'),
    ]),
    section('officials', WORDS.officials, [
      ...OFFICIAL_ROLES.map((r) => button(`call:${r}`, OFFICIAL_NAMES[r], { type: 'call-official', role: r, ...withGu })),
      button('call:hang-up', name('hang-up'), { type: 'hang-up' }),
    ]),
  ];
}

const both = (a: LocalizedText, b: LocalizedText): LocalizedText => ({ ko: `${a.ko} ${b.ko}`, en: `${a.en}: ${b.en}` });

export interface DistrictTile {
  code: string;
  name: LocalizedText;
  /** Grid position (0-based), roughly where the gu lies. */
  col: number;
  row: number;
  /** The view's district, or one of the view's compared districts. */
  selected: boolean;
  /** Picked for a comparison not sent yet. */
  picked: boolean;
}

/** The 25 gu as tiles, names from the API when it answered, else their codes. */
export function districtTiles(names: readonly DistrictName[], view: TabletView, picked: readonly string[]): DistrictTile[] {
  const byCode = new Map(names.map((d) => [d.code, d.name]));
  const inView = new Set(view.place?.kind === 'district' ? [view.place.district] : view.place?.kind === 'compare' ? view.place.districts : []);
  return GU_TILES.map(([code, col, row]) => ({
    code,
    name: byCode.get(code) ?? { ko: code, en: code },
    col,
    row,
    selected: inView.has(code),
    picked: picked.includes(code),
  }));
}

/** The layout to ask for a wall's screens: a role's wall, or a district head's; null for any other. */
export function layoutRequestFor(wall: string): { role: string; district: string | null } | null {
  const district = wallDistrict(wall);
  if (district) return { role: 'district-head', district };
  return (WALL_ROLES as readonly string[]).includes(wall) && wall !== 'public' ? { role: wall, district: null } : null;
}

/** The paired wall's screens from its layout, or the built-in screens when it could not be read. */
export function screenChoices(layout: StoredLayout | null): ScreenChoice[] {
  if (layout) return layout.layout.screens.map((s) => ({ id: s.id, title: s.title }));
  return KNOWN_SCREENS.map((id) => ({ id, title: SCREEN_NAMES[id] ?? { ko: id, en: id } }));
}

/** The district heads' walls (`gu-<code>`) a view may be sent to, the wall already driven left out, by gu code. */
export function headWalls(walls: readonly WallTarget[], driven: string | null): WallTarget[] {
  return walls.filter((w) => wallDistrict(w.wall) !== null && w.wall !== driven).sort((a, b) => a.wall.localeCompare(b.wall));
}

/** The walls a person may drive without a code: their own, and those already paired. */
export const drivableWalls = (walls: readonly WallTarget[]): WallTarget[] => walls.filter((w) => w.via === 'own' || w.via === 'paired');
