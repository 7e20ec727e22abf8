import test from 'ava';
import { migratedTempDatabase, testLogger } from '../../db/testing/temp-database.ts';
import { createReadingsWriter, type ReadingRow } from './readings-writer.ts';
import { airHistory, airHistorySql, type AirHistoryPoint } from './air-history.ts';
import { refreshRollup } from './readings-rollup.ts';
import type { Database } from '../../db/client.ts';

const T0 = Date.parse('2025-03-03T00:00:00Z');

/** Two stations in 11680 and one in 11110, every 10 minutes for 2 days, with gaps and nulls. */
const rows = (): ReadingRow[] => {
  const out: ReadingRow[] = [];
  for (let step = 0; step < 288; step++) {
    for (const [station, district] of [['111', '11680'], ['112', '11680'], ['211', '11110']] as const) {
      for (const metric of ['pm10', 'pm25']) {
        if ((step + station.length) % 13 === 0) continue;
        const v = (step * 7 + Number(station) + (metric === 'pm10' ? 40 : 0)) % 97;
        out.push({
          time: new Date(T0 + step * 600_000 + 37_000),
          source: 'seoul-air',
          entity: `station:${station}`,
          district,
          metric,
          value: step % 11 === 0 ? null : v,
          quality: 'ok',
        });
      }
    }
  }
  return out;
};

const raw = async (db: Database, q: { district: string; from: Date; to: Date; bucketSeconds: number; station?: string }) => {
  const params: unknown[] = [`${q.bucketSeconds} seconds`, q.district, q.from, q.to];
  if (q.station) params.push(`station:${q.station}`);
  const r = await db.query<AirHistoryPoint & { bucket: Date }>(airHistorySql(false, q.station !== undefined), params);
  return r.map((x) => ({ ...x, bucket: new Date(x.bucket).toISOString() }));
};

const close = (t: { is: (a: unknown, b: unknown, m?: string) => void; true: (a: boolean, m?: string) => void }, a: AirHistoryPoint[], b: AirHistoryPoint[]) => {
  t.is(a.length, b.length, 'same number of points');
  a.forEach((p, i) => {
    const q = b[i] as AirHistoryPoint;
    t.is(`${p.bucket} ${p.metric} ${p.n} ${p.min} ${p.max}`, `${q.bucket} ${q.metric} ${q.n} ${q.min} ${q.max}`);
    t.true(p.avg === q.avg || Math.abs((p.avg ?? 0) - (q.avg ?? 0)) < 1e-9, `avg ${p.avg} vs ${q.avg}`);
  });
};

test('hour buckets and day buckets from the rollup equal the raw answer', async (t) => {
  const { db, mode, done } = await migratedTempDatabase({ now: () => T0 });
  try {
    await createReadingsWriter(db, mode, testLogger()).write(rows());
    t.deepEqual(await refreshRollup(db, { drain: true }), { buckets: 48, markers: 48 });
    const from = new Date(T0 + 3 * 3_600_000);
    const to = new Date(T0 + 45 * 3_600_000);
    for (const bucketSeconds of [3600, 3 * 3600, 86_400]) {
      const q = { district: '11680', from, to, bucketSeconds };
      const fromRollup = await airHistory(db, q);
      t.true(fromRollup.length > 0);
      close(t, fromRollup, await raw(db, q));
    }
    const byStation = { district: '11680', from, to, bucketSeconds: 3600, station: '112' };
    const one = await airHistory(db, byStation);
    close(t, one, await raw(db, byStation));
    t.true(one.every((p) => p.n <= 6));
  } finally {
    await done();
  }
});

test('sub-hour buckets are served from raw readings', async (t) => {
  const { db, mode, done } = await migratedTempDatabase({ now: () => T0 });
  try {
    await createReadingsWriter(db, mode, testLogger()).write(rows());
    const q = { district: '11110', from: new Date(T0), to: new Date(T0 + 2 * 3_600_000), bucketSeconds: 1800 };
    const points = await airHistory(db, q);
    t.is(points.length, 8);
    t.is(points[0]?.bucket, new Date(T0).toISOString());
    t.deepEqual(points, await raw(db, q));
  } finally {
    await done();
  }
});
