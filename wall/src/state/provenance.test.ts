import test from 'ava';
import type { SourceHealth } from '../../../server/contracts/index.ts';
import { builtInLayout } from '../../../server/layouts/defaults.ts';
import { provenanceOf, provenanceText, referenceProvenance, type Provenance } from './provenance.ts';
import { createWallState, type SourceInfo } from './wall-state.ts';

const NOW = Date.parse('2025-05-01T05:03:00Z');
const MIN = 60_000;
const iso = (ms: number): string => new Date(ms).toISOString();

const info: SourceInfo = {
  id: 'seoul-air',
  title: { ko: '서울시 대기환경정보', en: 'Seoul air quality' },
  department: { ko: '기후환경본부', en: 'Climate and Environment' },
  cadence: 'hourly',
  staleAfterSeconds: 600,
  synthetic: false,
  attribution: 'Seoul Open Data',
};

const health = (over: Partial<SourceHealth>): SourceHealth => ({
  source: 'seoul-air', status: 'healthy', lastRunAt: null, lastSuccessAt: null, lastError: null,
  lagSeconds: 60, stale: false, runs: 3, failures: 0, emitted: 75, dropped: 0, ...over,
});

const state = (withInfo: boolean) => {
  const s = createWallState(builtInLayout('mayor'), NOW);
  if (withInfo) s.catalog.set(info.id, info);
  return s;
};

test('the source actor’s verdict makes a figure stale however recent its time', (t) => {
  const s = state(true);
  s.health.set('seoul-air', health({ stale: true }));
  t.true(provenanceOf(s, 'seoul-air', iso(NOW - MIN), NOW).stale);
  s.health.set('seoul-air', health({ status: 'stale' }));
  t.true(provenanceOf(s, 'seoul-air', iso(NOW - MIN), NOW).stale);
  s.health.set('seoul-air', health({}));
  t.false(provenanceOf(s, 'seoul-air', iso(NOW - MIN), NOW).stale);
});

test('without a verdict, the catalogue’s staleAfterSeconds decides (3 h when unknown)', (t) => {
  const s = state(true);
  t.false(provenanceOf(s, 'seoul-air', iso(NOW - 9 * MIN), NOW).stale);
  t.true(provenanceOf(s, 'seoul-air', iso(NOW - 11 * MIN), NOW).stale);
  const bare = state(false);
  t.false(provenanceOf(bare, 'seoul-air', iso(NOW - 170 * MIN), NOW).stale);
  t.true(provenanceOf(bare, 'seoul-air', iso(NOW - 190 * MIN), NOW).stale);
});

test('no as-of time is stale; the title follows the language; unknown sources show their id', (t) => {
  const s = state(true);
  const p = provenanceOf(s, 'seoul-air', null, NOW);
  t.deepEqual(p, { sourceId: 'seoul-air', source: '서울시 대기환경정보', asOf: null, stale: true, synthetic: false });
  s.language = 'en';
  t.is(provenanceOf(s, 'seoul-air', null, NOW).source, 'Seoul air quality');
  t.is(provenanceOf(s, 'seoul-bike', null, NOW).source, 'seoul-bike');
  t.false(referenceProvenance('MOIS', '2025-04').stale);
});

test('provenanceText in English and Korean: a month, a recent time, an older date, nothing', (t) => {
  const p = (asOf: string | null): Provenance => ({ sourceId: 'x', source: 'MOIS', asOf, stale: false, synthetic: false });
  const recent = '2025-05-01T05:00:00Z'; // 14:00 in Seoul
  const older = '2025-04-28T23:30:00Z'; // 2025-04-29 08:30 in Seoul
  t.is(provenanceText('en', p('2025-04'), NOW), 'Source: MOIS · as of 2025-04');
  t.is(provenanceText('ko', p('2025-04'), NOW), '출처: MOIS · 2025-04 기준');
  t.is(provenanceText('en', p(recent), NOW), 'Source: MOIS · as of 14:00 (3 min ago)');
  t.is(provenanceText('ko', p(recent), NOW), '출처: MOIS · 14:00 기준 (3분 전)');
  t.is(provenanceText('en', p(older), NOW), 'Source: MOIS · as of 2025-04-29 08:30');
  t.is(provenanceText('ko', p(older), NOW), '출처: MOIS · 2025-04-29 08:30 기준');
  t.is(provenanceText('en', p(null), NOW), 'Source: MOIS · no data yet');
  t.is(provenanceText('ko', p(null), NOW), '출처: MOIS · 자료 없음');
});
