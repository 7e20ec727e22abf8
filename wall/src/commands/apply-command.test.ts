import { readFileSync } from 'node:fs';
import test from 'ava';
import { COMMAND_INDICATORS, COMMAND_TYPES, CommandSchema, type Command, type Panel } from '../../../server/contracts/index.ts';
import { builtInLayout } from '../../../server/layouts/defaults.ts';
import { applyAction } from '../state/actions.ts';
import { feedOf } from '../state/complaints.ts';
import { createWallState, type WallState } from '../state/wall-state.ts';
import { feedItem } from '../state/testing/opinion-fixtures.ts';
import { planCommand, type CommandEnv, type CommandPlan } from './apply-command.ts';
import { carouselStep, DEFAULT_ROTATE_S } from './carousel.ts';
import { INDICATOR_TARGETS, TOPIC_AREAS } from './indicators.ts';
import { TEST_PLACES } from './testing/places-fixture.ts';

const NOW = Date.parse('2025-05-01T03:00:00Z');
const env = (over: Partial<CommandEnv> = {}): CommandEnv => ({ places: TEST_PLACES, calls: false, wall: 'mayor', now: NOW, ...over });
const wall = (role: 'mayor' | 'public' | 'situation-room' = 'mayor'): WallState => {
  const s = createWallState(builtInLayout(role), NOW);
  s.signedIn = role === 'public' ? null : 'mayor';
  return s;
};
/** Plans a command and applies its actions, as the command bus does. */
const run = (s: WallState, c: Command, e: CommandEnv = env()): CommandPlan => {
  const p = planCommand(s, c, e);
  for (const a of p.actions) applyAction(s, a);
  return p;
};

/** One example of every command, as the parser would build it. */
const EXAMPLES: Record<Command['type'], Command> = {
  'show-screen': { type: 'show-screen', screen: 'safety' },
  'next-screen': { type: 'next-screen' },
  'previous-screen': { type: 'previous-screen' },
  'go-back': { type: 'go-back' },
  play: { type: 'play' },
  pause: { type: 'pause' },
  'show-help': { type: 'show-help' },
  refresh: { type: 'refresh' },
  'select-district': { type: 'select-district', district: '11710' },
  'compare-districts': { type: 'compare-districts', districts: ['11680', '11710'] },
  'select-dong': { type: 'select-dong', dong: '1168064000', district: '11680' },
  'clear-selection': { type: 'clear-selection' },
  'open-indicator': { type: 'open-indicator', indicator: 'employment-rate' },
  'open-cameras': { type: 'open-cameras', district: '11680' },
  'close-cameras': { type: 'close-cameras' },
  'open-incident': { type: 'open-incident', incident: 'fire-119:9' },
  'filter-incidents': { type: 'filter-incidents', agency: 'fire' },
  'call-official': { type: 'call-official', role: 'fire-commander' },
  'hang-up': { type: 'hang-up' },
  'change-language': { type: 'change-language', lang: 'en' },
  'zoom-map': { type: 'zoom-map', direction: 'in' },
  'pan-map': { type: 'pan-map', direction: 'east' },
  'reset-view': { type: 'reset-view' },
  'show-layer': { type: 'show-layer', layer: 'incidents' },
  'hide-layer': { type: 'hide-layer', layer: 'labels' },
  'show-complaints': { type: 'show-complaints', district: '11680' },
  'show-trends': { type: 'show-trends' },
  'show-pledges': { type: 'show-pledges' },
  'show-city-score': { type: 'show-city-score' },
  'show-budget': { type: 'show-budget' },
  'send-to-wall': { type: 'send-to-wall', wall: 'situation-room' },
  mute: { type: 'mute' },
  unmute: { type: 'unmute' },
};

test('every command of the contract changes this wall, or runs an effect, or says why not', (t) => {
  t.is(COMMAND_TYPES.length, 33);
  for (const type of COMMAND_TYPES) {
    const c = CommandSchema.parse(EXAMPLES[type]);
    const s = wall();
    // Something to go back to, to close, to unmute: the state a command acts on.
    applyAction(s, { type: 'screen.show', screen: 'city' });
    applyAction(s, { type: 'sound.set', muted: type !== 'mute' });
    applyAction(s, { type: 'carousel.set', playing: true, at: NOW - 5_000 });
    applyAction(s, { type: 'cctv.open', incident: null, district: '11710' });
    applyAction(s, { type: 'map.view', panel: 'map', view: { zoom: 3, cx: 0, cy: 0 } });
    applyAction(s, { type: 'district.select', code: '11680' });
    const before = s.version;
    const p = run(s, c, env({ calls: true }));
    t.true(s.version > before || p.effects.length > 0, `${type} did nothing`);
  }
});

