import test from 'ava';
import { pino } from 'pino';
import { createLiveHub } from '../../live/hub.ts';
import { createMemoryLayoutStore } from '../../layouts/memory.ts';
import type { ApiDeps, StationInfo } from '../deps.ts';
import { createApp } from '../app.ts';
import { testDeps } from '../testing.ts';

const STATIONS: StationInfo[] = [
  { code: '111261', nameKo: '강남구', nameEn: 'Gangnam-gu', kind: 'urban', district: '11680', lon: 127.0476, lat: 37.5175 },
  { code: '111262', nameKo: '도산대로', nameEn: 'Dosan-daero', kind: 'roadside', district: '11680', lon: 127.0363, lat: 37.5226 },
  { code: '111123', nameKo: '중구', nameEn: 'Jung-gu', kind: 'urban', district: '11140', lon: 126.9976, lat: 37.5643 },
];

function setup() {
  const asked: (string | undefined)[] = [];
  const deps: ApiDeps = {
    ...testDeps().deps,
    log: pino({ level: 'silent' }),
    version: 't',
    now: Date.now,
    hub: createLiveHub(),
    modes: { database: 'pglite', storage: 'postgres', bus: 'memory', scheduler: 'none', embedded: [], roles: ['api'] },
    checks: async () => ({}),
    sources: async () => [],
    runs: async () => [],
    districts: async () =>
      ['11680', '11140', '11110'].map((code) => ({ code, nameKo: code, nameEn: code, centroid: [127, 37.5] as [number, number], geometry: null })),
    stations: async (district) => {
      asked.push(district);
      return STATIONS.filter((s) => district === undefined || s.district === district);
    },
    airHistory: async () => ({ rows: [], servedFrom: 'raw' }),
    layouts: createMemoryLayoutStore(),
  };
  return { app: createApp(deps), asked };
}

test('stations: all of them with coordinates, or those of one district', async (t) => {
  const { app, asked } = setup();
  const all = await app.request('/api/v1/stations');
  t.is(all.status, 200);
  const body = (await all.json()) as { stations: StationInfo[] };
  t.deepEqual(body.stations, STATIONS);
  const one = (await (await app.request('/api/v1/stations?district=11680')).json()) as { stations: StationInfo[] };
  t.deepEqual(one.stations.map((s) => s.code), ['111261', '111262']);
  const none = (await (await app.request('/api/v1/stations?district=11110')).json()) as { stations: StationInfo[] };
  t.deepEqual(none.stations, []);
  t.deepEqual(asked, [undefined, '11680', '11110']);
});

test('stations: a malformed or unknown district is a 400 problem naming it', async (t) => {
  const { app, asked } = setup();
  for (const q of ['gangnam', '11999']) {
    const res = await app.request(`/api/v1/stations?district=${q}`);
    t.is(res.status, 400, q);
    t.regex(res.headers.get('content-type') ?? '', /problem\+json/);
    const p = (await res.json()) as { errors: { field: string }[] };
    t.is(p.errors[0]?.field, 'district');
  }
  t.deepEqual(asked, []);
});
