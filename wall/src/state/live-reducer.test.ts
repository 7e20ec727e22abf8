import test from 'ava';
import type { DistrictAir, ServerMessage, SourceHealth } from '../../../server/contracts/index.ts';
import { builtInLayout } from '../../../server/layouts/defaults.ts';
import { incident, kpi, signal } from '../../testing/incident-fixtures.ts';
import { applyServerMessage } from './live-reducer.ts';
import { complaintBoard, complaintKpiBoard, participationBoard, risingBoard, trendBoard } from './testing/opinion-fixtures.ts';
import { createWallState, type WallState } from './wall-state.ts';

const NOW = Date.parse('2025-05-01T05:03:00Z');

const air = (district: string, cai: number): DistrictAir => ({
  district,
  cai,
  grade: 'moderate',
  dominant: 'pm25',
  values: { pm10: 41, pm25: 30, o3: 0.031, no2: 0.021, co: 0.4, so2: 0.003 },
  subIndices: { pm10: 40, pm25: cai, o3: 45, no2: 30, co: 10, so2: 5 },
  stations: ['111261'],
  asOf: '2025-05-01T05:00:00Z',
  source: 'seoul-air',
});

const health = (source: string, status: SourceHealth['status'] = 'healthy'): SourceHealth => ({
  source,
  status,
  lastRunAt: '2025-05-01T05:01:00Z',
  lastSuccessAt: '2025-05-01T05:01:00Z',
  lastError: null,
  lagSeconds: 120,
  stale: false,
  runs: 10,
  failures: 0,
  emitted: 250,
  dropped: 0,
});

const fresh = (): WallState => createWallState(builtInLayout('mayor'), NOW - 60_000);
const snapshot = (channel: string, data: unknown, at: string | null = '2025-05-01T05:00:00Z'): ServerMessage => ({ type: 'snapshot', channel, data, at });
const update = (channel: string, data: unknown, at = '2025-05-01T05:00:00Z'): ServerMessage => ({ type: 'update', channel, data, at });

test('a city snapshot fills every district, sets airAt and bumps the version', (t) => {
  const s = fresh();
  const r = applyServerMessage(s, snapshot('air/city/latest', [air('11680', 72), air('11110', 40)]), NOW);
  t.deepEqual(r, { changed: true });
  t.deepEqual([...s.air.keys()].sort(), ['11110', '11680']);
  t.is(s.air.get('11680')?.cai, 72);
  t.is(s.airAt, '2025-05-01T05:00:00Z');
  t.is(s.version, 1);
  t.is(s.connection.lastMessageAt, NOW);
  t.is(s.connection.lastUpdateAt, NOW);
});

test('a district update replaces that district and only moves airAt forward', (t) => {
  const s = fresh();
  applyServerMessage(s, snapshot('air/city/latest', [air('11680', 72), air('11110', 40)], '2025-05-01T05:00:00Z'), NOW);
  t.true(applyServerMessage(s, update('air/district/11680', air('11680', 120), '2025-05-01T06:00:00Z'), NOW + 1).changed);
  t.is(s.air.get('11680')?.cai, 120);
  t.is(s.air.get('11110')?.cai, 40);
  t.is(s.airAt, '2025-05-01T06:00:00Z');
  applyServerMessage(s, update('air/district/11110', air('11110', 41), '2025-05-01T04:00:00Z'), NOW + 2);
  t.is(s.air.get('11110')?.cai, 41);
  t.is(s.airAt, '2025-05-01T06:00:00Z', 'an older update does not move airAt back');
  t.is(s.version, 3);
  t.is(s.connection.lastUpdateAt, NOW + 2);
});

test('source health: the city list sets healthAt, one source replaces its entry', (t) => {
  const s = fresh();
  t.true(applyServerMessage(s, snapshot('sources/city/all', [health('seoul-air'), health('seoul-bike')], '2025-05-01T05:01:00Z'), NOW).changed);
  t.is(s.health.size, 2);
  t.is(s.healthAt, '2025-05-01T05:01:00Z');
  t.true(applyServerMessage(s, update('sources/source/seoul-bike', health('seoul-bike', 'failing')), NOW + 1).changed);
  t.is(s.health.get('seoul-bike')?.status, 'failing');
  t.is(s.health.get('seoul-air')?.status, 'healthy');
  t.is(s.version, 2);
});

