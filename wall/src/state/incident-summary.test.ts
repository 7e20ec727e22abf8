import test from 'ava';
import { builtInLayout } from '../../../server/layouts/defaults.ts';
import { incident, kpi } from '../../testing/incident-fixtures.ts';
import { PALETTE } from './colors.ts';
import { incidentSummary } from './incident-summary.ts';
import { createWallState } from './wall-state.ts';

const NOW = Date.parse('2025-05-01T05:00:00Z');

const state = () => {
  const s = createWallState(builtInLayout('mayor'), NOW);
  s.incidents = new Map(
    [
      incident({ id: 'fire-119:1', reportedAt: NOW - 60_000 }),
      incident({ id: 'police-112:1', type: 'theft', reportedAt: NOW - 60_000, district: '11110', late: [{ awaiting: 'dispatched', targetS: 60, at: '2025-05-01T04:59:59Z' }] }),
    ].map((i) => [i.id, i]),
  );
  s.incidentsAt = '2025-05-01T05:00:00Z';
  s.incidentKpis = [kpi(), kpi({ agency: 'police', medianTravelS: 361 }), kpi({ scope: '11680', shareWithinTarget: 0.75, arrived: 12, medianTravelS: 250 })];
  return s;
};

test('city-wide: share of fire arrivals within 7 min against the goal, median travel, open now', (t) => {
  const [arrivals, travel, open] = incidentSummary(state(), 'en', null);
  t.like(arrivals, { caption: '119 arrivals ≤ 7 min', value: '62%', valueColor: PALETTE.stale, detail: 'goal 70% · 100 arrivals' });
  t.like(travel, { caption: '119 median travel', value: '5 min 12 s', detail: 'p90 9 min · 112 6 min 1 s' });
  t.like(open, { caption: 'Open incidents', value: '2', valueColor: PALETTE.stale, detail: '119 1 · 112 1 · late 1' });
  const ko = incidentSummary(state(), 'ko', null);
  t.is(ko[0]?.caption, '119 7분 내 도착');
  t.is(ko[1]?.value, '5분 12초');
});

test('a district head’s gu: its own KPIs and incidents; the city’s KPIs stand in, labelled, when it has none', (t) => {
  const [arrivals, travel, open] = incidentSummary(state(), 'en', '11680');
  t.like(arrivals, { value: '75%', valueColor: PALETTE.ok, detail: 'goal 70% · 12 arrivals' });
  t.is(travel?.value, '4 min 10 s');
  t.like(open, { value: '1', detail: '119 1 · 112 0' });
  const other = incidentSummary(state(), 'en', '11110');
  t.is(other[0]?.caption, '119 arrivals ≤ 7 min (city)');
  t.is(other[0]?.value, '62%');
});

test('nothing yet: dashes and waiting, never a made-up figure', (t) => {
  const s = createWallState(builtInLayout('mayor'), NOW);
  const [arrivals, travel, open] = incidentSummary(s, 'en', null);
  t.like(arrivals, { value: '—', detail: 'Waiting for data' });
  t.is(travel?.value, '—');
  t.is(open?.value, '—');
});
