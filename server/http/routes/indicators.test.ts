import test from 'ava';
import { ANONYMOUS } from '../../contracts/access.ts';
import type { Observation } from '../../contracts/indicator.ts';
import { indicatorIndex } from '../../indicators/catalogue.ts';
import { knownOn } from '../../indicators/known.ts';
import { rollupScores } from '../../indicators/rollup.ts';
import { assessTasks } from '../../indicators/status.ts';
import { seesSmallCells } from './indicators.ts';
import { INDICATOR_TEST_MAYOR, indicatorTestApp } from './indicators-testing.ts';
import { SeriesSchema, DrilldownSchema, PledgesSchema, CityScoreSchema, type ServedValue } from './indicators-api.ts';

const STAFF_USER = INDICATOR_TEST_MAYOR;
const j = (r: Response): Promise<any> => r.json();
/** As it comes back through JSON (-0 becomes 0). */
const wire = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

const setup = indicatorTestApp;
const staff = { headers: { 'x-staff': '1' } };
const cellOf = (obs: readonly Observation[], id: string, d: string, a = 'all', g = 'all') => obs.filter((o) => o.indicator === id && o.district === d && o.age === a && o.gender === g);

test('the catalogue with provenance, one indicator with its tasks, a 404 for an unknown one', async (t) => {
  const { app, catalogue, plan } = await setup();
  const all = await j(await app.request('/api/v1/indicators'));
  t.is(all.indicators.length, catalogue.indicators.length);
  t.deepEqual(new Set(all.indicators.map((i: { provenance: { kind: string } }) => i.provenance.kind)), new Set(['real', 'synthetic', 'derived']));
  const task = plan.tasks[0]!;
  const id = task.indicators[0]!.indicator;
  const one = await j(await app.request(`/api/v1/indicators/${id}`));
  t.is(one.indicator.id, id);
  t.true(one.tasks.includes(task.id));
  t.is((await app.request('/api/v1/indicators/no-such-thing')).status, 404);
  t.is((await app.request('/api/v1/indicators/NOT_AN_ID')).status, 400);
});

test('a series as known on a date, with the values revisions replaced; CSV of the same series both ways', async (t) => {
  const { app, obs, catalogue } = await setup();
  const rev = obs.find((o) => o.revision > 0 && o.district !== 'city' && catalogue.indicators.find((i) => i.id === o.indicator)?.measure !== 'count')!;
  const cell = cellOf(obs, rev.indicator, rev.district, rev.age, rev.gender);
  const q = `district=${rev.district}&age=${rev.age}&gender=${rev.gender}`;
  for (const asOf of [rev.released, '2020-12-31', '2026-03-01']) {
    const body = await j(await app.request(`/api/v1/indicators/${rev.indicator}/series?${q}&asOf=${asOf}`));
    t.notThrows(() => SeriesSchema.parse(body));
    t.is(body.values, 'exact', 'not a count: the same for everyone');
    t.deepEqual(body.series, knownOn(cell, asOf).map((o) => ({ ...o, suppressed: null })).sort((a, b) => (a.period < b.period ? -1 : 1)));
  }
  const now = await j(await app.request(`/api/v1/indicators/${rev.indicator}/series?${q}`));
  t.is(now.asOf, '2026-03-01', 'today in Seoul by default');
  t.true(now.series.some((v: ServedValue) => v.revisedFrom !== null) || cell.every((o) => o.revision === 0 || cell.some((p) => p.period === o.period && p.revision === o.revision - 1 && p.value === o.value)));
  const csv = await app.request(`/api/v1/indicators/${rev.indicator}/series.csv?${q}`);
  t.is(csv.headers.get('content-type'), 'text/csv; charset=utf-8');
  t.regex(csv.headers.get('content-disposition') ?? '', /attachment; filename=".+\.csv"/);
  const text = await csv.text();
  t.is(text, await (await app.request(`/api/v1/indicators/${rev.indicator}/series?${q}&format=csv`)).text());
  const lines = text.trimEnd().split('\r\n');
  t.is(lines[0], 'indicator,period,district,age,gender,value,released,revision,synthetic,revised_from,suppressed');
  t.is(lines.length, now.series.length + 1);
  t.is(lines[1], [now.series[0].indicator, now.series[0].period, rev.district, rev.age, rev.gender, now.series[0].value, now.series[0].released, now.series[0].revision, now.series[0].synthetic, now.series[0].revisedFrom ?? '', ''].join(','));
});