test('show-screen, next and previous (round the layout), go back through the screens shown', (t) => {
  const s = wall();
  run(s, { type: 'show-screen', screen: 'safety' });
  t.is(s.screenId, 'safety');
  run(s, { type: 'next-screen' });
  t.is(s.screenId, 'opinion');
  run(s, { type: 'next-screen' });
  run(s, { type: 'next-screen' });
  t.is(s.screenId, 'glance', 'after the last screen, the first');
  run(s, { type: 'previous-screen' });
  t.is(s.screenId, 'administration');
  t.deepEqual(s.screenHistory, ['glance', 'safety', 'opinion', 'administration', 'glance']);
  run(s, { type: 'go-back' });
  t.is(s.screenId, 'glance');
  run(s, { type: 'go-back' });
  t.is(s.screenId, 'opinion', 'the screen shown just before is skipped when it is the current one');
  const unknown = run(s, { type: 'show-screen', screen: 'budget' });
  t.is(s.screenId, 'opinion');
  t.deepEqual(unknown.actions.map((a) => a.type), ['notice.show']);
  t.regex(s.notice!.text, /'budget'/);
  const fresh = wall();
  run(fresh, { type: 'go-back' });
  t.is(fresh.screenId, 'glance');
  t.regex(fresh.lastNotice!, /이전 화면이 없습니다/);
});

test('play rotates the screens every rotateSeconds (20 s without one); pause stops', (t) => {
  const s = wall();
  run(s, { type: 'play' });
  t.true(s.carousel.playing);
  t.deepEqual(carouselStep(s, NOW + DEFAULT_ROTATE_S * 1000 - 1), []);
  for (const a of carouselStep(s, NOW + DEFAULT_ROTATE_S * 1000)) applyAction(s, a);
  t.is(s.screenId, 'city');
  t.is(s.carousel.since, NOW + DEFAULT_ROTATE_S * 1000, 'the next screen gets its full time');
  run(s, { type: 'pause' });
  t.false(s.carousel.playing);
  t.deepEqual(carouselStep(s, NOW + 10 * DEFAULT_ROTATE_S * 1000), []);
  const pub = wall('public');
  t.is(pub.layout.rotateSeconds, 30);
  run(pub, { type: 'play' });
  t.deepEqual(carouselStep(pub, NOW + 20_000), [], 'the layout’s own period');
  t.is(carouselStep(pub, NOW + 30_000).length, 2);
});

test('show-help opens the help; mute and unmute; change-language', (t) => {
  const s = wall();
  run(s, { type: 'show-help' });
  t.true(s.helpOpen);
  run(s, { type: 'mute' });
  t.true(s.muted);
  run(s, { type: 'unmute' });
  t.false(s.muted);
  run(s, { type: 'change-language', lang: 'en' });
  t.is(s.language, 'en');
});

test('refresh marks every held answer stale (kept on show) and reloads the references', (t) => {
  const s = wall();
  s.pledges = { status: 'ready', loadedAt: NOW, data: { asOf: '', name: { ko: '', en: '' }, years: [2022, 2026], areas: [], visions: [], tasks: [] } };
  s.history.set('11680', { status: 'ready', loadedAt: NOW, series: {} });
  s.cameraList = { key: 'k', target: { kind: 'district', district: '11680' }, status: 'ready', loadedAt: NOW, cameras: [] };
  const p = run(s, { type: 'refresh' });
  t.deepEqual(p.effects, [{ type: 'data.reload' }]);
  t.is(s.pledges.status, 'ready');
  t.is(s.pledges.status === 'ready' ? s.pledges.loadedAt : -1, 0);
  const h = s.history.get('11680');
  t.is(h?.status === 'ready' ? h.loadedAt : -1, 0);
  const listOf = (w: WallState) => w.cameraList;
  t.is(listOf(s), null, 'the camera list asked again');
});

