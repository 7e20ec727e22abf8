import test from 'ava';
import { channels, type Incident } from '../contracts/index.ts';
import { createLiveHub } from './hub.ts';
import { derivePublicIncidents, PUBLIC_INCIDENTS_CHANNEL, publicIncident } from './public-incidents.ts';

const incident = (agency: Incident['agency'], lon: number, lat: number): Incident => ({
  id: `${agency === 'fire' ? 'fire-119' : 'police-112'}:1`,
  source: agency === 'fire' ? 'fire-119' : 'police-112',
  agency,
  type: agency === 'fire' ? 'fire' : 'theft',
  severity: 'moderate',
  stage: 'dispatched',
  district: '11680',
  dong: '역삼동',
  address: '서울특별시 강남구 역삼동',
  lon,
  lat,
  responder: { id: 'fire-station:11680', name: { ko: '강남소방서', en: 'Gangnam Fire Station' } },
  synthetic: agency === 'police',
  times: { reported: '2026-11-27T01:00:00.000Z', dispatched: '2026-11-27T01:01:00.000Z', arrived: null, resolved: null },
  durations: { dispatchS: 60, travelS: null, onSceneS: null },
  estimated: [],
  casualties: null,
  damageKrwThousands: null,
  late: [],
  updatedAt: '2026-11-27T01:01:00.000Z',
});

test('fire incidents are placed to about 100 m, police incidents to about 1 km', (t) => {
  const fire = publicIncident(incident('fire', 127.036712, 37.500934));
  t.deepEqual([fire.lon, fire.lat], [127.037, 37.501]);
  const police = publicIncident(incident('police', 127.036712, 37.500934));
  t.deepEqual([police.lon, police.lat], [127.04, 37.5]);
});

test('the public board follows the city board and never carries the exact position', (t) => {
  const hub = createLiveHub();
  const stop = derivePublicIncidents(hub);
  t.is(hub.get(PUBLIC_INCIDENTS_CHANNEL), undefined);
  hub.set(channels.incidents(), { incidents: [incident('fire', 127.036712, 37.500934)], asOf: '2026-11-27T01:01:00.000Z' }, '2026-11-27T01:01:00.000Z');
  const board = hub.get(PUBLIC_INCIDENTS_CHANNEL)?.data as { incidents: Incident[] };
  t.is(board.incidents.length, 1);
  t.is(board.incidents[0]?.lon, 127.037);
  hub.set(channels.incidents(), { nonsense: true }, '2026-11-27T01:02:00.000Z');
  t.is((hub.get(PUBLIC_INCIDENTS_CHANNEL)?.data as { incidents: Incident[] }).incidents.length, 1, 'an invalid board is not republished');
  stop();
});
