import test from 'ava';
import type { Incident } from '../contracts/index.ts';
import { resolveCallees, stationDepartment, type DirectoryUser } from './directory.ts';

const person = (login: string, role: DirectoryUser['role'], scope: Partial<DirectoryUser> = {}): DirectoryUser => ({
  login, displayName: login, role, districts: [], departments: [], disabled: false, ...scope,
});

const USERS: DirectoryUser[] = [
  person('mayor', 'mayor'),
  person('deputy', 'deputy-mayor'),
  person('room', 'situation-room'),
  person('room2', 'situation-room', { disabled: true }),
  person('lee.gangnam', 'district-head', { districts: ['11680'] }),
  person('choi.jongno', 'district-head', { districts: ['11110'] }),
  person('kim.fire', 'official', { departments: ['fire'] }),
  person('han.station', 'official', { departments: ['fire-station-11680'] }),
  person('oh.station', 'official', { departments: ['fire-station-11680', 'fire'] }),
  person('park.police', 'official', { departments: ['police'] }),
  person('yun.health', 'official', { departments: ['health'] }),
  person('jo.air', 'official', { departments: ['air-policy'] }),
];

const incident = (over: Partial<Incident> = {}): Incident => ({
  id: 'fire-119:20210101-0001', source: 'fire-119', agency: 'fire', type: 'fire', severity: 'major', stage: 'dispatched',
  district: '11680', dong: null, address: '서울특별시 강남구', lon: 127.04, lat: 37.5,
  responder: { id: 'fire-station:11680', name: { ko: '강남소방서', en: 'Gangnam Fire Station' } }, synthetic: true,
  times: { reported: '2026-11-27T05:00:00.000Z', dispatched: null, arrived: null, resolved: null },
  durations: { dispatchS: null, travelS: null, onSceneS: null }, estimated: [], casualties: null, damageKrwThousands: null, late: [],
  updatedAt: '2026-11-27T05:00:00.000Z', ...over,
});

const ctx = (over: { incident?: Incident | null; caller?: string } = {}) => ({ users: USERS, incident: over.incident ?? null, caller: over.caller ?? 'mayor' });
const logins = (r: ReturnType<typeof resolveCallees>): string[] | string => (r.ok ? r.callees.map((u) => u.login) : `${r.status} ${r.message}`);

test('a person by login; never yourself; a disabled or unknown account is not reached', (t) => {
  t.deepEqual(logins(resolveCallees({ login: 'kim.fire' }, ctx())), ['kim.fire']);
  t.is(logins(resolveCallees({ login: 'mayor' }, ctx())), '400 you cannot call yourself');
  t.is(logins(resolveCallees({ login: 'room2' }, ctx())), '404 no one with the login room2 can be reached');
  t.is(logins(resolveCallees({ login: 'nobody' }, ctx())), '404 no one with the login nobody can be reached');
});

test('a district head: of the gu named, or of the incident’s gu; a gu is needed', (t) => {
  t.deepEqual(logins(resolveCallees({ role: 'district-head', district: '11110' }, ctx())), ['choi.jongno']);
  const viaIncident = resolveCallees({ role: 'district-head' }, ctx({ incident: incident() }));
  t.deepEqual(logins(viaIncident), ['lee.gangnam']);
  t.like(viaIncident, { district: '11680' });
  t.is(logins(resolveCallees({ role: 'district-head' }, ctx())), '400 to call a district head, name the gu (district) or an incident');
  t.is(logins(resolveCallees({ role: 'district-head', district: '11740' }, ctx())), '404 no district head of gu 11740 can be reached');
});

test('city-wide roles by department: fire, police, health; a department head by the department named', (t) => {
  t.deepEqual(logins(resolveCallees({ role: 'fire-commander' }, ctx())), ['kim.fire', 'oh.station']);
  t.deepEqual(logins(resolveCallees({ role: 'police-chief' }, ctx())), ['park.police']);
  t.deepEqual(logins(resolveCallees({ role: 'health-director' }, ctx())), ['yun.health']);
  t.deepEqual(logins(resolveCallees({ role: 'department-head', department: 'air-policy' }, ctx())), ['jo.air']);
  t.is(logins(resolveCallees({ role: 'department-head' }, ctx())), '400 to call a department head, name the department');
  t.is(logins(resolveCallees({ role: 'department-head', department: 'tourism' }, ctx())), '404 no official of department tourism can be reached');
  t.deepEqual(logins(resolveCallees({ role: 'deputy-mayor' }, ctx())), ['deputy']);
  t.deepEqual(logins(resolveCallees({ role: 'situation-room' }, ctx())), ['room'], 'not the disabled account');
  t.deepEqual(logins(resolveCallees({ role: 'situation-room' }, ctx({ caller: 'room' }))), '404 no situation-room account can be reached');
});

test('an incident: its responsible station’s officials, else its agency’s headquarters, else nobody', (t) => {
  const fire = resolveCallees({ incident: 'fire-119:20210101-0001' }, ctx({ incident: incident() }));
  t.deepEqual(logins(fire), ['han.station', 'oh.station']);
  t.like(fire, { station: { id: 'fire-station:11680' }, district: '11680' });
  const elsewhere = incident({ district: '11110', responder: { id: 'fire-station:11110', name: { ko: '종로소방서', en: 'Jongno Fire Station' } } });
  t.deepEqual(logins(resolveCallees({ incident: elsewhere.id }, ctx({ incident: elsewhere }))), ['kim.fire', 'oh.station'], 'the fire headquarters');
  const police = incident({ id: 'police-112:1', agency: 'police', type: 'theft', responder: { id: 'police-station:gangnam', name: { ko: '강남경찰서', en: 'Gangnam Police Station' } } });
  t.deepEqual(logins(resolveCallees({ incident: police.id }, ctx({ incident: police }))), ['park.police']);
  const noPolice = { users: USERS.filter((u) => u.login !== 'park.police'), incident: police, caller: 'mayor' };
  t.is(logins(resolveCallees({ incident: police.id }, noPolice)), '404 nobody can be reached for Gangnam Police Station (department police-station-gangnam) or its headquarters (department police)');
  t.is(logins(resolveCallees({ incident: 'fire-119:x' }, ctx({ incident: incident() }))), '404 no incident fire-119:x');
});

test('station departments are the responder ids made department ids', (t) => {
  t.is(stationDepartment('fire-station:11680'), 'fire-station-11680');
  t.is(stationDepartment('police-station:gangnam'), 'police-station-gangnam');
});

test('at most 20 callees, in login order', (t) => {
  const many = Array.from({ length: 30 }, (_, i) => person(`fire${String(i).padStart(2, '0')}`, 'official', { departments: ['fire'] }));
  const r = resolveCallees({ role: 'fire-commander' }, { users: many, incident: null, caller: 'mayor' });
  t.deepEqual(logins(r), many.slice(0, 20).map((u) => u.login));
});
