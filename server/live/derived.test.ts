import test from 'ava';
import { createLiveHub } from './hub.ts';
import { deriveCityAir } from './derived.ts';

const air = (district: string, cai: number) => ({
  district,
  cai,
  grade: 'moderate',
  dominant: 'pm10',
  values: { pm10: 60, pm25: null, o3: null, no2: null, co: null, so2: null },
  subIndices: { pm10: cai, pm25: null, o3: null, no2: null, co: null, so2: null },
  stations: ['s'],
  asOf: '2026-11-27T00:00:00.000Z',
  source: 'seoul-air',
});

test('air/city/latest follows the district channels, whichever shard published them', async (t) => {
  const hub = createLiveHub();
  hub.set('air/district/11680', air('11680', 80), '2026-11-27T00:00:01Z');
  const stop = deriveCityAir(hub, 10);
  t.deepEqual((hub.get('air/city/latest')?.data as { district: string }[]).map((d) => d.district), ['11680']);
  hub.set('air/district/11110', air('11110', 50), '2026-11-27T00:00:02Z');
  hub.set('air/district/11680', { not: 'district air' }, '2026-11-27T00:00:03Z');
  await new Promise((r) => setTimeout(r, 30));
  const city = hub.get('air/city/latest');
  t.deepEqual((city?.data as { district: string }[]).map((d) => d.district), ['11110']);
  t.is(city?.at, '2026-11-27T00:00:02Z'); // the newest valid district value
  stop();
});
