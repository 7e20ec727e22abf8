import test from 'ava';
import { readFileSync } from 'node:fs';
import { kstHour, kstWeekday } from '../../../connectors/_safety/kst.ts';
import { POLICE_TYPES } from '../../../connectors/police-112/api.ts';
import type { Area } from '../../../db/reference/geo.ts';
import { contains } from '../safety-common/geo.ts';
import { loadCrimeCsv } from './crime-table.ts';
import { DEFAULT_CRIME_FILE } from './defaults.ts';
import { createPoliceGenerator, PoliceGeneratorError, type PoliceIncident } from './generator.ts';
import { loadDongs } from './places.ts';

const table = await loadCrimeCsv(DEFAULT_CRIME_FILE);
const dongs = await loadDongs();
const t0 = Date.parse('2024-05-01T03:00:00Z');
const gen = (o: { seed?: number; perDay?: number; speedup?: number; lifecycleSpeedup?: number } = {}) =>
  createPoliceGenerator({ table, dongs, seed: o.seed ?? 112, incidentsPerDay: o.perDay ?? 345, speedup: o.speedup ?? 720, lifecycleSpeedup: o.lifecycleSpeedup ?? 1, startedAt: t0 });

/** 30 data days at the real 2016 volume (about 10,000 incidents). */
const H0 = Math.floor(t0 / 3600_000);
const month: PoliceIncident[] = [];
{
  const g = gen();
  for (let h = H0; h < H0 + 30 * 24; h++) month.push(...g.hour(h));
}
const share = <K extends string>(xs: readonly K[]): Map<K, number> => {
  const m = new Map<K, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1 / xs.length);
  return m;
};

test('the same seed gives the same incidents; another seed others', (t) => {
  const strip = (xs: PoliceIncident[]) => xs.map(({ number, type, code, station, dong, lon, lat, at }) => ({ number, type, code, station: station.id, dong, lon, lat, at }));
  t.deepEqual(strip(gen().hour(H0 + 5)), strip(month.filter((i) => Math.floor(i.dataAt / 3600_000) === H0 + 5)));
  const a = strip(gen().incidentsBetween(t0, t0 + 200_000));
  t.true(a.length > 20);
  t.deepEqual(strip(gen().incidentsBetween(t0, t0 + 200_000)), a);
  t.notDeepEqual(strip(gen({ seed: 7 }).incidentsBetween(t0, t0 + 200_000)), a);
});

test('volume and categories follow the 2016 counts', (t) => {
  t.true(Math.abs(month.length / 30 - 345) < 15, `${month.length / 30} a day`);
  const real = { homicide: 163, robbery: 276, 'sexual-violence': 5449, theft: 55307, violence: 65206 };
  const total = Object.values(real).reduce((s, x) => s + x, 0);
  const got = share(month.map((i) => i.type));
  for (const type of POLICE_TYPES) {
    const want = real[type] / total;
    t.true(Math.abs((got.get(type) ?? 0) - want) < 0.015, `${type}: ${got.get(type)} vs ${want}`);
  }
});

test('police stations and gu follow the 2016 counts', (t) => {
  const totals = table.map((r) => Object.values(r.counts).reduce((s, x) => s + x, 0));
  const all = totals.reduce((s, x) => s + x, 0);
  const byStation = share(month.map((i) => i.station.id));
  table.forEach((r, k) => {
    const want = (totals[k] as number) / all;
    t.true(Math.abs((byStation.get(r.station.id) ?? 0) - want) < 0.006, `${r.station.ko}: ${byStation.get(r.station.id)} vs ${want}`);
  });
  const wantGu = new Map<string, number>();
  table.forEach((r, k) => wantGu.set(r.station.district, (wantGu.get(r.station.district) ?? 0) + (totals[k] as number) / all));
  const byGu = share(month.map((i) => i.station.district));
  t.is(byGu.size, 25);
  for (const [gu, want] of wantGu) t.true(Math.abs((byGu.get(gu) ?? 0) - want) < 0.008, `${gu}`);
});

test('hourly and weekly rhythm: nights and weekends are busier', (t) => {
  const byHour = Array.from({ length: 24 }, () => 0);
  for (const i of month) byHour[kstHour(i.dataAt)]!++;
  const night = byHour[22]! + byHour[23]!;
  const morning = byHour[6]! + byHour[7]!;
  t.true(night / morning > 2.3 && night / morning < 3.8, `night/morning ${night / morning}`);
  const byDay = Array.from({ length: 7 }, () => 0);
  for (const i of month) byDay[kstWeekday(i.dataAt)]!++;
  t.true(byDay[6]! > byDay[2]!, 'Saturday over Tuesday');
});

test('lifecycle: stages in order; 코드0/1 emergencies arrive faster than 코드2', (t) => {
  for (const i of month) {
    const [rep, dis, arr, res] = i.at;
    t.true(rep <= dis && dis <= arr && arr <= res);
    t.is(arr - dis, Math.floor(i.at[0] + (i.durations.dispatchS + i.durations.travelS) * 1000) - Math.floor(i.at[0] + i.durations.dispatchS * 1000));
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  const travel = (codes: number[]) => median(month.filter((i) => codes.includes(i.code)).map((i) => i.durations.travelS));
  t.true(travel([0]) < travel([1]) && travel([1]) < travel([2]), `${travel([0])} ${travel([1])} ${travel([2])}`);
  t.true(travel([0, 1]) <= 330 && travel([2]) >= 540);
  const fast = gen({ lifecycleSpeedup: 60 }).hour(H0 + 3)[0]!;
  t.true(Math.abs(fast.at[3] - fast.at[0] - ((fast.durations.dispatchS + fast.durations.travelS + fast.durations.onSceneS) * 1000) / 60) <= 2);
});

test('every position lies inside its police station gu', (t) => {
  const gu = JSON.parse(readFileSync(new URL('../../../db/reference/districts.json', import.meta.url), 'utf8')) as { code: string; geometry: Area }[];
  const area = new Map(gu.map((g) => [g.code, g.geometry]));
  const outside = month.slice(0, 3000).filter((i) => !contains(area.get(i.station.district)!, i.lon, i.lat));
  t.is(outside.length, 0);
});

test('wall times: calls map onto the wall clock at the speed-up; nothing before the start', (t) => {
  const g = gen();
  const incs = g.incidentsBetween(t0 - 3600_000, t0 + 3600_000);
  t.true(incs.every((i) => i.dataAt >= t0 && i.at[0] >= t0));
  for (const i of incs) t.is(i.at[0], Math.floor(t0 + (i.dataAt - t0) / 720));
  t.is(new Set(incs.map((i) => i.number)).size, incs.length);
  t.regex(incs[0]!.number, /^20240501-\d{6}-\d{7}$/);
  t.throws(() => gen({ speedup: 0 }), { instanceOf: PoliceGeneratorError });
  t.throws(() => gen({ perDay: -1 }), { instanceOf: PoliceGeneratorError });
});
