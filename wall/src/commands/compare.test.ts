import test from 'ava';
import type { DistrictAir } from '../../../server/contracts/index.ts';
import { builtInLayout } from '../../../server/layouts/defaults.ts';
import { incident } from '../../testing/incident-fixtures.ts';
import { createWallState } from '../state/wall-state.ts';
import { complaintKpi } from '../state/testing/opinion-fixtures.ts';
import { compareTable } from './compare.ts';
import { TEST_PLACES } from './testing/places-fixture.ts';

const NOW = Date.parse('2025-05-01T03:00:00Z');
const air = (district: string, cai: number, grade: DistrictAir['grade'], pm25: number | null): DistrictAir => ({
  district, cai, grade, dominant: 'pm25',
  values: { pm10: null, pm25, o3: null, no2: null, co: null, so2: null },
  subIndices: { pm10: null, pm25: null, o3: null, no2: null, co: null, so2: null },
  stations: [], asOf: null, source: 'seoul-air',
});

test('nothing compared, no table', (t) => {
  t.is(compareTable(createWallState(builtInLayout('mayor'), NOW), TEST_PLACES, 'en'), null);
});

test('the gu side by side with what the wall holds; a figure no gu has is left out, a gu without it shows —', (t) => {
  const s = createWallState(builtInLayout('mayor'), NOW);
  s.compare = ['11680', '11710'];
  t.deepEqual(compareTable(s, TEST_PLACES, 'en')!.rows.map((r) => r.key), ['population'], 'residents from the map, whatever else has come');
  s.air.set('11680', air('11680', 62, 'moderate', 21.6));
  s.incidents = new Map([incident({ id: 'fire-119:1', reportedAt: NOW - 60_000 }), incident({ id: 'fire-119:2', reportedAt: NOW - 60_000, resolvedAfterS: 10 })].map((i) => [i.id, i]));
  s.incidentsAt = new Date(NOW).toISOString();
  s.complaintKpis = [complaintKpi({ scope: { kind: 'district', district: '11710' }, open: 41, shareWithinSla: 0.905 })];
  s.districtScores.set('11680', { status: 'ready', loadedAt: NOW, data: { scope: '11680', grain: 'month', rollups: [{ bucket: '2025-04', asOf: '2025-04-30', scope: '11680', score: 0.934, contributions: [] }] } });
  const table = compareTable(s, TEST_PLACES, 'en')!;
  t.deepEqual(table.districts, [{ code: '11680', name: 'Gangnam-gu' }, { code: '11710', name: 'Songpa-gu' }]);
  t.deepEqual(table.rows.map((r) => [r.key, r.cells.map((c) => c.text)]), [
    ['cai', ['62 · Moderate', '—']],
    ['pm25', ['22', '—']],
    ['incidents', ['1', '0']],
    ['complaints', ['—', '41']],
    ['onTime', ['—', '91%']],
    ['population', ['556,000', '650,000']],
    ['score', ['0.93', '—']],
  ]);
  t.not(table.rows[0]!.cells[0]!.color, null, 'the grade in its colour');
  t.is(compareTable(s, TEST_PLACES, 'ko')!.rows[0]!.label, '통합대기환경지수');
});
