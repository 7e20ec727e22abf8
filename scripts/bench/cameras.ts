/**
 * @module scripts/bench/cameras
 * `npm run bench:cameras [-- --cameras 80000 --queries 2000 --limit 8 --baseline 200]`: seeds a
 * synthetic registry of N cameras into a fresh database, then asks for the nearest cameras to
 * random points in Seoul through `nearestCameras` (the GiST k-nearest-neighbour scan, as the mayor:
 * the viewer filter in SQL) and times each query. The baseline is the same answer by a full scan in
 * SQL (`ORDER BY earth_distance(…)`, no index), timed in the same run on every `queries/baseline`-th
 * point; every indexed answer is checked against brute force in JS, and the sampled ones against
 * the SQL full scan too. Also times district heads asking about points in their own gu and anywhere
 * in Seoul (their answers checked likewise). Goal:
 * p99 ≤ 20 ms. The last line is one JSON object; exit 1 only when an answer differs.
 */
import { parseArgs } from 'node:util';
import { readFile } from 'node:fs/promises';
import postgres from 'postgres';
import { pino } from 'pino';
import { z } from 'zod';
import { openDatabase, type Database } from '../../db/client.ts';
import { migrate } from '../../db/migrate.ts';
import { loadCameraRegistry } from '../../db/reference/cameras-load.ts';
import type { Area, Position } from '../../db/reference/geo.ts';
import { prng } from '../../db/reference/prng.ts';
import { areaSampler } from '../../db/reference/sample-area.ts';
import { nearestOf } from '../../server/cameras/nearest.ts';
import type { CameraViewer } from '../../server/cameras/viewers.ts';
import { nearestCameras, seedCameras } from '../../server/store/cameras.ts';
import { ratio, weightedPercentile } from './stats.ts';

const Args = z.object({
  cameras: z.coerce.number().int().min(100).max(2_000_000).default(80_000),
  queries: z.coerce.number().int().min(10).default(2000),
  limit: z.coerce.number().int().min(1).max(100).default(8),
  /** Points also answered by the SQL full scan (each takes a few hundred ms at 80,000 cameras). */
  baseline: z.coerce.number().int().min(1).default(200),
  'head-queries': z.coerce.number().int().min(0).default(500),
  seed: z.coerce.number().int().default(2016),
});
const opt = { type: 'string' } as const;
const { values } = parseArgs({ options: { cameras: opt, queries: opt, limit: opt, baseline: opt, 'head-queries': opt, seed: opt } });
const args = Args.parse(values);
const server = process.env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const log = pino({ level: process.env['LOG_LEVEL'] ?? 'warn' });
const say = (msg: string): void => void process.stderr.write(`[bench:cameras] ${msg}\n`);
const EPS_M = 1e-6;
const MAYOR: CameraViewer = { role: 'mayor', districts: [] };

type Answer = Array<{ id: string; distanceM: number }>;

/**
 * `got` (limit long) against `want` (one longer, to see ties at the cut): the same distances in
 * order, and the same ids except where `want` has two cameras at the same distance.
 */
const same = (got: Answer, want: Answer, limit: number): boolean => {
  const w = want.slice(0, limit);
  const tied = (i: number): boolean => want.some((x, j) => j !== i && Math.abs(x.distanceM - want[i]!.distanceM) <= EPS_M);
  return got.length === w.length && new Set(got.map((x) => x.id)).size === got.length && got.every((x, i) => Math.abs(x.distanceM - w[i]!.distanceM) <= EPS_M && (x.id === w[i]!.id || tied(i)));
};

const timed = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
  const t0 = performance.now();
  const v = await fn();
  return [v, performance.now() - t0];
};

const pct = (ms: number[], p: number): number => Math.round(weightedPercentile(ms.map((value) => ({ value, weight: 1 })), p) * 100) / 100;

/** The SQL full scan: every camera's distance, sorted (the index cannot serve this order). */
const fullScan = async (db: Database, p: Position, limit: number): Promise<Answer> =>
  (
    await db.query<{ id: string; d: number }>(
      `SELECT id, earth_distance(ll_to_earth(lat, lon), ll_to_earth($1::float8, $2::float8)) AS d FROM cameras
       WHERE $3::text = ANY (viewers) ORDER BY d, id LIMIT $4`,
      [p[1], p[0], MAYOR.role, limit],
    )
  ).map((r) => ({ id: r.id, distanceM: Number(r.d) }));

const DistrictsFile = z.array(z.object({ code: z.string(), geometry: z.object({ type: z.enum(['Polygon', 'MultiPolygon']), coordinates: z.array(z.any()) }) }));
const districts = DistrictsFile.parse(JSON.parse(await readFile(new URL('../../db/reference/districts.json', import.meta.url), 'utf8'))).map((d) => ({ code: d.code, area: d.geometry as Area }));
const polygonsOf = (a: Area): Position[][][] => (a.type === 'Polygon' ? [a.coordinates] : a.coordinates);
const seoul: Area = { type: 'MultiPolygon', coordinates: districts.flatMap((d) => polygonsOf(d.area)) };