test('select-district selects a gu of the map, drops a dong of another gu; an unknown one is said', (t) => {
  const s = wall();
  run(s, { type: 'select-dong', dong: '1168064000', district: '11680' });
  run(s, { type: 'select-district', district: '11710' });
  t.is(s.selected, '11710');
  t.is(s.selectedDong, null);
  run(s, { type: 'select-district', district: '11500' });
  t.is(s.selected, '11710');
  t.regex(s.notice!.text, /11500/);
});

test('compare-districts opens the comparison; clear-selection closes it with every selection', (t) => {
  const s = wall();
  run(s, { type: 'select-district', district: '11680' });
  applyAction(s, { type: 'incident.select', id: 'fire-119:1' });
  run(s, { type: 'compare-districts', districts: ['11680', '11710', '11110'] });
  t.deepEqual(s.compare, ['11680', '11710', '11110']);
  run(s, { type: 'compare-districts', districts: ['11680', '11999'] });
  t.deepEqual(s.compare, ['11680', '11710', '11110'], 'a gu the map does not know is refused');
  run(s, { type: 'show-help' });
  run(s, { type: 'clear-selection' });
  t.is(s.compare, null);
  t.is(s.selected, null);
  t.is(s.selectedIncident, null);
  t.false(s.helpOpen);
});

test('open-indicator: a catalogue indicator on the administration screen, by gu when a gu is named', (t) => {
  const s = wall();
  run(s, { type: 'open-indicator', indicator: 'employment-rate', district: '11680', period: 'last-month' });
  t.is(s.screenId, 'administration');
  t.is(s.indicatorArea, 'jobs-economy');
  t.is(s.selectedIndicator, 'employment-rate');
  t.is(s.drillBy, 'district');
  t.is(s.selected, '11680');
  t.deepEqual(s.drillPeriod, { from: '2025-04-01', to: '2025-04-30' }, 'last month, by the wall’s clock');
  run(s, { type: 'open-indicator', indicator: 'employment-rate', period: { from: '2024-03-01', to: '2024-03-31' } });
  t.deepEqual(s.drillPeriod, { from: '2024-03-01', to: '2024-03-31' });
  run(s, { type: 'open-indicator', indicator: 'employment-rate' });
  t.is(s.drillPeriod, null, 'no period: the latest again');
  run(s, { type: 'open-indicator', topic: 'safety' });
  t.is(s.indicatorArea, 'safety');
  t.is(s.selectedIndicator, null, 'a topic shows its area, no one indicator');
});

test('open-indicator: the live air index on an air map; a figure the platform lacks is said', (t) => {
  const s = wall();
  run(s, { type: 'show-screen', screen: 'opinion' });
  run(s, { type: 'open-indicator', indicator: 'cai', district: '11710' });
  t.is(s.screenId, 'glance', 'the first screen with a CAI map');
  t.is(s.selected, '11710');
  run(s, { type: 'open-indicator', indicator: 'o3' });
  t.is(s.screenId, 'glance');
  t.regex(s.notice!.text, /지도가 없습니다/);
  run(s, { type: 'open-indicator', indicator: 'housing-prices' });
  t.is(s.screenId, 'administration');
  t.is(s.indicatorArea, 'welfare-housing');
  t.regex(s.notice!.text, /housing-prices/);
  run(s, { type: 'open-indicator', topic: 'culture' });
  t.regex(s.notice!.text, /문화/);
  const room = wall('situation-room');
  run(room, { type: 'open-indicator', indicator: 'employment-rate' });
  t.regex(room.notice!.text, /정책 지표 화면이 없습니다/);
});

test('every indicator name leads to a catalogue indicator of its plan area, or says what it lacks', (t) => {
  const catalogue = JSON.parse(readFileSync(new URL('../../../db/reference/indicators/catalogue.json', import.meta.url), 'utf8')) as { indicators: Array<{ id: string; area: string }> };
  const byId = new Map(catalogue.indicators.map((i) => [i.id, i]));
  for (const name of COMMAND_INDICATORS) {
    const target = INDICATOR_TARGETS[name];
    if (target.kind === 'catalogue') t.is(byId.get(target.id)?.area, target.area, name);
  }
  const areas = new Set(catalogue.indicators.map((i) => i.area));
  for (const area of Object.values(TOPIC_AREAS)) if (area !== null) t.true(areas.has(area), area);
});

