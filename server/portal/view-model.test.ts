import test from 'ava';
import { AIR_AT, airOf, FIXTURE_NOW, healthOf, names, REFERENCE_DISTRICTS, SOURCES } from './testing.ts';
import { caiGradeOf, isLate, portalView, type PortalInputs } from './view-model.ts';

const POP = { asOf: '2025-04', source: 'MOIS', total: 100, male: 40, female: 60, age65plus: 20 };
const base = (over: Partial<PortalInputs> = {}): PortalInputs => ({
  now: FIXTURE_NOW,
  districts: names(REFERENCE_DISTRICTS.slice(0, 3)),
  air: { districts: [airOf('11110', 0), { ...airOf('11140', 1), cai: 90, grade: 'moderate' }], at: AIR_AT },
  catalog: SOURCES,
  health: { values: [healthOf('seoul-air')], at: AIR_AT },
  population: POP,
  ...over,
});

test('the city mean, its grade, districts per grade and the worst gu are computed as the wall does', (t) => {
  const v = portalView(base());
  t.is(v.air?.mean, Math.round((20 + 90) / 2));
  t.is(v.air?.grade, 'moderate');
  t.deepEqual(v.air?.counts, [{ grade: 'good', n: 1 }, { grade: 'moderate', n: 1 }, { grade: 'unhealthy', n: 0 }, { grade: 'very-unhealthy', n: 0 }]);
  t.is(v.air?.worst.nameKo, '중구');
  t.is(v.air?.worst.cai, 90);
});

test('every gu gets a row; one without a value shows no data and is not called stale', (t) => {
  const v = portalView(base());
  t.deepEqual(v.rows?.map((r) => r.code), ['11110', '11140', '11170']);
  const empty = v.rows?.[2];
  t.is(empty?.cai, null);
  t.false(empty?.stale);
  t.is(v.rows?.[0]?.pm10, 10);
});

test('late data is stale: older than the source limit, or the source actor says so', (t) => {
  const old = '2026-11-27T01:00:00.000Z';
  const v = portalView(base({ air: { districts: [airOf('11110', 0, old)], at: old } }));
  t.true(v.airProvenance?.stale);
  t.true(v.rows?.[0]?.stale);
  const flagged = portalView(base({ health: { values: [healthOf('seoul-air', { stale: true })], at: AIR_AT } }));
  t.true(flagged.airProvenance?.stale);
  t.false(portalView(base()).airProvenance?.stale);
});

test('systems healthy / total counts the catalogue; a synthetic source is labelled', (t) => {
  const v = portalView(base());
  t.deepEqual({ healthy: v.systems?.healthy, total: v.systems?.total }, { healthy: 1, total: 2 });
  const sim = v.sources?.find((s) => s.id === 'traffic-sim');
  t.true(sim?.synthetic);
  t.is(sim?.status, 'unknown');
});

test('withheld blocks stay out; only the named fields of health reach the view', (t) => {
  const v = portalView(base({ districts: null, air: null, catalog: null, health: null, population: null }));
  t.is(v.rows, null);
  t.is(v.air, null);
  t.is(v.sources, null);
  t.is(v.systems, null);
  t.is(v.population, null);
  const shown = JSON.stringify(portalView(base({ health: { values: [healthOf('seoul-air', { lastError: 'boom-internal' })], at: AIR_AT } })));
  t.false(shown.includes('boom-internal'));
  t.false(shown.includes('lastError'));
});

test('CAI bands and lateness', (t) => {
  t.deepEqual([0, 50, 51, 100, 101, 250, 251].map(caiGradeOf), ['good', 'good', 'moderate', 'moderate', 'unhealthy', 'unhealthy', 'very-unhealthy']);
  t.true(isLate(null, 60, FIXTURE_NOW));
  t.true(isLate('not a time', 60, FIXTURE_NOW));
  t.false(isLate(AIR_AT, 7200, FIXTURE_NOW));
});
