import test from 'ava';
import { migratedTempDatabase } from '../../db/testing/temp-database.ts';
import type { Incident } from '../contracts/index.ts';
import { kpiOf } from '../actors/incident/kpi.ts';
import { assessLateness } from '../actors/incident/lateness.ts';
import { INCIDENT_TARGETS } from '../actors/incident/targets.ts';
import { foldAll, progress, reported, T0 } from '../actors/incident/testing.ts';
import {
  decodeIncidentCursor, getIncident, incidentKpisFromStore, incidentsToResume, openIncidents, queryIncidents, upsertIncidents,
} from './incidents.ts';

const S = 1000;
const M = 60_000;

/** A fixed-seed generator (mulberry32), so the data set is the same on every run. */
const rng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
  return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
};

/** 60 incidents, one every 5 minutes, across three gu and both agencies, at every stage. */
const dataset = (): Incident[] => {
  const r = rng(7);
  const gus = ['11680', '11110', '11440'];
  return Array.from({ length: 60 }, (_, k) => {
    const police = k % 3 === 0;
    const src = police ? 'police-112' : 'fire-119';
    const n = String(k).padStart(3, '0');
    const at = T0 + k * 5 * M;
    const dispatch = 20 + Math.floor(r() * 80);
    const travel = 150 + Math.floor(r() * 500);
    const stage = k % 5; // 0 reported, 1 dispatched, 2 arrived, 3–4 resolved
    const events: unknown[] = [reported(n, at, {
      incident: `${src}:${n}`, agency: police ? 'police' : 'fire', type: police ? 'theft' : 'fire',
      district: gus[k % 3] as string, lon: 127 + r() * 0.1, lat: 37.45 + r() * 0.15,
    })];
    if (stage >= 1) events.push(progress(n, 'dispatched', at + dispatch * S, {}, src));
    if (stage >= 2) events.push(progress(n, 'arrived', at + (dispatch + travel) * S, k % 4 === 0 ? { recorded: { travelS: travel + 0.25 } } : {}, src));
    if (stage >= 3) events.push(progress(n, 'resolved', at + 3000 * S, { casualties: { deaths: k % 7 === 0 ? 1 : 0, injuries: k % 2 } }, src));
    const folded = foldAll(events, at);
    return assessLateness(folded, at + 4000 * S, { targets: INCIDENT_TARGETS, escalateWithinMs: 0 }).incident;
  });
};

test('upsert keeps the newest state; get and open read it back', async (t) => {
  const { db, done } = await migratedTempDatabase();
  try {
    const v1 = foldAll([reported('1', T0)]);
    const v2 = foldAll([reported('1', T0), progress('1', 'dispatched', T0 + 40 * S)], T0 + 40 * S);
    await upsertIncidents(db, [v1]);
    t.deepEqual(await getIncident(db, 'fire-119:1'), v1);
    await upsertIncidents(db, [v2, v1]);
    t.deepEqual(await getIncident(db, 'fire-119:1'), v2, 'the newer of a batch wins');
    await upsertIncidents(db, [v1]);
    t.deepEqual(await getIncident(db, 'fire-119:1'), v2, 'an older state never overwrites a newer one');
    const resolved = foldAll([reported('2', T0 + M), progress('2', 'resolved', T0 + 9 * M)]);
    await upsertIncidents(db, [resolved]);
    t.deepEqual((await openIncidents(db)).map((i) => i.id), ['fire-119:1']);
    t.deepEqual(await openIncidents(db, { reportedSince: new Date(T0 + 1) }), []);
    // resuming: everything reported since, and open incidents updated since (v2 was updated at T0 + 40 s)
    t.deepEqual((await incidentsToResume(db, { since: new Date(T0 + 30 * S) })).map((i) => i.id), ['fire-119:1', 'fire-119:2']);
    t.deepEqual((await incidentsToResume(db, { since: new Date(T0 + 50 * S) })).map((i) => i.id), ['fire-119:2']);
    t.deepEqual(await incidentsToResume(db, { since: new Date(T0 + 10 * M) }), []);
    t.is(await getIncident(db, 'fire-119:404'), null);
    t.is(await getIncident(db, 'not an id'), null);
    const [row] = await db.query<{ travel_s: number | null; resolved_at: Date | null; district_code: string }>(
      "select travel_s, resolved_at, district_code from incidents where id = 'fire-119:2'");
    t.deepEqual([row?.travel_s, new Date(row?.resolved_at ?? 0).toISOString(), row?.district_code], [null, resolved.times.resolved, '11680']);
    await t.throwsAsync(upsertIncidents(db, [{ ...v1, lat: 'north' } as unknown as Incident]));
  } finally {
    await done();
  }
});