test('null data (no value yet) changes nothing but counts as a message', (t) => {
  for (const channel of ['air/city/latest', 'air/district/11680', 'sources/city/all', 'sources/source/seoul-air']) {
    const s = fresh();
    t.deepEqual(applyServerMessage(s, snapshot(channel, null, null), NOW), { changed: false }, channel);
    t.is(s.version, 0, channel);
    t.is(s.connection.lastMessageAt, NOW, channel);
    t.is(s.connection.lastUpdateAt, null, channel);
  }
});

test('an invalid payload is rejected with a reason and leaves the state as it was', (t) => {
  const s = fresh();
  applyServerMessage(s, snapshot('air/city/latest', [air('11680', 72)]), NOW);
  const cases: [string, unknown, RegExp][] = [
    ['air/city/latest', [air('11110', 40), { ...air('11680', 1), cai: 'high' }], /^1\.cai: /],
    ['air/district/11680', { ...air('11680', 90), grade: 'awful' }, /^grade: /],
    ['sources/city/all', [{ source: 'seoul-air' }], /^0\.status: /],
    ['sources/source/seoul-air', { ...health('seoul-air'), runs: 1.5 }, /^runs: /],
  ];
  for (const [channel, data, reason] of cases) {
    const r = applyServerMessage(s, update(channel, data, '2025-05-01T07:00:00Z'), NOW + 5);
    t.false(r.changed, channel);
    t.regex(r.rejected ?? '', reason, channel);
  }
  t.is(s.version, 1);
  t.deepEqual([...s.air.keys()], ['11680'], 'a partly valid list is not applied in part');
  t.is(s.air.get('11680')?.cai, 72);
  t.is(s.airAt, '2025-05-01T05:00:00Z');
  t.is(s.health.size, 0);
  t.is(s.connection.lastUpdateAt, NOW);
  t.is(s.connection.lastMessageAt, NOW + 5);
});

test('unknown channels, errors and pongs are ignored apart from the message time', (t) => {
  const s = fresh();
  const messages: ServerMessage[] = [
    update('traffic/city/latest', { cars: 3 }),
    { type: 'error', code: 'bad-channel', message: 'no such channel' },
    { type: 'pong', t: 1 },
  ];
  messages.forEach((m, i) => t.deepEqual(applyServerMessage(s, m, NOW + i), { changed: false }));
  t.is(s.version, 0);
  t.is(s.air.size, 0);
  t.is(s.connection.lastMessageAt, NOW + 2);
  t.is(s.connection.lastUpdateAt, null);
});

test('the incident board (staff or public) replaces the last one; KPIs, escalations and camera signals', (t) => {
  const s = fresh();
  const a = incident({ id: 'fire-119:a', reportedAt: NOW - 60_000 });
  const b = incident({ id: 'police-112:b', type: 'theft', reportedAt: NOW - 60_000 });
  t.true(applyServerMessage(s, snapshot('incidents/city/active', { incidents: [a, b], asOf: '2025-05-01T05:02:00Z' }), NOW).changed);
  t.deepEqual([...s.incidents.keys()], ['fire-119:a', 'police-112:b']);
  t.is(s.incidentsAt, '2025-05-01T05:02:00Z');
  t.true(applyServerMessage(s, update('incidents/public/active', { incidents: [b], asOf: '2025-05-01T05:03:00Z' }), NOW).changed);
  t.deepEqual([...s.incidents.keys()], ['police-112:b'], 'an incident that left the board goes');
  t.true(applyServerMessage(s, snapshot('incidents/kpi/all', { kpis: [kpi()], asOf: '2025-05-01T05:00:00Z' }), NOW).changed);
  t.is(s.incidentKpis[0]?.shareWithinTarget, 0.62);
  const esc = (at: string, awaiting: 'dispatched' | 'arrived') => ({ incident: 'fire-119:a', agency: 'fire', type: 'fire', district: '11680', awaiting, targetS: 420, at });
  applyServerMessage(s, update('incidents/city/escalations', { escalations: [esc('2025-05-01T05:01:00Z', 'arrived'), esc('2025-05-01T04:59:00Z', 'dispatched')], asOf: '2025-05-01T05:01:00Z' }), NOW);
  t.is(s.escalations.get('fire-119:a')?.awaiting, 'arrived', 'the latest escalation per incident');
  applyServerMessage(s, snapshot('cameras/city/signals', { signals: [signal('cam-11680-00001', 'live')], asOf: '2025-05-01T05:00:00Z' }), NOW);
  t.is(s.cameraSignals.get('cam-11680-00001')?.state, 'live');
  t.is(s.version, 5);
});

