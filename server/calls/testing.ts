/**
 * @module calls/testing
 * Test support for calls: one fire incident in Gangnam, and the people of a small city (a mayor, a
 * district head, the situation room, officials of a fire station, the fire and police headquarters).
 */
import type { Incident } from '../contracts/index.ts';
import type { DirectoryUser } from './directory.ts';

export function incidentFixture(over: Partial<Incident> = {}): Incident {
  return {
    id: 'fire-119:20210101-0001', source: 'fire-119', agency: 'fire', type: 'fire', severity: 'major', stage: 'dispatched',
    district: '11680', dong: '역삼동', address: '서울특별시 강남구 역삼동', lon: 127.0366, lat: 37.5006,
    responder: { id: 'fire-station:11680', name: { ko: '강남소방서', en: 'Gangnam Fire Station' } }, synthetic: true,
    times: { reported: '2026-11-27T05:00:00.000Z', dispatched: '2026-11-27T05:01:00.000Z', arrived: null, resolved: null },
    durations: { dispatchS: 60, travelS: null, onSceneS: null }, estimated: [], casualties: null, damageKrwThousands: null, late: [],
    updatedAt: '2026-11-27T05:01:00.000Z',
    ...over,
  };
}

const person = (login: string, role: DirectoryUser['role'], scope: Partial<DirectoryUser> = {}): DirectoryUser => ({
  login, displayName: login, role, districts: [], departments: [], disabled: false, ...scope,
});

export const CITY_PEOPLE: readonly DirectoryUser[] = [
  person('mayor', 'mayor'),
  person('room', 'situation-room'),
  person('lee.gangnam', 'district-head', { districts: ['11680'] }),
  person('kim.fire', 'official', { departments: ['fire-station-11680'] }),
  person('han.fire', 'official', { departments: ['fire-station-11680'] }),
  person('oh.hq', 'official', { departments: ['fire'] }),
  person('park.police', 'official', { departments: ['police'] }),
];
