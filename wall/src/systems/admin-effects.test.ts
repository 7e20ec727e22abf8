import test from 'ava';
import type { Indicator } from '../../../server/contracts/index.ts';
import { builtInLayout } from '../../../server/layouts/defaults.ts';
import { createWallState } from '../state/wall-state.ts';
import { adminEffects, MAX_IN_FLIGHT, monthStart, RETRY_MS, type AdminApi } from './admin-effects.ts';

const flush = () => new Promise((r) => setImmediate(r));
const ind = (id: string): Indicator => ({
  id, name: { ko: id, en: id }, unit: { ko: '%', en: '%' }, frequency: 'annual', polarity: 'up', measure: 'share', decimals: 1, sdg: [8],
  owner: { ko: 'o', en: 'o' }, source: { id: 's', name: { ko: 's', en: 's' } }, dimensions: ['district'], baseline: { period: '2022', value: 1 },
  target: { value: 2, deadline: '2026' }, release: { lagDays: 1, revisionLagDays: [] }, provenance: { kind: 'real', note: 'n', attribution: null }, area: 'safety',
});

function setup(screen: string) {
  const state = createWallState(builtInLayout('mayor'), 0, { screen });
  const asked: string[] = [];
  let now = 1_000_000;
  let failCatalogue = true;
  const api: AdminApi = {
    indicators: async () => {
      asked.push('indicators');
      if (failCatalogue) throw new Error('down');
      return [ind('a'), ind('b')];
    },
    series: async (id) => {
      asked.push(`series:${id}`);
      return { indicator: id, asOf: '2026-01-01', values: 'exact', series: [{ indicator: id, period: '2025', district: 'city', age: 'all', gender: 'all', value: 1, released: '2026-01-01', revision: 0, synthetic: false, revisedFrom: null, suppressed: null }] };
    },
    drilldown: async (id, period, by) => {
      asked.push(`drill:${id}:${period}:${by}`);
      return { indicator: id, period, by, asOf: '2026-01-01', values: 'exact', cells: [] };
    },
    pledges: async () => {
      asked.push('pledges');
      return { asOf: '2026-01-01', name: { ko: 'p', en: 'p' }, years: [2023, 2026], areas: [], visions: [], tasks: [] };
    },
    score: async (scope, from) => {
      asked.push(`score:${scope}${from ? `:${from}` : ''}`);
      return { scope, grain: 'month', rollups: [] };
    },
  };
  const tick = adminEffects({ state, api, now: () => now });
  return { state, asked, tick, advance: (ms: number) => (now += ms), recover: () => (failCatalogue = false) };
}

test('nothing is asked on a screen without administration panels', async (t) => {
  const { asked, tick } = setup('opinion');
  tick();
  await flush();
  t.deepEqual(asked, []);
});

test('a few requests at a time; a failure asked again after a while; the shown indicator’s series and drill-down', async (t) => {
  const { state, asked, tick, advance, recover } = setup('administration');
  tick();
  t.is(asked.length, MAX_IN_FLIGHT);
  t.deepEqual(asked.slice(0, 3), ['indicators', 'pledges', 'score:city']);
  await flush();
  t.is(state.indicatorCatalogue?.status, 'error');
  tick();
  await flush();
  t.is(asked.filter((a) => a === 'indicators').length, 1, 'not again at once');
  recover();
  advance(RETRY_MS);
  for (let i = 0; i < 10; i += 1) {
    tick();
    await flush();
  }
  t.is(asked.filter((a) => a === 'indicators').length, 2);
  t.is(state.indicatorCatalogue?.status, 'ready');
  t.true(asked.includes('series:a') && asked.includes('series:b'));
  t.true(asked.includes('drill:a:2025:district'), 'the first indicator of the area, by gu');
  t.is(asked.filter((a) => a.startsWith('score:11')).length, 25, 'every gu this month');
  t.true(asked.includes(`score:11680:${monthStart(1_000_000 + RETRY_MS)}`));
  const before = asked.length;
  tick();
  await flush();
  t.is(asked.length, before, 'answers are kept');
});

test('the month starts in Seoul', (t) => {
  t.is(monthStart(Date.parse('2026-02-28T16:00:00Z')), '2026-03-01');
  t.is(monthStart(Date.parse('2026-02-28T14:00:00Z')), '2026-02-01');
});