test('query: filters, newest first, and a cursor that walks every page once', async (t) => {
  const { db, done } = await migratedTempDatabase();
  try {
    const all = dataset();
    await upsertIncidents(db, all);
    const newestFirst = [...all].sort((a, b) => b.times.reported.localeCompare(a.times.reported)).map((i) => i.id);
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await queryIncidents(db, { limit: 7, ...(cursor === undefined ? {} : { cursor }) });
      seen.push(...page.incidents.map((i) => i.id));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor !== undefined);
    t.deepEqual(seen, newestFirst);
    t.is(pages, 9);

    const gangnamFire = await queryIncidents(db, { district: '11680', agency: 'fire', limit: 100 });
    t.deepEqual(gangnamFire.incidents.map((i) => i.id), all.filter((i) => i.district === '11680' && i.agency === 'fire').map((i) => i.id).reverse());
    const open = await queryIncidents(db, { stage: 'open', limit: 100 });
    t.is(open.incidents.length, all.filter((i) => i.stage !== 'resolved').length);
    t.true(open.incidents.every((i) => i.stage !== 'resolved'));
    const window = await queryIncidents(db, { from: new Date(T0 + 10 * M), to: new Date(T0 + 30 * M), limit: 100 });
    t.deepEqual(window.incidents.map((i) => i.times.reported), [25, 20, 15, 10].map((m) => new Date(T0 + m * M).toISOString()));

    const bbox: [number, number, number, number] = [127.02, 37.5, 127.06, 37.55];
    const inside = (i: Incident) => i.lon >= bbox[0] && i.lon <= bbox[2] && i.lat >= bbox[1] && i.lat <= bbox[3];
    const boxed = await queryIncidents(db, { bbox, limit: 100 });
    t.true(boxed.incidents.length > 0);
    t.deepEqual(boxed.incidents.map((i) => i.id).sort(), all.filter(inside).map((i) => i.id).sort());
    // against public positions: what falls inside once rounded (police to 0.01°, fire to 0.001°)
    const decimals = { fire: 3, police: 2 };
    const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;
    const coarse = (i: Incident) => ({ ...i, lon: round(i.lon, decimals[i.agency]), lat: round(i.lat, decimals[i.agency]) });
    const publicBoxed = await queryIncidents(db, { bbox, bboxDecimals: decimals, limit: 100 });
    t.deepEqual(publicBoxed.incidents.map((i) => i.id).sort(), all.filter((i) => inside(coarse(i))).map((i) => i.id).sort());
  } finally {
    await done();
  }
});

test('query input is checked before any SQL runs', async (t) => {
  const { db, done } = await migratedTempDatabase();
  try {
    const bad: Array<Record<string, unknown>> = [
      { limit: 0 }, { limit: 501 }, { limit: 10, district: '26110' }, { limit: 10, bbox: [127.1, 37.5, 127.0, 37.6] },
      { limit: 10, bbox: [127, 37] }, { limit: 10, stage: 'closed' }, { limit: 10, agency: 'army' },
      { limit: 10, from: new Date(T0), to: new Date(T0) }, { limit: 10, cursor: 'bm9wZQ' },
    ];
    for (const q of bad) await t.throwsAsync(queryIncidents(db, q as never), undefined, JSON.stringify(q));
    t.is(decodeIncidentCursor('%%%'), null);
  } finally {
    await done();
  }
});

test('KPIs in SQL agree with the actors’ KPIs on the same incidents', async (t) => {
  const { db, done } = await migratedTempDatabase();
  try {
    const all = dataset();
    await upsertIncidents(db, all);
    const w = { from: T0 + 30 * M, to: T0 + 240 * M };
    for (const agency of ['fire', 'police'] as const) {
      for (const district of [undefined, '11680', '11110']) {
        const scope = district ?? 'city';
        const list = all.filter((i) => (district === undefined || i.district === district) && Date.parse(i.times.reported) >= w.from && Date.parse(i.times.reported) < w.to);
        const expected = kpiOf(list, scope, agency, w, INCIDENT_TARGETS);
        const got = await incidentKpisFromStore(db, {
          from: new Date(w.from), to: new Date(w.to), agency, targetS: INCIDENT_TARGETS[agency].travelS, goalShare: INCIDENT_TARGETS[agency].goalShare,
          ...(district === undefined ? {} : { district }),
        });
        t.deepEqual(got, expected, `${agency} ${scope}`);
      }
    }
    const city = await incidentKpisFromStore(db, { from: new Date(w.from), to: new Date(w.to), agency: 'fire', targetS: 420, goalShare: 0.8 });
    t.true(city.reported > 20 && city.arrived > 5 && city.late > 0 && city.injuries > 0, JSON.stringify(city));
    const empty = await incidentKpisFromStore(db, { from: new Date(0), to: new Date(1000), agency: 'police', targetS: 300, goalShare: 0.8 });
    t.like(empty, { reported: 0, arrived: 0, shareWithinTarget: null, medianTravelS: null, deaths: 0 });
    await t.throwsAsync(incidentKpisFromStore(db, { from: new Date(w.to), to: new Date(w.from), agency: 'fire', targetS: 420, goalShare: 0.8 }));
  } finally {
    await done();
  }
});
