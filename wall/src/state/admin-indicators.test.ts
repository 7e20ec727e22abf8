import test from 'ava';
import type { Indicator } from '../../../server/contracts/index.ts';
import { areasWithIndicators, detailIndicator, drillBars, drillDimension, drillPointOf, indicatorStatus, revisedText, shownArea, valueText, valueWithUnit } from './admin-indicators.ts';
import { initialAdmin, type PledgeBoard, type ServedValue } from './admin-state.ts';

const ind = (id: string, area: Indicator['area'], over: Partial<Indicator> = {}): Indicator => ({
  id, name: { ko: id, en: id }, unit: { ko: '%', en: '%' }, frequency: 'annual', polarity: 'up', measure: 'share', overTime: 'mean', decimals: 1, sdg: [8],
  owner: { ko: 'o', en: 'o' }, source: { id: 's', name: { ko: 's', en: 's' } }, dimensions: ['district', 'age'], baseline: { period: '2022', value: 60 },
  target: { value: 62, deadline: '2026' }, release: { lagDays: 30, revisionLagDays: [] }, provenance: { kind: 'synthetic', note: 'n', attribution: null }, area, ...over,
});
const value = (over: Partial<ServedValue>): ServedValue => ({
  indicator: 'a', period: '2025', district: 'city', age: 'all', gender: 'all', value: 1, released: '2026-01-01', revision: 0, synthetic: true, revisedFrom: null, suppressed: null, ...over,
});
const board = (parts: Array<{ indicator: string; progress: number | null; expected: number | null }>): PledgeBoard => ({
  asOf: '2026-01-01', name: { ko: 'p', en: 'p' }, years: [2023, 2026], areas: [], visions: [],
  tasks: [{
    task: { id: 't', area: 'safety', vision: 'v', name: { ko: 't', en: 't' }, department: { ko: 'd', en: 'd' }, indicators: [], milestones: [], budget: ['bp-sa-101'] },
    assessment: { task: 't', asOf: '2026-01-01', status: 'on-track', pace: 1, milestones: { due: 0, done: 0, overdue: 0 }, reasons: [], indicators: parts.map((p) => ({ ...p, weight: 1, period: '2025', level: 1 })) },
  }],
});

test('areas in the plan order, the first shown until one is chosen; the detail is the selected or the first', (t) => {
  const s = initialAdmin();
  const all = [ind('c', 'safety'), ind('a', 'jobs-economy'), ind('b', 'safety')];
  s.indicatorCatalogue = { status: 'ready', loadedAt: 0, data: all };
  t.deepEqual(areasWithIndicators(all).map((a) => [a.area, a.indicators.map((i) => i.id)]), [['jobs-economy', ['a']], ['safety', ['c', 'b']]]);
  t.is(shownArea(s), 'jobs-economy');
  t.is(detailIndicator(s)?.id, 'a');
  s.indicatorArea = 'safety';
  t.is(detailIndicator(s)?.id, 'c');
  s.selectedIndicator = 'b';
  t.is(detailIndicator(s)?.id, 'b');
  s.indicatorArea = 'climate-environment';
  t.is(shownArea(s), 'jobs-economy', 'an area without indicators falls back');
});

test('status from pace with the plan thresholds; unlinked and valueless indicators say so', (t) => {
  t.is(indicatorStatus('a', null), 'no-data');
  t.is(indicatorStatus('x', board([{ indicator: 'a', progress: 1, expected: 1 }])), 'not-in-plan');
  t.is(indicatorStatus('a', board([{ indicator: 'a', progress: 0.45, expected: 0.5 }])), 'on-track');
  t.is(indicatorStatus('a', board([{ indicator: 'a', progress: 0.4, expected: 0.5 }])), 'at-risk');
  t.is(indicatorStatus('a', board([{ indicator: 'a', progress: 0.2, expected: 0.5 }])), 'off-track');
  t.is(indicatorStatus('a', board([{ indicator: 'a', progress: null, expected: null }])), 'no-data');
});

test('values in published precision with units; a revision names the value it replaced', (t) => {
  const i = ind('a', 'safety');
  t.is(valueText('en', i, 62.175), '62.2');
  t.is(valueText('en', { decimals: 0 }, 9331860), '9,331,860');
  t.is(valueWithUnit('en', i, 62.2), '62.2%');
  t.is(valueWithUnit('en', { ...i, unit: { ko: '명', en: 'persons' }, decimals: 0 }, 5), '5 persons');
  t.is(valueWithUnit('ko', { ...i, unit: { ko: '명', en: 'persons' }, decimals: 0 }, 5), '5명');
  t.is(revisedText('en', i, value({ revisedFrom: 61.84 })), 'revised from 61.8');
  t.is(revisedText('ko', i, value({ revisedFrom: 61.84 })), '61.8에서 수정');
  t.is(revisedText('en', i, value({})), '');
  t.is(revisedText('en', i, null), '');
});

test('drill-down bars leave the total apart and keep withheld cells withheld, not zero', (t) => {
  const d = {
    indicator: 'a', period: '2024', by: 'district' as const, asOf: '2026-01-01', values: 'public' as const,
    cells: [value({ district: 'city', value: 30 }), value({ district: '11110', value: null, suppressed: 'primary' }), value({ district: '11140', value: 12 })],
  };
  const { total, bars } = drillBars(d);
  t.is(total?.value, 30);
  t.deepEqual(bars, [{ key: '11110', cell: '11110', value: null, suppressed: true }, { key: '11140', cell: '11140', value: 12, suppressed: false }]);
  const byAge = drillBars({ ...d, by: 'age', cells: [value({ age: 'all', value: 5 }), value({ age: '20-29', value: 2 })] });
  t.deepEqual(byAge.bars.map((b) => b.cell), ['20-29']);
  t.is(drillDimension(ind('a', 'safety'), 'gender'), 'district', 'a dimension the indicator lacks falls back to its first');
  t.is(drillDimension(ind('a', 'safety', { dimensions: [] }), 'age'), null);
});

test('the drill-down’s period: the latest, or the last period overlapping the dates asked for', (t) => {
  const monthly = ['2024-11', '2024-12', '2025-01', '2025-02'].map((period) => value({ period }));
  t.is(drillPointOf(monthly, null)?.period, '2025-02');
  t.is(drillPointOf(monthly, { from: '2024-12-01', to: '2024-12-31' })?.period, '2024-12');
  t.is(drillPointOf(monthly, { from: '2024-01-01', to: '2024-12-31' })?.period, '2024-12', 'a year asked of a monthly figure: its last month');
  t.is(drillPointOf(monthly, { from: '2025-01-20', to: '2025-01-20' })?.period, '2025-01', 'a day: the month holding it');
  t.is(drillPointOf(monthly, { from: '2023-03-01', to: '2023-03-31' }), null, 'none held: said, not the latest');
  const annual = [value({ period: '2023' }), value({ period: '2024' })];
  t.is(drillPointOf(annual, { from: '2024-03-01', to: '2024-03-31' })?.period, '2024', 'a month asked of an annual figure: its year');
  t.is(drillPointOf([], null), null);
});
