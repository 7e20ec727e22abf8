import test from 'ava';
import type { Command } from '../../../server/contracts/index.ts';
import { builtInLayout } from '../../../server/layouts/defaults.ts';
import { incident } from '../../testing/incident-fixtures.ts';
import { applyAction } from '../state/actions.ts';
import { cctvTarget } from '../state/cctv.ts';
import { openIncidents, visibleIncidents } from '../state/incidents.ts';
import { createWallState, type WallState } from '../state/wall-state.ts';
import { planCommand, type CommandEnv, type CommandPlan } from './apply-command.ts';
import { latestIncident } from './apply-safety.ts';
import { TEST_PLACES } from './testing/places-fixture.ts';

const NOW = Date.parse('2025-05-01T03:00:00Z');
const env = (over: Partial<CommandEnv> = {}): CommandEnv => ({ places: TEST_PLACES, calls: false, wall: 'mayor', now: NOW, ...over });

/** The mayor's wall with five incidents: two fires in Gangnam (the newest resolved), a rescue and a theft in Songpa, a critical EMS call. */
function wall(role: 'mayor' | 'public' | 'situation-room' = 'mayor'): WallState {
  const s = createWallState(builtInLayout(role), NOW);
  s.signedIn = role === 'public' ? null : 'mayor';
  const board = [
    incident({ id: 'fire-119:1', reportedAt: NOW - 600_000, dispatchedAfterS: 60 }),
    incident({ id: 'fire-119:2', reportedAt: NOW - 60_000, resolvedAfterS: 30 }),
    incident({ id: 'fire-119:3', type: 'rescue', district: '11710', reportedAt: NOW - 300_000, severity: 'major' }),
    incident({ id: 'police-112:4', type: 'theft', district: '11710', reportedAt: NOW - 120_000, severity: 'minor' }),
    incident({ id: 'fire-119:5', type: 'ems', reportedAt: NOW - 900_000, severity: 'critical' }),
  ];
  s.incidents = new Map(board.map((i) => [i.id, i]));
  s.incidentsAt = new Date(NOW).toISOString();
  return s;
}
const run = (s: WallState, c: Command, e: CommandEnv = env()): CommandPlan => {
  const p = planCommand(s, c, e);
  for (const a of p.actions) applyAction(s, a);
  return p;
};

test('open-incident: the newest open one (of a type when given), the selected one, or one by id, on the safety screen', (t) => {
  const s = wall();
  t.is(latestIncident(s, null), 'police-112:4', 'the newest open incident (a resolved one is not)');
  run(s, { type: 'open-incident', incident: 'latest', incidentType: 'fire' });
  t.is(s.screenId, 'safety');
  t.is(s.selectedIncident, 'fire-119:1');
  t.is(s.cctvFor, 'fire-119:1');
  run(s, { type: 'open-incident', incident: 'fire-119:5' });
  t.is(s.selectedIncident, 'fire-119:5');
  run(s, { type: 'open-incident', incident: 'selected' });
  t.is(s.selectedIncident, 'fire-119:5');
  applyAction(s, { type: 'incident.clear' });
  run(s, { type: 'open-incident', incident: 'selected' });
  t.regex(s.notice!.text, /선택된 사건이 없습니다/);
  s.incidents = new Map();
  run(s, { type: 'open-incident', incident: 'latest' });
  t.regex(s.notice!.text, /진행 중인 사건·사고가 없습니다/);
});

test('filter-incidents narrows the map and the list (severity as a minimum, the selected one kept); no filter shows all', (t) => {
  const s = wall();
  applyAction(s, { type: 'incident.select', id: 'police-112:4' });
  run(s, { type: 'filter-incidents', agency: 'fire', severity: 'major' });
  t.is(s.screenId, 'safety');
  t.deepEqual(openIncidents(s, null).map((i) => i.id), ['fire-119:5', 'fire-119:3']);
  t.deepEqual(visibleIncidents(s).map((i) => i.id).sort(), ['fire-119:3', 'fire-119:5', 'police-112:4']);
  run(s, { type: 'filter-incidents', district: '11710' });
  t.deepEqual(openIncidents(s, null).map((i) => i.id), ['fire-119:3', 'police-112:4']);
  run(s, { type: 'filter-incidents' });
  t.is(s.incidentFilter, null);
  t.is(openIncidents(s, null).length, 4);
});

test('open-cameras: around the selected incident, in a gu, as many as asked; close-cameras returns to where they were opened', (t) => {
  const s = wall();
  run(s, { type: 'show-screen', screen: 'city' });
  applyAction(s, { type: 'incident.select', id: 'fire-119:1' });
  applyAction(s, { type: 'cctv.open', incident: null });
  run(s, { type: 'open-cameras', incident: 'selected', count: 4 });
  t.is(s.screenId, 'safety');
  t.is(s.cameraReturn, 'city');
  t.deepEqual(cctvTarget(s, null), { kind: 'incident', incident: 'fire-119:1' });
  t.is(s.cctvCount, 4);
  run(s, { type: 'open-cameras', district: '11710' });
  t.deepEqual(cctvTarget(s, null), { kind: 'district', district: '11710' });
  t.is(s.cctvCount, null);
  run(s, { type: 'close-cameras' });
  t.is(s.screenId, 'city');
  t.is(s.cctvFor, null);
  t.is(s.cctvDistrict, null);
  t.is(s.cameraReturn, null);
  applyAction(s, { type: 'incident.clear' });
  run(s, { type: 'open-cameras', incident: 'selected' });
  t.regex(s.notice!.text, /선택된 사건이 없습니다/);
});

test('open-cameras on a wall without cameras, or for an anonymous visitor, says so', (t) => {
  const pub = wall('public');
  run(pub, { type: 'open-cameras', district: '11680' });
  t.regex(pub.notice!.text, /CCTV 화면이 없습니다/);
  const anon = wall();
  anon.signedIn = null;
  run(anon, { type: 'open-cameras', district: '11680' });
  t.is(anon.screenId, 'safety');
  t.regex(anon.notice!.text, /로그인한 직원만/);
});

test('call-official and hang-up go to the calls port with whom and what about; without one, the wall says calls are not available', (t) => {
  const s = wall();
  const none = run(s, { type: 'call-official', role: 'fire-commander' });
  t.deepEqual(none.effects, []);
  t.is(s.notice!.text, '이 상황판에서는 통화를 할 수 없습니다');
  applyAction(s, { type: 'language.set', language: 'en' });
  run(s, { type: 'hang-up' });
  t.is(s.notice!.text, 'Calls are not available on this wall');
  applyAction(s, { type: 'incident.select', id: 'fire-119:3' });
  const call = run(s, { type: 'call-official', role: 'fire-commander', incident: 'selected' }, env({ calls: true }));
  t.deepEqual(call.effects, [{ type: 'call.start', target: { role: 'fire-commander', district: '11710', incident: 'fire-119:3' } }]);
  applyAction(s, { type: 'district.select', code: '11680' });
  const head = run(s, { type: 'call-official', role: 'district-head' }, env({ calls: true }));
  t.deepEqual(head.effects, [{ type: 'call.start', target: { role: 'district-head', district: '11680', incident: null } }]);
  t.deepEqual(run(s, { type: 'hang-up' }, env({ calls: true })).effects, [{ type: 'call.hang-up' }]);
});