const dbName = `scpm_bench_cameras_${process.pid}`;
const admin = postgres(server, { max: 1, onnotice: () => {} });
await admin.unsafe(`CREATE DATABASE ${dbName}`);
const url = Object.assign(new URL(server), { pathname: `/${dbName}` }).toString();
const db = await openDatabase({ url, poolSize: 2 }, log);
let failed = false;
try {
  await migrate(db, log);
  const [registry, genMs] = await timed(() => loadCameraRegistry({ total: args.cameras }));
  const [seeded, seedMs] = await timed(() => seedCameras(db, registry));
  await db.query('ANALYZE cameras');
  say(`${seeded.inserted} cameras generated in ${Math.round(genMs)} ms, seeded in ${Math.round(seedMs)} ms`);

  const rand = prng(args.seed);
  const inSeoul = areaSampler(seoul, rand);
  const points = Array.from({ length: args.queries }, inSeoul);
  for (const p of points.slice(0, 50)) await nearestCameras(db, { lon: p[0], lat: p[1], limit: args.limit, viewer: MAYOR }); // warm-up

  const nearestMs: number[] = [];
  const answers: Answer[] = [];
  for (const p of points) {
    const [a, ms] = await timed(() => nearestCameras(db, { lon: p[0], lat: p[1], limit: args.limit, viewer: MAYOR }));
    nearestMs.push(ms);
    answers.push(a);
  }
  say(`${points.length} indexed queries: p50 ${pct(nearestMs, 0.5)} ms, p99 ${pct(nearestMs, 0.99)} ms`);

  let unequal = 0;
  points.forEach((p, i) => {
    if (!same(answers[i]!, nearestOf(registry, { lon: p[0], lat: p[1], limit: args.limit + 1, viewer: MAYOR }), args.limit)) unequal++;
  });
  say(`checked against brute force in JS: ${points.length - unequal} of ${points.length} equal`);

  const step = Math.max(1, Math.floor(points.length / args.baseline));
  const fullMs: number[] = [];
  for (let i = 0; i < points.length && fullMs.length < args.baseline; i += step) {
    const [a, ms] = await timed(() => fullScan(db, points[i]!, args.limit + 1));
    fullMs.push(ms);
    if (!same(answers[i]!, a, args.limit)) unequal++;
  }
  say(`${fullMs.length} full scans in SQL: p50 ${pct(fullMs, 0.5)} ms, p99 ${pct(fullMs, 0.99)} ms (answers compared)`);

  /** District heads at points in their own gu (`near`), and anywhere in Seoul (`any`). */
  const headRun = async (pointOf: (i: number, d: (typeof districts)[number]) => Position): Promise<number[]> => {
    const ms: number[] = [];
    for (let i = 0; i < args['head-queries']; i++) {
      const d = districts[i % districts.length]!;
      const p = pointOf(i, d);
      const viewer: CameraViewer = { role: 'district-head', districts: [d.code] };
      const [a, t] = await timed(() => nearestCameras(db, { lon: p[0], lat: p[1], limit: args.limit, viewer }));
      ms.push(t);
      if (!same(a, nearestOf(registry, { lon: p[0], lat: p[1], limit: args.limit + 1, viewer }), args.limit)) unequal++;
    }
    return ms;
  };
  const headRand = prng(args.seed + 1);
  const headMs = await headRun((_, d) => areaSampler(d.area, headRand)());
  const headAnyMs = await headRun((i) => points[i % points.length]!);
  if (headMs.length > 0) {
    say(`${headMs.length} district heads in their own gu: p50 ${pct(headMs, 0.5)} ms, p99 ${pct(headMs, 0.99)} ms`);
    say(`${headAnyMs.length} district heads anywhere in Seoul: p50 ${pct(headAnyMs, 0.5)} ms, p99 ${pct(headAnyMs, 0.99)} ms`);
  }

  failed = unequal > 0;
  const result = {
    bench: 'cameras',
    cameras: seeded.inserted,
    queries: points.length,
    limit: args.limit,
    seed_ms: Math.round(seedMs),
    nearest_p50_ms: pct(nearestMs, 0.5),
    nearest_p99_ms: pct(nearestMs, 0.99),
    bruteforce_queries: fullMs.length,
    bruteforce_p50_ms: pct(fullMs, 0.5),
    bruteforce_p99_ms: pct(fullMs, 0.99),
    speedup: ratio(pct(fullMs, 0.5), pct(nearestMs, 0.5)),
    district_head_queries: headMs.length,
    district_head_p50_ms: headMs.length > 0 ? pct(headMs, 0.5) : null,
    district_head_p99_ms: headMs.length > 0 ? pct(headMs, 0.99) : null,
    district_head_anywhere_p50_ms: headAnyMs.length > 0 ? pct(headAnyMs, 0.5) : null,
    district_head_anywhere_p99_ms: headAnyMs.length > 0 ? pct(headAnyMs, 0.99) : null,
    goal_p99_ms: 20,
    all_equal: !failed,
  };
  say(`p99 ${result.nearest_p99_ms} ms (goal ≤ 20), ${result.speedup}× faster than the full scan at the median${failed ? `; ${unequal} answers DIFFER` : ''}`);
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  await db.close();
  await admin.unsafe(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.end();
}
// pooled sockets of the libraries above must not keep a finished benchmark alive
process.exit(failed ? 1 : 0);