test('an incident’s own channel is kept for the selected incident only; bad boards are rejected whole', (t) => {
  const s = fresh();
  const a = incident({ id: 'fire-119:a', reportedAt: NOW - 60_000 });
  applyServerMessage(s, update('incidents/incident/fire-119_da', a), NOW);
  t.is(s.incidentRecord, null);
  s.selectedIncident = a.id;
  applyServerMessage(s, update('incidents/incident/fire-119_da', a), NOW);
  t.like(s.incidentRecord, { id: a.id, status: 'ready' });
  const r = applyServerMessage(s, update('incidents/city/active', { incidents: [a, { ...a, id: 'x:1', stage: 'gone' }], asOf: '2025-05-01T05:02:00Z' }), NOW);
  t.false(r.changed);
  t.regex(r.rejected ?? '', /^incidents\.1\.stage: /);
  t.is(s.incidents.size, 0);
});

test('the complaint feed: staff take the feed as filed, an anonymous wall only the redacted one', (t) => {
  const staff = fresh();
  staff.signedIn = 'mayor';
  const filed = complaintBoard(1, NOW, 5);
  const redacted = { ...filed, complaints: filed.complaints.map((c) => ({ ...c, title: '○○○ [전화번호]' })) };
  t.true(applyServerMessage(staff, snapshot('complaints/city/feed', filed), NOW).changed);
  t.is(staff.complaints[0]?.title, filed.complaints[0]?.title);
  t.is(staff.complaintsAt, filed.asOf);
  t.false(applyServerMessage(staff, update('complaints/public/feed', redacted), NOW).changed, 'a signed-in wall keeps to its own feed');
  t.is(staff.complaints[0]?.title, filed.complaints[0]?.title);

  const anonymous = fresh();
  t.deepEqual(applyServerMessage(anonymous, snapshot('complaints/city/feed', filed), NOW), { changed: false });
  t.deepEqual(anonymous.complaints, [], 'titles as filed never reach a wall without a person');
  t.is(anonymous.version, 0);
  t.true(applyServerMessage(anonymous, snapshot('complaints/public/feed', redacted), NOW).changed);
  t.true(anonymous.complaints.every((c) => c.title === '○○○ [전화번호]'));
});

test('complaint KPIs, rising issues, the trend board (dated by the channel) and the participation board', (t) => {
  const s = fresh();
  t.true(applyServerMessage(s, snapshot('complaints/kpi/all', complaintKpiBoard(NOW)), NOW).changed);
  t.is(s.complaintKpis.length, 32);
  t.is(s.complaintKpisAt, new Date(NOW).toISOString());
  t.true(applyServerMessage(s, update('complaints/rising/all', risingBoard(NOW)), NOW).changed);
  t.is(s.rising.length, 3);
  t.true(applyServerMessage(s, update('trends/city/board', trendBoard('2025-05-01'), '2025-05-01T05:02:00Z'), NOW).changed);
  t.is(s.trends?.terms[0]?.term, '층간소음');
  t.is(s.trendsAt, '2025-05-01T05:02:00Z');
  t.true(applyServerMessage(s, snapshot('opinion/city/participation', participationBoard(NOW)), NOW).changed);
  t.is(s.participation?.polls[0]?.sampleSize, 1000);
  t.is(s.participationAt, new Date(NOW).toISOString());
  t.is(s.version, 4);
  const bad = applyServerMessage(s, update('complaints/rising/all', { issues: [{ ...risingBoard(NOW).issues[0], district: 'gangnam' }], asOf: '2025-05-01T05:03:00Z' }), NOW);
  t.false(bad.changed);
  t.regex(bad.rejected ?? '', /^issues\.0\.district: /);
  t.is(s.rising.length, 3);
});
