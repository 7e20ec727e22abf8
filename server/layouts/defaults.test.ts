import test from 'ava';
import { ChannelSchema, channels, GRID, LayoutSchema, WALL_ROLES, type Layout, type PanelArea } from '../contracts/index.ts';
import { builtInLayout, builtInRoles } from './defaults.ts';

const cells = (a: PanelArea): string[] =>
  Array.from({ length: a.cols * a.rows }, (_, i) => `${a.col + (i % a.cols)},${a.row + Math.floor(i / a.cols)}`);

/** Every cell of every screen covered by exactly one panel. */
const tiles = (layout: Layout): string[] =>
  layout.screens.flatMap((s) => {
    const covered = s.panels.flatMap((p) => cells(p.area));
    const problems = [];
    if (new Set(covered).size !== covered.length) problems.push(`${s.id}: panels overlap`);
    if (covered.length !== GRID.cols * GRID.rows) problems.push(`${s.id}: ${GRID.cols * GRID.rows - covered.length} cells empty`);
    return problems;
  });

test('every role has a valid built-in layout, in Korean, whose panels tile each screen', (t) => {
  t.deepEqual(builtInRoles().sort(), ['district-head', 'mayor', 'public', 'situation-room']);
  for (const role of WALL_ROLES) {
    const layout = builtInLayout(role);
    t.true(LayoutSchema.safeParse(layout).success, role);
    t.is(layout.language, 'ko', role);
    t.is(layout.focusDistrict, null, role);
    t.deepEqual(tiles(layout), [], role);
  }
});

test('the mayor’s screens, and the district head shares them', (t) => {
  const mayor = builtInLayout('mayor');
  t.deepEqual(
    mayor.screens.map((s) => `${s.id}: ${s.title.en} / ${s.title.ko}`),
    [
      'glance: Seoul at a glance / 서울 한눈에 보기',
      'city: Real-time city status / 실시간 도시 현황',
      'safety: Real-time urban safety / 실시간 도시안전',
      'opinion: Citizen opinion / 시민 의견',
      'administration: Administration status / 시정 현황',
    ],
  );
  const city = mayor.screens.find((s) => s.id === 'city');
  t.like(city?.panels[0], { kind: 'map', metric: 'cai', area: { col: 0, row: 0, cols: 16, rows: 12 }, layers: ['districts', 'neighborhoods', 'stations', 'labels'] });
  t.deepEqual(city?.panels.map((p) => p.kind), ['map', 'air-ranking', 'district-detail']);
  t.deepEqual(builtInLayout('district-head').screens, mayor.screens);
  t.deepEqual(builtInLayout('deputy-mayor'), mayor);
});

test('the situation room watches its sources; the public display shows none of them', (t) => {
  const kinds = (l: Layout) => l.screens.flatMap((s) => s.panels.map((p) => p.kind));
  const room = kinds(builtInLayout('situation-room'));
  t.true(room.includes('source-health'));
  t.true(room.filter((k) => k === 'map').length >= 3);
  t.false(kinds(builtInLayout('public')).includes('source-health'));
});

test('safety screens: the mayor, the district head and the situation room see incidents and cameras; the public no camera', (t) => {
  const safety = (l: Layout) => l.screens.find((s) => s.id === 'safety');
  for (const role of ['mayor', 'district-head', 'situation-room'] as const) {
    const screen = safety(builtInLayout(role));
    t.deepEqual(screen?.panels.map((p) => p.kind).sort(), ['cctv', 'incident-detail', 'incidents', 'map'], role);
    t.true(screen?.panels.find((p) => p.kind === 'map')?.layers?.includes('incidents'), role);
    t.true((screen?.panels.find((p) => p.kind === 'cctv')?.limit ?? 0) <= 16, role);
  }
  t.deepEqual(safety(builtInLayout('mayor'))?.title, { ko: '실시간 도시안전', en: 'Real-time urban safety' });
  const pub = builtInLayout('public');
  const kinds = pub.screens.flatMap((s) => s.panels.map((p) => p.kind));
  t.true(kinds.includes('incidents'));
  t.false(kinds.includes('cctv'));
  t.false(kinds.includes('incident-detail'));
});

test('built-ins are copies: changing one does not change the next', (t) => {
  const a = builtInLayout('mayor');
  a.screens.pop();
  t.is(builtInLayout('mayor').screens.length, 5);
});

test('layout channels are valid addresses and distinct for owners that differ only in . and _', (t) => {
  const owners = ['mayor', 'kim.minsu', 'kim_minsu', 'kim_dminsu', 'kim__minsu', 'a.b_c-d'];
  const addresses = owners.map((o) => channels.layout('user', o));
  for (const a of addresses) t.true(ChannelSchema.safeParse(a).success, a);
  t.is(new Set(addresses).size, owners.length);
  t.is(channels.layout('user', 'kim.minsu'), 'layouts/user/kim_dminsu');
  t.is(channels.layout('role', 'situation-room'), 'layouts/role/situation-room');
  t.true(ChannelSchema.safeParse(channels.layout('user', `a${'.'.repeat(62)}`)).success, 'the longest owner fits');
});

test('the administration screens show the budget’s execution beside the indicators, the plan and the city score', (t) => {
  for (const role of ['mayor', 'district-head', 'public'] as const) {
    const screen = builtInLayout(role).screens.find((s) => s.id === 'administration');
    t.deepEqual(screen?.panels.map((p) => p.kind), ['indicator-grid', 'indicator-detail', 'budget-execution', 'pledge-board', 'city-score'], role);
    t.like(screen?.panels.find((p) => p.kind === 'budget-execution'), { title: { ko: '예산 집행', en: 'Budget execution' }, area: { rows: 7 } }, role);
  }
});
