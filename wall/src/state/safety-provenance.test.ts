import test from 'ava';
import { builtInLayout } from '../../../server/layouts/defaults.ts';
import { incident, nearbyCamera } from '../../testing/incident-fixtures.ts';
import { cameraProvenance, incidentProvenance, mergeProvenance } from './safety-provenance.ts';
import { createWallState } from './wall-state.ts';

const NOW = Date.parse('2025-05-01T05:00:00Z');
const info = (id: string, synthetic: boolean) => ({
  id, title: { ko: id === 'fire-119' ? '119 출동' : '112 신고', en: id === 'fire-119' ? '119 dispatch' : '112 reports' },
  department: { ko: '소방재난본부', en: 'Fire and Disaster HQ' }, cadence: 'event', staleAfterSeconds: 3600, synthetic, attribution: '',
});

test('one entry per dispatch source; SYNTHETIC from the catalogue or from any generated incident', (t) => {
  const s = createWallState(builtInLayout('mayor'), NOW);
  s.language = 'en';
  s.catalog = new Map([['fire-119', info('fire-119', false)], ['police-112', info('police-112', true)]]);
  s.incidentsAt = '2025-05-01T04:59:00Z';
  const fire = incident({ id: 'fire-119:1', reportedAt: NOW, synthetic: false });
  const theft = incident({ id: 'police-112:1', type: 'theft', reportedAt: NOW, synthetic: false });
  const list = incidentProvenance(s, [theft, fire], NOW);
  t.deepEqual(list.map((p) => [p.sourceId, p.source, p.synthetic, p.stale, p.asOf]), [
    ['fire-119', '119 dispatch', false, false, '2025-05-01T04:59:00Z'],
    ['police-112', '112 reports', true, false, '2025-05-01T04:59:00Z'],
  ]);
  t.true(incidentProvenance(s, [{ ...fire, synthetic: true }], NOW)[0]!.synthetic, 'a generated incident marks its source');
  const merged = mergeProvenance(list);
  t.like(merged, { source: '119 dispatch · 112 reports', synthetic: true, stale: false });
  t.throws(() => mergeProvenance([]));
});

test('no incident yet: the dispatch systems by name, without data', (t) => {
  const s = createWallState(builtInLayout('mayor'), NOW);
  const [p] = incidentProvenance(s, [], NOW);
  t.like(p, { source: '119·112 출동 정보', asOf: null, stale: true, synthetic: false });
});

test('cameras: the registry, SYNTHETIC when any position is generated', (t) => {
  const s = createWallState(builtInLayout('mayor'), NOW);
  t.like(cameraProvenance(s, 'en'), { source: 'CCTV registry', asOf: null, synthetic: false });
  s.cameraList = { key: 'k', target: { kind: 'incident', incident: 'a:1' }, status: 'ready', loadedAt: NOW, cameras: [nearbyCamera(1)] };
  t.like(cameraProvenance(s, 'ko'), { source: 'CCTV 통합관제 등록정보', asOf: '2025-05-01T05:00:00.000Z', synthetic: true });
});