test('show-complaints: the opinion screen, narrowed to a gu and a category; show-trends spotlights the trends', (t) => {
  const s = wall();
  s.complaints = [feedItem({ id: 'dasan-120:1', district: '11680', category: 'parking' }), feedItem({ id: 'dasan-120:2', district: '11680', category: 'noise' }), feedItem({ id: 'dasan-120:3', district: '11710', category: 'parking' })];
  run(s, { type: 'show-complaints', district: '11680', category: 'parking' });
  t.is(s.screenId, 'opinion');
  t.is(s.selected, '11680');
  t.deepEqual(feedOf(s, s.selected).map((c) => c.id), ['dasan-120:1']);
  t.deepEqual(s.spotlight, { panel: 'feed', at: NOW });
  run(s, { type: 'show-complaints' });
  t.is(s.complaintCategory, null, 'asked again without one, every category');
  run(s, { type: 'show-screen', screen: 'glance' });
  run(s, { type: 'show-trends', period: 'this-week' });
  t.is(s.screenId, 'opinion');
  t.is(s.spotlight?.panel, 'trends');
});

test('show-pledges and show-city-score: the administration screen with that panel spotlit; no budget panel is said', (t) => {
  const s = wall();
  run(s, { type: 'show-pledges' });
  t.is(s.screenId, 'administration');
  t.is(s.spotlight?.panel, 'pledges');
  run(s, { type: 'show-screen', screen: 'city' });
  run(s, { type: 'show-city-score' });
  t.is(s.screenId, 'administration');
  t.is(s.spotlight?.panel, 'score');
  // Budget execution: its panel where the layout has one, else the wall says it has none.
  const strip = (w: WallState): void => {
    for (const screen of w.layout.screens) screen.panels = screen.panels.filter((x) => !String(x.kind).startsWith('budget'));
  };
  strip(s);
  const p = run(s, { type: 'show-budget', period: 'this-year' });
  t.deepEqual(p.actions.map((a) => a.type), ['notice.show']);
  t.regex(s.notice!.text, /예산 집행/);
  const withBudget = wall();
  strip(withBudget);
  withBudget.layout.screens.find((x) => x.id === 'administration')!.panels.push({ id: 'budget', kind: 'budget-execution' as Panel['kind'], area: { col: 0, row: 0, cols: 1, rows: 1 } });
  run(withBudget, { type: 'show-budget', period: 'last-quarter' });
  t.is(withBudget.screenId, 'administration');
  t.is(withBudget.spotlight?.panel, 'budget');
  t.deepEqual(withBudget.budgetPeriod, { from: '2025-01-01', to: '2025-03-31' }, 'last quarter, by the wall’s clock');
  run(withBudget, { type: 'show-budget' });
  t.is(withBudget.budgetPeriod, null, 'no period: the newest month');
  const room = wall('situation-room');
  run(room, { type: 'show-pledges' });
  t.regex(room.notice!.text, /공약/);
});

test('send-to-wall sends the commands that bring another wall to this view; without a wall, or to itself, it says so', (t) => {
  const s = wall();
  run(s, { type: 'open-indicator', indicator: 'crimes', district: '11680' });
  run(s, { type: 'change-language', lang: 'en' });
  const p = run(s, { type: 'send-to-wall', wall: 'situation-room' });
  t.deepEqual(p.effects, [{
    type: 'view.send',
    wall: 'situation-room',
    commands: [
      { type: 'show-screen', screen: 'administration' },
      { type: 'select-district', district: '11680' },
      { type: 'open-indicator', indicator: 'crimes' },
      { type: 'change-language', lang: 'en' },
    ],
  }]);
  for (const c of p.effects[0]!.type === 'view.send' ? p.effects[0]!.commands : []) t.true(CommandSchema.safeParse(c).success);
  const none = run(s, { type: 'send-to-wall' });
  t.deepEqual(none.effects, []);
  t.regex(s.notice!.text, /which wall/);
  run(s, { type: 'send-to-wall', wall: 'mayor' });
  t.regex(s.notice!.text, /already/);
});
