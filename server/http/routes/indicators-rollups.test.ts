import test from 'ava';
import type { Indicator } from '../../contracts/indicator.ts';
import { IndicatorRollupsQuerySchema } from '../../contracts/indicator-rollups.ts';
import { indicatorIndex, loadCatalogue } from '../../indicators/catalogue.ts';
import { ProblemError } from '../problem.ts';
import { checkRollupSize, COUNTS_WITHHELD, indicatorsAsked, MAX_ROLLUP_ROWS, rollupScope, rollupYears, servedRollupRows } from './indicators-rollups.ts';

const catalogueP = loadCatalogue();
const problem = (t: { throws: (fn: () => unknown, e: object) => unknown }, fn: () => unknown, detail: RegExp) => t.throws(fn, { instanceOf: ProblemError, message: detail });

test('the query: grain required, ids split and deduplicated, years whole numbers in range', (t) => {
  t.deepEqual(IndicatorRollupsQuerySchema.parse({ grain: 'year', indicator: ' fire-deaths,,employment-rate,fire-deaths ', from: '2016', to: '2025' }),
    { grain: 'year', indicator: ['fire-deaths', 'employment-rate'], from: 2016, to: 2025 });
  t.deepEqual(IndicatorRollupsQuerySchema.parse({ grain: 'month', by: 'district' }), { grain: 'month', by: 'district' });
  for (const bad of [{}, { grain: 'week' }, { grain: 'year', by: 'dong' }, { grain: 'year', indicator: ' , ' }, { grain: 'year', from: '2016.5' }, { grain: 'year', to: 'x' }, { grain: 'year', from: '1800' }]) {
    t.false(IndicatorRollupsQuerySchema.safeParse(bad).success, JSON.stringify(bad));
  }
});

test('years: the last ten whole years by default, at most thirty, never backwards', (t) => {
  t.deepEqual(rollupYears({}, 2026), { from: 2016, to: 2025 });
  t.deepEqual(rollupYears({ to: 2020 }, 2026), { from: 2011, to: 2020 });
  t.deepEqual(rollupYears({ from: 2024 }, 2026), { from: 2024, to: 2025 });
  t.deepEqual(rollupYears({ from: 2026, to: 2026 }, 2026), { from: 2026, to: 2026 });
  t.deepEqual(rollupYears({ from: 1996, to: 2025 }, 2026), { from: 1996, to: 2025 });
  problem(t, () => rollupYears({ from: 1995, to: 2025 }, 2026), /at most 30 years/);
  problem(t, () => rollupYears({ from: 2026 }, 2026), /must not be after `to` \(2025, the last whole year/);
  problem(t, () => rollupYears({ from: 2020, to: 2019 }, 2026), /from: must not be after `to` \(2019\)/);
});

test('indicators: every unknown id named at once; the known ones in byte order', async (t) => {
  const index = indicatorIndex(await catalogueP);
  t.deepEqual(indicatorsAsked(index, ['fire-deaths', 'employment-rate']).map((i) => i.id), ['employment-rate', 'fire-deaths']);
  problem(t, () => indicatorsAsked(index, ['fire-deaths', 'no-such', 'rollups']), /unknown indicator no-such, rollups/);
});

test('served and withheld: no rows without the dimension; counts only for those who see small cells', async (t) => {
  const index = indicatorIndex(await catalogueP);
  const asked = indicatorsAsked(index, ['fire-deaths', 'employment-rate', 'subway-ridership', 'ghg-emissions']);
  const ids = (xs: readonly Indicator[]) => xs.map((i) => i.id);
  const staff = rollupScope(asked, 'district', true);
  t.deepEqual(ids(staff.served), ['employment-rate', 'fire-deaths']);
  t.deepEqual(staff.withheld, [{ indicator: 'ghg-emissions', reason: 'not broken down by district' }, { indicator: 'subway-ridership', reason: 'not broken down by district' }]);
  const everyone = rollupScope(asked, undefined, false);
  t.deepEqual(ids(everyone.served), ['employment-rate', 'ghg-emissions']);
  t.deepEqual(everyone.withheld, ['fire-deaths', 'subway-ridership'].map((id) => ({ indicator: id, reason: COUNTS_WITHHELD(id) })));
  t.regex(COUNTS_WITHHELD('fire-deaths'), /small-cell suppression: read \/api\/v1\/indicators\/fire-deaths\/series or .*\/drilldown/);
});

test('rows: flows add up over time, stocks and rates average; rows of indicators not served dropped', async (t) => {
  const index = indicatorIndex(await catalogueP);
  const row = (indicator: string) => ({ indicator, bucket: '2024', district: 'city' as const, age: 'all' as const, gender: 'all' as const, n: 4, sum: 200, min: 40, max: 60, mean: 50 });
  const served = indicatorsAsked(index, ['fire-deaths', 'employment-rate', 'population-total', 'subway-ridership', 'public-bike-rentals']);
  t.deepEqual(servedRollupRows([row('employment-rate'), row('fire-deaths'), row('population-total'), row('subway-ridership'), row('public-bike-rentals'), row('retired-indicator')], served).map((r) => [r.indicator, r.value]), [
    ['employment-rate', 50], ['fire-deaths', 200],
    ['population-total', 50], // residents: a stock
    ['subway-ridership', 50], // boardings per day: a rate
    ['public-bike-rentals', 200], // rentals in a month: a flow
  ]);
});

test('size: every indicator by gu and month over ten years is too much, and the refusal says how to narrow it', async (t) => {
  const all = (await catalogueP).indicators;
  const byGu = all.filter((i) => i.dimensions.includes('district'));
  const err = t.throws(() => checkRollupSize(byGu, { grain: 'month', by: 'district' }, { from: 2016, to: 2025 }), { instanceOf: ProblemError });
  t.is(err?.status, 400);
  t.regex(JSON.stringify(err?.errors), /fewer indicators or years, or by year/);
  t.true(checkRollupSize(byGu, { grain: 'month', by: 'district' }, { from: 2021, to: 2025 }) <= MAX_ROLLUP_ROWS, 'five years fit');
  t.is(checkRollupSize(all, { grain: 'year' }, { from: 1996, to: 2025 }), all.length * 30, 'every headline over 30 years');
});
