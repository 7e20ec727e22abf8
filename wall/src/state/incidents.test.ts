import test from 'ava';
import { builtInLayout } from '../../../server/layouts/defaults.ts';
import { incident, kpi } from '../../testing/incident-fixtures.ts';
import {
  incidentBoardChannel, incidentOf, incidentSources, isRunningLate, kpiOf, openCounts, openIncidents, PUBLIC_INCIDENTS_CHANNEL, visibleIncidents, wasLate,
} from './incidents.ts';
import { createWallState, type WallState } from './wall-state.ts';

const NOW = Date.parse('2025-05-01T05:00:00Z');
const MIN = 60_000;
const late = (awaiting: 'dispatched' | 'arrived' | 'resolved') => [{ awaiting, targetS: 420, at: '2025-05-01T04:57:00Z' }];

const withBoard = (...list: ReturnType<typeof incident>[]): WallState => {
  const s = createWallState(builtInLayout('mayor'), NOW);
  s.incidents = new Map(list.map((i) => [i.id, i]));
  s.incidentsAt = '2025-05-01T05:00:00Z';
  return s;
};

test('staff get the exact board, everyone else the coarsened public one', (t) => {
  t.is(incidentBoardChannel({ signedIn: 'kim' }), 'incidents/city/active');
  t.is(incidentBoardChannel({ signedIn: null }), PUBLIC_INCIDENTS_CHANNEL);
});

test('running late: open and waiting for a stage past its target; a late stage already reached only was late', (t) => {
  const s = withBoard();
  const waiting = incident({ id: 'fire-119:1', reportedAt: NOW - 12 * MIN, dispatchedAfterS: 60, late: late('arrived') });
  const arrivedLate = incident({ id: 'fire-119:2', reportedAt: NOW - 20 * MIN, dispatchedAfterS: 60, arrivedAfterS: 600, late: late('arrived') });
  const resolved = incident({ id: 'fire-119:3', reportedAt: NOW - 50 * MIN, dispatchedAfterS: 60, arrivedAfterS: 600, resolvedAfterS: 900, late: late('resolved') });
  t.true(isRunningLate(waiting, s));
  t.false(isRunningLate(arrivedLate, s));
  t.true(wasLate(arrivedLate, s));
  t.false(isRunningLate(resolved, s), 'a resolved incident never flashes');
  const quiet = incident({ id: 'fire-119:4', reportedAt: NOW - 2 * MIN });
  t.false(isRunningLate(quiet, s));
  t.false(wasLate(quiet, s));
  s.escalations.set(quiet.id, { incident: quiet.id, agency: 'fire', type: 'fire', district: '11680', awaiting: 'dispatched', targetS: 60, at: '2025-05-01T04:59:00Z' });
  t.true(isRunningLate(quiet, s), 'an escalation counts before the board says so');
  t.true(wasLate(quiet, s));
});

test('the live list: open only, late first, then the most severe, then the newest; a gu filters it', (t) => {
  const s = withBoard(
    incident({ id: 'fire-119:old-minor', reportedAt: NOW - 30 * MIN, severity: 'minor' }),
    incident({ id: 'fire-119:new-minor', reportedAt: NOW - 5 * MIN, severity: 'minor' }),
    incident({ id: 'fire-119:critical', reportedAt: NOW - 40 * MIN, severity: 'critical', district: '11110' }),
    incident({ id: 'police-112:late', type: 'theft', reportedAt: NOW - 20 * MIN, severity: 'minor', late: late('dispatched') }),
    incident({ id: 'fire-119:done', reportedAt: NOW - 10 * MIN, severity: 'critical', dispatchedAfterS: 1, arrivedAfterS: 2, resolvedAfterS: 3 }),
  );
  t.deepEqual(openIncidents(s, null).map((i) => i.id), ['police-112:late', 'fire-119:critical', 'fire-119:new-minor', 'fire-119:old-minor']);
  t.deepEqual(openIncidents(s, '11110').map((i) => i.id), ['fire-119:critical']);
  t.deepEqual(openCounts(s, null), { total: 4, fire: 3, police: 1, late: 1 });
  t.deepEqual(openCounts(s, '11680'), { total: 3, fire: 2, police: 1, late: 1 });
  t.deepEqual(incidentSources(openIncidents(s, null)), ['fire-119', 'police-112']);
});

test('the selected incident: the newer of the board and its own record; shown even after leaving the board', (t) => {
  const onBoard = incident({ id: 'fire-119:1', reportedAt: NOW - 5 * MIN });
  const s = withBoard(onBoard);
  t.is(incidentOf(s, null), null);
  t.is(incidentOf(s, 'fire-119:1'), onBoard);
  const newer = { ...onBoard, stage: 'dispatched' as const, updatedAt: '2025-05-01T05:10:00Z' };
  s.incidentRecord = { id: onBoard.id, status: 'ready', incident: newer };
  t.is(incidentOf(s, 'fire-119:1'), newer);
  s.incidentRecord = { id: onBoard.id, status: 'ready', incident: { ...onBoard, updatedAt: '2000-01-01T00:00:00Z' } };
  t.is(incidentOf(s, 'fire-119:1'), onBoard, 'an older record does not win');
  const gone = incident({ id: 'fire-119:gone', reportedAt: NOW - 90 * MIN, dispatchedAfterS: 1, arrivedAfterS: 2, resolvedAfterS: 3 });
  s.selectedIncident = gone.id;
  s.incidentRecord = { id: gone.id, status: 'ready', incident: gone };
  t.deepEqual(visibleIncidents(s).map((i) => i.id), ['fire-119:1', 'fire-119:gone']);
  s.incidentRecord = { id: gone.id, status: 'loading' };
  t.deepEqual(visibleIncidents(s).map((i) => i.id), ['fire-119:1']);
});

test('KPIs by agency and scope', (t) => {
  const s = withBoard();
  s.incidentKpis = [kpi(), kpi({ scope: '11680', shareWithinTarget: 0.8 }), kpi({ agency: 'police', medianTravelS: 400 })];
  t.is(kpiOf(s, 'fire', 'city')?.shareWithinTarget, 0.62);
  t.is(kpiOf(s, 'fire', '11680')?.shareWithinTarget, 0.8);
  t.is(kpiOf(s, 'police', 'city')?.medianTravelS, 400);
  t.is(kpiOf(s, 'police', '11680'), null);
});
