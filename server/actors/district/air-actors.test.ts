import test from 'ava';
import type { DistrictAir } from '../../contracts/air.ts';
import { createActorSystem } from '../runtime/system.ts';
import { silentLog, sleep, waitFor } from '../runtime/testing.ts';
import { startAirActors, type AirActorsOptions } from './air-actors.ts';
import type { StationInfo } from './district-air.ts';

const HOUR = 3_600_000;
const stations: StationInfo[] = [
  { code: '111261', kind: 'urban', district: '11680' },
  { code: '111262', kind: 'roadside', district: '11680' },
  { code: '111123', kind: 'urban', district: '11110' },
];
const NONE = { pm10: null, pm25: null, o3: null, no2: null, co: null, so2: null };
let seq = 0;
const envelope = (station: string, district: string, observedAt: string, values: Record<string, number | null>) => ({
  v: 1, id: `seoul-air:${station}:${observedAt}:${(seq += 1)}`, source: 'seoul-air', kind: 'air.observed', observedAt,
  entity: `station:${station}`, district, payload: { station, period: '1h', values: { ...NONE, ...values } },
});

const setup = (extra: Partial<AirActorsOptions> = {}) => {
  let clock = Date.parse('2024-05-01T06:00:00Z');
  const emitted: Array<{ channel: string; data: unknown }> = [];
  const system = createActorSystem({ log: silentLog(), now: () => clock });
  const air = startAirActors(system, {
    stations, districts: ['11680', '11110'], maxAgeMs: 3 * HOUR, minIntervalMs: 0,
    emit: (channel, data) => void emitted.push({ channel, data }), ...extra,
  });
  const of = (channel: string) => emitted.filter((e) => e.channel === channel).map((e) => e.data);
  return { system, air, emitted, of, advance: (ms: number) => (clock += ms) };
};

test('an observation updates the district channel and the city channel', async (t) => {
  const { system, air, of } = setup();
  t.true(air.observe(envelope('111261', '11680', '2024-05-01T05:00:00Z', { pm10: 55, pm25: 25 })));
  await waitFor(() => of('air/city/latest').length === 1);
  const [district] = of('air/district/11680') as DistrictAir[];
  t.deepEqual([district?.cai, district?.grade, district?.dominant, district?.stations], [75, 'moderate', 'pm10', ['111261']]);
  t.deepEqual(of('air/city/latest')[0], [district]);
  t.deepEqual(air.latest(), [district as DistrictAir]);
  t.is(air.counters().accepted, 1);
  await system.stopAll();
});

test('invalid envelopes are counted and never stop the actor', async (t) => {
  const { system, air, of } = setup();
  const bad = envelope('111261', '11680', '2024-05-01T05:00:00Z', { pm10: -5 });
  t.true(air.observe(bad));
  t.true(air.observe({ ...envelope('111261', '11680', '2024-05-01T05:00:00Z', {}), kind: 'traffic.observed' }));
  t.true(air.observe({ ...envelope('111261', '11680', '2024-05-01T05:00:00Z', {}), payload: 'nope' }));
  t.false(air.observe({ district: '11999' }));
  t.false(air.observe(null));
  air.observe(envelope('111261', '11680', '2024-05-01T05:00:00Z', { pm10: 20 }));
  await waitFor(() => of('air/district/11680').length === 1);
  t.deepEqual(air.counters(), { accepted: 1, invalid: 3, outOfOrder: 0, unroutable: 2 });
  t.is(system.stats().failed, 0);
  await system.stopAll();
});

test('an older observation of a station is ignored, and an unchanged result is not re-emitted', async (t) => {
  const { system, air, of } = setup();
  air.observe(envelope('111261', '11680', '2024-05-01T05:00:00Z', { pm10: 40 }));
  air.observe(envelope('111261', '11680', '2024-05-01T04:00:00Z', { pm10: 200 }));
  air.observe(envelope('111261', '11680', '2024-05-01T05:00:00Z', { pm10: 40 }));
  await waitFor(() => air.counters().accepted + air.counters().outOfOrder === 3);
  await sleep(5);
  t.is(air.counters().outOfOrder, 1);
  const emitted = of('air/district/11680') as DistrictAir[];
  t.is(emitted.length, 1);
  t.is(emitted[0]?.values.pm10, 40);
  await system.stopAll();
});

test('tick ages observations out', async (t) => {
  const { system, air, of, advance } = setup();
  air.observe(envelope('111261', '11680', '2024-05-01T05:00:00Z', { pm10: 40 }));
  air.observe(envelope('111262', '11680', '2024-05-01T05:30:00Z', { pm25: 30 }));
  await waitFor(() => of('air/district/11680').length === 2);
  air.tick();
  await sleep(5);
  t.is(of('air/district/11680').length, 2);
  advance(2.25 * HOUR);
  air.tick();
  await waitFor(() => of('air/district/11680').length === 3);
  const last = of('air/district/11680')[2] as DistrictAir;
  t.deepEqual([last.values.pm10, last.values.pm25, last.stations], [null, 30, ['111262']]);
  advance(HOUR);
  air.tick();
  await waitFor(() => of('air/district/11680').length === 4);
  t.is((of('air/district/11680')[3] as DistrictAir).cai, null);
  await system.stopAll();
});

test('the city channel is coalesced to one emit per interval', async (t) => {
  const { system, air, of } = setup({ minIntervalMs: 300 });
  air.observe(envelope('111261', '11680', '2024-05-01T05:00:00Z', { pm10: 40 }));
  await waitFor(() => of('air/city/latest').length === 1);
  air.observe(envelope('111123', '11110', '2024-05-01T05:00:00Z', { pm10: 10 }));
  air.observe(envelope('111261', '11680', '2024-05-01T05:10:00Z', { pm10: 90 }));
  await waitFor(() => of('air/district/11680').length === 2 && of('air/district/11110').length === 1);
  t.is(of('air/city/latest').length, 1);
  await waitFor(() => of('air/city/latest').length === 2);
  await sleep(20);
  t.is(of('air/city/latest').length, 2);
  const city = of('air/city/latest')[1] as DistrictAir[];
  t.deepEqual(city.map((d) => [d.district, d.values.pm10]), [['11110', 10], ['11680', 90]]);
  await system.stopAll();
});

test('a seed is re-emitted at start and held until fresher data or its age runs out', async (t) => {
  const seeded: DistrictAir = {
    district: '11680', cai: 75, grade: 'moderate', dominant: 'pm10',
    values: { ...NONE, pm10: 55 }, subIndices: { ...NONE, pm10: 75 }, stations: ['111261'],
    asOf: '2024-05-01T05:00:00.000Z', source: 'seoul-air',
  };
  const { system, air, of, advance } = setup({ seed: [seeded, { ...seeded, district: '11999' }] });
  await waitFor(() => of('air/city/latest').length === 1);
  t.deepEqual(of('air/city/latest')[0], [seeded]);
  t.deepEqual(air.latest(), [seeded]);
  air.tick();
  await sleep(5);
  t.is(of('air/district/11680').length, 0);
  advance(3 * HOUR);
  air.tick();
  await waitFor(() => of('air/district/11680').length === 1);
  t.is((of('air/district/11680')[0] as DistrictAir).cai, null);
  await system.stopAll();
});