test('a cell outside the breakdown, a wrong period or dimension is a 400 naming the parameter', async (t) => {
  const { app, catalogue } = await setup();
  const flat = catalogue.indicators.find((i) => i.dimensions.length === 0)!;
  const r = await app.request(`/api/v1/indicators/${flat.id}/series?district=11680`);
  t.is(r.status, 400);
  t.regex(JSON.stringify(await j(r)), /district/);
  t.is((await app.request(`/api/v1/indicators/${flat.id}/drilldown?period=2024&by=gender`)).status, 400);
  const monthly = catalogue.indicators.find((i) => i.frequency === 'monthly' && i.dimensions.includes('district'))!;
  const bad = await app.request(`/api/v1/indicators/${monthly.id}/drilldown?period=2024&by=district`);
  t.is(bad.status, 400);
  t.regex(JSON.stringify(await j(bad)), /monthly/);
  t.is((await app.request(`/api/v1/indicators/${monthly.id}/series?asOf=2024-13-01`)).status, 400);
});

test('small counts are withheld from the public, consistently across drill-down and series; staff see them', async (t) => {
  const { app, obs } = await setup();
  const small = obs.find((o) => o.indicator === 'fire-deaths' && o.value > 0 && o.value < 5 && o.district !== 'city')!;
  const asOf = '2026-03-01';
  const pub = await j(await app.request(`/api/v1/indicators/fire-deaths/drilldown?period=${small.period}&by=district&asOf=${asOf}`));
  t.notThrows(() => DrilldownSchema.parse(pub));
  t.is(pub.values, 'public');
  const line = knownOn(obs.filter((o) => o.indicator === 'fire-deaths' && o.period === small.period && o.age === 'all' && o.gender === 'all'), asOf);
  const withheld = pub.cells.filter((c: ServedValue) => c.suppressed !== null);
  t.true(withheld.length >= 2, 'never exactly one withheld cell in a line');
  t.true(withheld.some((c: ServedValue) => c.suppressed === 'primary' && c.district === small.district));
  t.true(withheld.every((c: ServedValue) => c.value === null && c.revisedFrom === null));
  for (const c of pub.cells as ServedValue[]) if (c.suppressed === null) t.is(c.value, line.find((o) => o.district === c.district)!.value);
  const exact = await j(await app.request(`/api/v1/indicators/fire-deaths/drilldown?period=${small.period}&by=district&asOf=${asOf}`, staff));
  t.is(exact.values, 'exact');
  t.deepEqual(exact.cells.map((c: ServedValue) => c.value), line.sort((a, b) => (a.district < b.district ? -1 : 1)).map((o) => o.value));
  const s = await j(await app.request(`/api/v1/indicators/fire-deaths/series?district=${small.district}&asOf=${asOf}`));
  const at = s.series.find((v: ServedValue) => v.period === small.period);
  t.like(at, { value: null, suppressed: withheld.find((c: ServedValue) => c.district === small.district).suppressed });
  const other = withheld.find((c: ServedValue) => c.district !== small.district);
  const s2 = await j(await app.request(`/api/v1/indicators/fire-deaths/series?district=${other.district}&asOf=${asOf}`));
  t.like(s2.series.find((v: ServedValue) => v.period === small.period), { value: null, suppressed: other.suppressed }, 'the complementary cell is withheld in its series too');
  t.true(seesSmallCells(STAFF_USER));
  t.false(seesSmallCells(ANONYMOUS));
});

test('pledges carry the computed status of every task; the city score is the pure rollup', async (t) => {
  const { app, obs, plan, catalogue } = await setup();
  const asOf = '2025-06-30';
  const body = await j(await app.request(`/api/v1/pledges?asOf=${asOf}`));
  t.notThrows(() => PledgesSchema.parse(body));
  t.deepEqual(body.tasks.map((x: { assessment: unknown }) => x.assessment), wire(assessTasks(plan.tasks, indicatorIndex(catalogue), obs, asOf)));
  t.true(new Set(body.tasks.map((x: { assessment: { status: string } }) => x.assessment.status)).size >= 2);
  const score = await j(await app.request('/api/v1/city-score?grain=quarter&from=2024-01-01&to=2025-12-31&district=11110'));
  t.notThrows(() => CityScoreSchema.parse(score));
  t.deepEqual(score.rollups, wire(rollupScores(obs.filter((o) => o.released <= '2025-12-31'), indicatorIndex(catalogue), plan, { from: '2024-01-01', to: '2025-12-31', grain: 'quarter', scopes: ['11110'] })));
  t.is(score.rollups.length, 8);
  t.is((await app.request('/api/v1/city-score?grain=day&from=2024-01-01&to=2025-12-31')).status, 400);
  t.is((await app.request('/api/v1/city-score?from=2025-01-01&to=2024-12-31')).status, 400);
});
