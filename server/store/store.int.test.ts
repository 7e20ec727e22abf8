import test from 'ava';
import { migratedTempDatabase } from '../../db/testing/temp-database.ts';
import { seedReference } from './seed-reference.ts';
import { districtsFeatureCollection, getDistrict } from './districts.ts';
import { stationsByDistrict, listStations, type Station } from './stations.ts';
import { listSources, setSourceStatus, upsertSources, type SourceManifest } from './sources.ts';
import { insertConnectorRun, recentRuns, runCounts } from './connector-runs.ts';
import { insertQuarantine, quarantineCounts } from './quarantine.ts';
import { snapshotsByPrefix, upsertSnapshots } from './live-snapshots.ts';
import type { ConnectorRun } from '../contracts/index.ts';

const station: Station = {
  code: '111261',
  nameKo: '강남구',
  nameEn: 'Gangnam-gu',
  kind: 'urban',
  districtCode: '11680',
  lon: 127.0476,
  lat: 37.5175,
  sourceId: 'seoul-air',
};

test('reference seeding is idempotent and districts come back as GeoJSON', async (t) => {
  const { db, done } = await migratedTempDatabase();
  try {
    const first = await seedReference(db, { stations: [station] });
    t.deepEqual(first, { districts: 25, neighborhoods: 425, stations: 1 });
    await seedReference(db, { stations: [{ ...station, note: 'moved' }] });
    const counts = await db.query<{ d: number; n: number; s: number }>(
      `SELECT (SELECT count(*) FROM districts)::int AS d, (SELECT count(*) FROM neighborhoods)::int AS n, (SELECT count(*) FROM stations)::int AS s`,
    );
    t.deepEqual(counts.map((c) => ({ ...c })), [{ d: 25, n: 425, s: 1 }]);
    const fc = await districtsFeatureCollection(db);
    t.is(fc.features.length, 25);
    t.is((fc.features[0]?.geometry as { type: string }).type, 'Polygon');
    t.is((await getDistrict(db, '11680'))?.nameEn, 'Gangnam-gu');
    t.is(await getDistrict(db, '11999'), null);
    t.deepEqual((await stationsByDistrict(db, '11680')).map((s) => s.note), ['moved']);
    t.is((await listStations(db)).length, 1);
  } finally {
    await done();
  }
});

test('sources upsert by id and keep their status', async (t) => {
  const { db, done } = await migratedTempDatabase();
  try {
    const m: SourceManifest = {
      id: 'seoul-air',
      title: { ko: '서울시 대기질', en: 'Seoul air quality' },
      department: { ko: '기후환경본부', en: 'Climate and Environment HQ' },
      protocol: 'rest-json',
      cadence: 'every 5 min',
      staleAfterS: 5400,
      synthetic: false,
      attribution: 'Seoul Open Data Plaza',
    };
    await upsertSources(db, [m]);
    await setSourceStatus(db, 'seoul-air', 'healthy');
    await upsertSources(db, [{ ...m, cadence: 'every 10 min' }]);
    const [s] = await listSources(db);
    t.is(s?.cadence, 'every 10 min');
    t.is(s?.status, 'healthy');
    await t.throwsAsync(upsertSources(db, [{ ...m, id: 'Bad Id' }]));
  } finally {
    await done();
  }
});

test('connector runs are stored once and counted', async (t) => {
  const { db, done } = await migratedTempDatabase();
  try {
    const run = (i: number, outcome: ConnectorRun['outcome']): ConnectorRun => ({
      runId: `seoul-air:${i}`,
      source: 'seoul-air',
      startedAt: new Date(Date.UTC(2025, 2, 1, 0, i)).toISOString(),
      endedAt: new Date(Date.UTC(2025, 2, 1, 0, i, 5)).toISOString(),
      outcome,
      fetched: 10,
      parsed: 10,
      emitted: outcome === 'failed' ? 0 : 9,
      dropped: 1,
      newestObservedAt: outcome === 'failed' ? null : new Date(Date.UTC(2025, 2, 1, 0, 0)).toISOString(),
      error: outcome === 'failed' ? 'HTTP 503' : null,
    });
    t.true(await insertConnectorRun(db, run(1, 'ok')));
    t.false(await insertConnectorRun(db, run(1, 'ok')));
    t.true(await insertConnectorRun(db, run(2, 'failed')));
    const recent = await recentRuns(db, 'seoul-air', 5);
    t.deepEqual(recent.map((r) => r.runId), ['seoul-air:2', 'seoul-air:1']);
    t.deepEqual(recent[1], run(1, 'ok'));
    t.deepEqual(await runCounts(db), [
      {
        source: 'seoul-air',
        runs: 2,
        failures: 1,
        emitted: 9,
        dropped: 2,
        lastRunAt: run(2, 'failed').startedAt,
        lastSuccessAt: run(1, 'ok').endedAt,
      },
    ]);
  } finally {
    await done();
  }
});

test('quarantine keeps the raw bytes; live snapshots keep the newest value', async (t) => {
  const { db, done } = await migratedTempDatabase();
  try {
    const bytes = Buffer.from([0, 1, 2, 0xff, 0x0a]);
    const id = await insertQuarantine(db, { source: 'seoul-air', subject: 'city.air.observed.11680', reason: 'schema', raw: bytes.toString('base64'), at: '2025-03-01T00:00:00Z' });
    const [row] = await db.query<{ raw: Uint8Array }>(`SELECT raw FROM quarantine WHERE id = $1`, [id]);
    t.deepEqual(Buffer.from(row?.raw ?? []), bytes);
    t.deepEqual((await quarantineCounts(db)).map((r) => ({ ...r })), [{ source: 'seoul-air', count: 1 }]);

    const at = (m: number) => new Date(Date.UTC(2025, 2, 1, 0, m));
    await upsertSnapshots(db, [
      { channel: 'air/district/11680', data: { cai: 50 }, at: at(5) },
      { channel: 'air/district/11680', data: { cai: 40 }, at: at(4) },
      { channel: 'air/city/latest', data: [1, 2], at: at(5) },
    ]);
    await upsertSnapshots(db, [{ channel: 'air/district/11680', data: { cai: 30 }, at: at(3) }]);
    const snaps = await snapshotsByPrefix(db, 'air/district/');
    t.deepEqual(snaps, [{ channel: 'air/district/11680', data: { cai: 50 }, at: at(5) }]);
    t.is((await snapshotsByPrefix(db, '')).length, 2);
    await upsertSnapshots(db, [{ channel: 'air/district/11680', data: { cai: 60 }, at: at(6) }]);
    t.deepEqual((await snapshotsByPrefix(db, 'air/district/'))[0]?.data, { cai: 60 });
  } finally {
    await done();
  }
});
