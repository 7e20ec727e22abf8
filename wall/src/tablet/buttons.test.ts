import test from 'ava';
import { CommandSchema, COMMAND_TYPES, type StoredLayout } from '../../../server/contracts/index.ts';
import { registryDocument } from '../../../server/commands/registry.ts';
import { builtInLayout } from '../../../server/layouts/defaults.ts';
import { RegistrySchema, type Registry } from '../api/remote.ts';
import { districtTiles, drivableWalls, headWalls, layoutRequestFor, permits, remoteSections, screenChoices, type RemoteButton } from './buttons.ts';
import { EMPTY_VIEW, viewAfter } from './view.ts';

/** The registry as the server serves it, read as the tablet reads it. */
const registry: Registry = RegistrySchema.parse(JSON.parse(JSON.stringify(registryDocument())));
const buttonsOf = (role: string, reg: Registry | null = registry): RemoteButton[] =>
  remoteSections({ registry: reg, role, screens: screenChoices(null), view: EMPTY_VIEW }).flatMap((s) => s.buttons);
const byKey = (bs: RemoteButton[], key: string): RemoteButton => bs.find((b) => b.key === key)!;

test('the served registry is what the tablet reads, every command in it', (t) => {
  t.deepEqual(registry.commands.map((c) => c.type).sort(), [...COMMAND_TYPES].sort());
});

test('every button sends a valid command and has a unique key', (t) => {
  const bs = buttonsOf('mayor');
  t.is(new Set(bs.map((b) => b.key)).size, bs.length);
  for (const b of bs) t.true(CommandSchema.safeParse(b.command).success, b.key);
  t.true(bs.every((b) => b.hint !== null), 'the registry describes every button');
});

test("buttons follow the registry's roles: the mayor calls officials, an official may not", (t) => {
  t.true(byKey(buttonsOf('mayor'), 'call:fire-commander').allowed);
  t.false(byKey(buttonsOf('official'), 'call:fire-commander').allowed);
  t.true(byKey(buttonsOf('official'), 'screen:safety').allowed);
  t.false(byKey(buttonsOf('auditor'), 'cameras:open').allowed, 'auditors see the camera registry, not video');
  t.true(byKey(buttonsOf('situation-room'), 'cameras:open').allowed);
});

test('without a registry every button is offered; a command the registry does not know is not', (t) => {
  t.true(buttonsOf('official', null).every((b) => b.allowed));
  const partial: Registry = { version: 1, commands: registry.commands.filter((c) => c.type !== 'show-budget') };
  t.false(byKey(buttonsOf('mayor', partial), 'admin:budget').allowed);
  t.false(permits(partial, 'mayor', 'show-budget'));
  t.true(permits(partial, 'mayor', 'show-pledges'));
});

test("cameras and calls take the view's district; the view's parts show as pressed", (t) => {
  const view = [
    { type: 'show-screen', screen: 'safety' },
    { type: 'select-district', district: '11680' },
    { type: 'change-language', lang: 'en' },
  ].reduce((v, c) => viewAfter(v, CommandSchema.parse(c)), EMPTY_VIEW);
  const bs = remoteSections({ registry, role: 'mayor', screens: screenChoices(null), view }).flatMap((s) => s.buttons);
  t.deepEqual(byKey(bs, 'cameras:open').command, { type: 'open-cameras', district: '11680' });
  t.deepEqual(byKey(bs, 'call:police-chief').command, { type: 'call-official', role: 'police-chief', district: '11680' });
  t.deepEqual(bs.filter((b) => b.pressed).map((b) => b.key).sort(), ['lang:en', 'screen:safety']);
  t.deepEqual(byKey(buttonsOf('mayor'), 'cameras:open').command, { type: 'open-cameras' });
});

test('the 25 gu as tiles: every gu once, one per place, named when the names came', (t) => {
  const view = viewAfter(EMPTY_VIEW, { type: 'compare-districts', districts: ['11680', '11650'] });
  const tiles = districtTiles([{ code: '11680', name: { ko: '강남구', en: 'Gangnam-gu' } }], view, ['11110']);
  t.is(tiles.length, 25);
  t.is(new Set(tiles.map((x) => x.code)).size, 25);
  t.is(new Set(tiles.map((x) => `${x.col},${x.row}`)).size, 25);
  t.deepEqual(tiles.find((x) => x.code === '11680')!.name, { ko: '강남구', en: 'Gangnam-gu' });
  t.deepEqual(tiles.find((x) => x.code === '11440')!.name, { ko: '11440', en: '11440' });
  t.deepEqual(tiles.filter((x) => x.selected).map((x) => x.code).sort(), ['11650', '11680']);
  t.deepEqual(tiles.filter((x) => x.picked).map((x) => x.code), ['11110']);
});

test("a wall's screens come from its layout; a district head's wall is that gu's", (t) => {
  t.deepEqual(layoutRequestFor('gu-11680'), { role: 'district-head', district: '11680' });
  t.deepEqual(layoutRequestFor('mayor'), { role: 'mayor', district: null });
  t.deepEqual(layoutRequestFor('situation-room'), { role: 'situation-room', district: null });
  t.is(layoutRequestFor('lobby-east'), null);
  t.is(layoutRequestFor('public'), null);
  const layout = builtInLayout('mayor');
  const stored: StoredLayout = { scope: 'role', owner: 'mayor', layout, revision: 0, builtIn: true, updatedAt: null };
  t.deepEqual(screenChoices(stored).map((s) => s.id), layout.screens.map((s) => s.id));
  t.deepEqual(screenChoices(stored)[0]!.title, layout.screens[0]!.title);
  t.true(screenChoices(null).some((s) => s.id === 'safety' && s.title.en === 'Urban safety'));
});

test("a view goes to district heads' walls only, not to the wall already driven", (t) => {
  const walls = [
    { wall: 'mayor', label: { ko: '시장실', en: "Mayor's office" }, via: 'own' as const },
    { wall: 'gu-11680', label: { ko: '강남구청장', en: 'Gangnam-gu head' }, via: 'authority' as const },
    { wall: 'gu-11110', label: { ko: '종로구청장', en: 'Jongno-gu head' }, via: 'authority' as const },
    { wall: 'lobby', label: { ko: '로비', en: 'Lobby' }, via: 'paired' as const },
  ];
  t.deepEqual(headWalls(walls, 'mayor').map((w) => w.wall), ['gu-11110', 'gu-11680']);
  t.deepEqual(headWalls(walls, 'gu-11680').map((w) => w.wall), ['gu-11110']);
  t.deepEqual(drivableWalls(walls).map((w) => w.wall), ['mayor', 'lobby']);
});
