import test from 'ava';
import { pino } from 'pino';
import { channels } from '../contracts/index.ts';
import { createLiveHub } from '../live/hub.ts';
import { gatherPortal, publicChannel, publicRoute, type PortalDeps } from './gather.ts';
import { AIR_AT, fillHub, FIXTURE_NOW, healthOf, REFERENCE_DISTRICTS, SECRET_ERROR, SOURCES } from './testing.ts';

const POP = { asOf: '2025-04', source: 'MOIS', total: 100, male: 40, female: 60, age65plus: 20 };

const depsWith = (over: Partial<PortalDeps> = {}): PortalDeps => ({
  hub: createLiveHub(),
  now: () => FIXTURE_NOW,
  sources: async () => SOURCES,
  districts: async () => REFERENCE_DISTRICTS,
  population: async () => POP,
  log: pino({ level: 'silent' }),
  ...over,
});

test('the publication policy gives the public air, districts, sources and their health, not connector runs', (t) => {
  t.true(publicRoute('/api/v1/districts'));
  t.true(publicRoute('/api/v1/sources'));
  t.false(publicRoute('/api/v1/sources/seoul-air/runs'));
  t.false(publicRoute('/api/v1/no-such-route'));
  t.true(publicChannel(channels.airDistrict('11680')));
  t.true(publicChannel(channels.sources()));
  t.false(publicChannel('cameras/city/all'));
});

test('every block is read from the ports and the hub', async (t) => {
  const deps = depsWith();
  const airs = fillHub(deps.hub);
  const got = await gatherPortal(deps);
  t.is(got.districts?.length, 25);
  t.deepEqual(got.air?.districts.map((a) => a.cai).sort(), airs.map((a) => a.cai).sort());
  t.is(got.air?.at, AIR_AT);
  t.deepEqual(got.catalog, SOURCES);
  t.deepEqual(got.health?.values.map((h) => h.source), ['seoul-air', 'traffic-sim']);
  t.deepEqual(got.population, POP);
  t.is(got.now, FIXTURE_NOW);
  // The district geometry is not carried along.
  t.false(JSON.stringify(got.districts).includes('coordinates'));
});

test('without sources/city/all, health comes from each source channel; malformed values are skipped', async (t) => {
  const deps = depsWith();
  deps.hub.set(channels.source('seoul-air'), healthOf('seoul-air', { lastError: SECRET_ERROR }), AIR_AT);
  deps.hub.set(channels.source('traffic-sim'), { status: 'nonsense' }, AIR_AT);
  deps.hub.set(channels.airDistrict('11110'), { district: '11110', broken: true }, AIR_AT);
  const got = await gatherPortal(deps);
  t.deepEqual(got.health?.values.map((h) => h.source), ['seoul-air']);
  t.is(got.air, null);
});

test('a failing port leaves only its own block out', async (t) => {
  const deps = depsWith({ sources: async () => Promise.reject(new Error('db down')) });
  fillHub(deps.hub);
  const got = await gatherPortal(deps);
  t.is(got.catalog, null);
  t.is(got.districts?.length, 25);
  t.not(got.air, null);
});
