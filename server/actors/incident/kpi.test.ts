import test from 'ava';
import { IncidentKpiSchema, type Incident } from '../../contracts/index.ts';
import { computeKpis, kpiOf, quantile } from './kpi.ts';
import { assessLateness } from './lateness.ts';
import { INCIDENT_TARGETS } from './targets.ts';
import { foldAll, progress, reported, T0 } from './testing.ts';

const S = 1000;
const H = 3_600_000;
const window = { from: T0 - 24 * H, to: T0 + H };

/** A fire incident with a travel time (null: not arrived) and optional extras. */
const fire = (n: string, travelS: number | null, over: { district?: string; at?: number; resolved?: boolean; deaths?: number; injuries?: number } = {}): Incident => {
  const at = over.at ?? T0;
  const events: unknown[] = [reported(n, at, over.district === undefined ? {} : { district: over.district }), progress(n, 'dispatched', at + 60 * S)];
  if (travelS !== null) events.push(progress(n, 'arrived', at + (60 + travelS) * S));
  if (over.resolved) events.push(progress(n, 'resolved', at + 3000 * S, { casualties: { deaths: over.deaths ?? 0, injuries: over.injuries ?? 0 } }));
  return foldAll(events);
};

test('quantiles interpolate between ranks like percentile_cont', (t) => {
  t.is(quantile([], 0.5), null);
  t.is(quantile([7], 0.9), 7);
  t.is(quantile([1, 2, 3, 4], 0.5), 2.5);
  t.is(quantile([100, 200, 300, 400, 500, 600, 700, 800, 900, 1000], 0.9), 910);
  t.is(quantile([1, 2], 1 / 3), 1.3);
});

test('one agency in one scope, by hand', (t) => {
  const list = [
    fire('1', 300, { resolved: true, injuries: 2 }),
    fire('2', 420),
    fire('3', 421, { resolved: true, deaths: 1 }),
    fire('4', 600),
    assessLateness(fire('5', null), T0 + H, { targets: INCIDENT_TARGETS, escalateWithinMs: H }).incident,
  ];
  const k = kpiOf(list, 'city', 'fire', window, INCIDENT_TARGETS);
  t.like(k, {
    scope: 'city', agency: 'fire', reported: 5, open: 3, arrived: 4, withinTarget: 2, shareWithinTarget: 0.5,
    targetS: 420, goalShare: 0.8, medianTravelS: 420.5, p90TravelS: 546.3, medianDispatchS: 60, deaths: 1, injuries: 2, late: 1,
  });
  t.true(IncidentKpiSchema.safeParse(k).success);
  t.like(kpiOf(list, 'city', 'police', window, INCIDENT_TARGETS), { reported: 0, arrived: 0, shareWithinTarget: null, medianTravelS: null, targetS: 300 });
});

test('city first, then every gu in code order, per agency; the window bounds the reports', (t) => {
  const list = [
    fire('1', 300, { district: '11680' }),
    fire('2', 500, { district: '11110' }),
    fire('3', 100, { district: '11110', at: T0 - 25 * H }),
    fire('4', 100, { district: '11110', at: T0 + H }),
  ];
  const kpis = computeKpis(list, window, INCIDENT_TARGETS, ['11740']);
  t.deepEqual(kpis.map((k) => `${k.scope}/${k.agency}:${k.reported}`), [
    'city/fire:2', 'city/police:0', '11110/fire:1', '11110/police:0', '11680/fire:1', '11680/police:0', '11740/fire:0', '11740/police:0',
  ]);
  t.true(kpis.every((k) => IncidentKpiSchema.safeParse(k).success));
  t.is(kpis[0]?.withinTarget, 1);
});
