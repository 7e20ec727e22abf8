/**
 * @module scripts/bench/query
 * `npm run bench:query [-- --queries 1000 --repeat 5 --seed 2016]`: loads the full 10-year indicator
 * data set (buildObservations, seed 20250501) into a fresh database through `seedIndicators`, then
 * (a) times series and drill-down requests through the Hono app (`app.request`, routes and
 * middleware, as signed-in staff so that the answer is the one statement) against the same SQL with
 * the same parameters run directly, interleaved in the same run → `api_over_sql_p99` (goal ≤ 1.5);
 * the public path (small counts suppressed over the indicator's cube) is timed too;
 * (b) the questions the wall and the API ask of the rollups — the grid (every indicator's annual city
 * value over 10 years, and every indicator by gu per year), then per indicator its annual and monthly
 * figures in total and by each dimension — from the rollups against the same answer aggregated from
 * the raw values (latest revision of each period), interleaved in the same run after a warm-up,
 * checked equal → `rollup_speedup` = total raw time / total rollup time (goal ≥ 20), with the ratio
 * per kind of question and the median of the per-question ratios;
 * (c) the grid questions through GET /api/v1/indicators/rollups (as staff: every indicator), checked
 * equal to the store's rows → `rollup_api_p50_ms`.
 * The last line is one JSON object; exit 1 only when an answer differs.
 */
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { pino } from 'pino';
import { z } from 'zod';
import { OpenAPIHono } from '@hono/zod-openapi';
import { openDatabase } from '../../db/client.ts';
import { migrate } from '../../db/migrate.ts';
import { setupIndicatorStorage } from '../../db/storage/indicators.ts';
import { ANONYMOUS, type Principal } from '../../server/contracts/access.ts';
import { loadCatalogue, loadPlan } from '../../server/indicators/catalogue.ts';
import { loadBuildInputs, districtsAt } from '../../server/indicators/values/build.ts';
import { requestLogger } from '../../server/http/middleware/request-logger.ts';
import { securityHeaders } from '../../server/http/middleware/security-headers.ts';
import '../../server/http/middleware/access.ts';
import { invalidRequest } from '../../server/http/problem.ts';
import { registerIndicatorRoutes } from '../../server/http/routes/indicators.ts';
import { dbIndicatorPort } from '../../server/store/indicators-port.ts';
import { rollupGrid, rollupGridFromValues, seedIndicators, type RollupRow } from '../../server/store/indicators.ts';
import { prng } from '../../db/reference/prng.ts';
import { ratio, weightedPercentile } from './stats.ts';
import { rollupQuestions, workload, type BenchRequest } from './query/workload.ts';
import { rawRollupSql, rollupSql } from '../../server/store/indicators-sql.ts';

const Args = z.object({
  queries: z.coerce.number().int().min(10).default(1000),
  repeat: z.coerce.number().int().min(1).default(5),
  seed: z.coerce.number().int().default(2016),
});
const opt = { type: 'string' } as const;
const args = Args.parse(parseArgs({ options: { queries: opt, repeat: opt, seed: opt } }).values);
const server = process.env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const log = pino({ level: process.env['LOG_LEVEL'] ?? 'warn' });
const say = (msg: string): void => void process.stderr.write(`[bench:query] ${msg}\n`);
const DATA_SEED = 20250501;
const NOW = Date.parse('2026-03-01T03:00:00Z');
const TODAY = '2026-03-01';
const STAFF: Principal = { kind: 'user', id: 'bench', login: 'bench', role: 'mayor', districts: [], departments: [], sessionId: 'bench' };

const p = (xs: number[], q: number): number => Math.round(weightedPercentile(xs.map((value) => ({ value, weight: 1 })), q) * 1000) / 1000;
const timed = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
  const t0 = performance.now();
  const r = await fn();
  return [r, performance.now() - t0];
};
const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const sameRows = (a: RollupRow[], b: RollupRow[]): boolean =>
  a.length === b.length && a.every((x, i) => {
    const y = b[i] as RollupRow;
    return x.indicator === y.indicator && x.bucket === y.bucket && x.district === y.district && x.age === y.age && x.gender === y.gender && x.n === y.n && close(x.sum, y.sum) && close(x.min, y.min) && close(x.max, y.max);
  });

const dbName = `scpm_bench_query_${process.pid}`;
const admin = postgres(server, { max: 1, onnotice: () => {} });
await admin.unsafe(`CREATE DATABASE ${dbName}`);
const url = Object.assign(new URL(server), { pathname: `/${dbName}` }).toString();
const db = await openDatabase({ url, poolSize: 4 }, log);
let failed = false;
try {
  const { mode } = await migrate(db, log);
  await db.session((s) => setupIndicatorStorage(s, mode));
  const inputs = await loadBuildInputs();
  const [seeded, loadMs] = await timed(() => seedIndicators(db, { seed: DATA_SEED, inputs }));
  await db.query('ANALYZE');
  say(`${seeded.observations} observations loaded in ${Math.round(loadMs)} ms (mode ${mode}, rollups refreshed)`);

  const catalogue = await loadCatalogue();
  const plan = await loadPlan(catalogue);
  // The indicator routes with the app's own middleware in front (request log, security headers,
  // the principal as the access layer sets it), over the database port.
  const app = new OpenAPIHono({ defaultHook: (r) => { if (!r.success) throw invalidRequest(r.error.issues, r.target); } });
  app.use('*', requestLogger(log));
  app.use('*', securityHeaders());
  app.use('*', async (c, next) => { c.set('principal', c.req.header('x-bench-staff') === '1' ? STAFF : ANONYMOUS); await next(); });
  registerIndicatorRoutes(app, { indicators: dbIndicatorPort(db), catalogue, plan, principalOf: (c) => c.get('principal'), now: () => NOW });

  const requests = workload(catalogue.indicators, districtsAt(inputs.population), args.queries, prng(args.seed), TODAY);
  const api = async (r: BenchRequest, staff: boolean): Promise<number> => {
    const res = await app.request(r.url, staff ? { headers: { 'x-bench-staff': '1' } } : {});
    if (res.status !== 200) throw new Error(`${r.url}: ${res.status} ${await res.text()}`);
    const body = (await res.json()) as { series?: unknown[]; cells?: unknown[] };
    return (body.series ?? body.cells ?? []).length;
  };
  for (const r of requests.slice(0, 100)) {
    await api(r, true);
    await db.query(r.sql, r.params);
  }
  const times = { api: { series: [] as number[], drilldown: [] as number[] }, sql: { series: [] as number[], drilldown: [] as number[] }, public: [] as number[] };
  let mismatched = 0;
  for (const [i, r] of requests.entries()) {
    // Alternate which goes first so that neither always runs on a warmer cache.
    const runSql = () => timed(() => db.query(r.sql, r.params));
    const runApi = () => timed(() => api(r, true));
    const [[rows, sqlMs], [n, apiMs]] = i % 2 === 0 ? [await runSql(), await runApi()] : (([a, s]) => [s, a])([await runApi(), await runSql()] as const);
    if (rows.length !== n) mismatched++;
    times.sql[r.kind].push(sqlMs);
    times.api[r.kind].push(apiMs);
  }
  // The public path apart, so that its larger answers do not disturb the comparison above.
  for (const r of requests) times.public.push((await timed(() => api(r, false)))[1]);
  if (mismatched > 0) {
    failed = true;
    say(`${mismatched} API answers differ in length from the SQL`);
  }
  const all = (o: { series: number[]; drilldown: number[] }) => [...o.series, ...o.drilldown];
  const apiP99 = p(all(times.api), 0.99);
  const sqlP99 = p(all(times.sql), 0.99);
  say(`series p99 api ${p(times.api.series, 0.99)} ms, sql ${p(times.sql.series, 0.99)} ms; drill-down p99 api ${p(times.api.drilldown, 0.99)} ms, sql ${p(times.sql.drilldown, 0.99)} ms`);

  const questions = rollupQuestions(catalogue.indicators);
  const byKind = new Map<string, { rollup: number; raw: number; n: number }>();
  const perQuestion = questions.map(() => ({ rollup: 0, raw: 0 }));
  let rollupMs = 0;
  let rawMs = 0;
  let differ = 0;
  let rows = 0;
  for (const q of questions) await Promise.all([rollupGrid(db, q.query), rollupGridFromValues(db, q.query)]); // warm-up
  for (let k = 0; k < args.repeat; k++) {
    for (const [i, q] of questions.entries()) {
      // Alternate which goes first, as above.
      const runRollup = () => timed(() => rollupGrid(db, q.query));
      const runRaw = () => timed(() => rollupGridFromValues(db, q.query));
      const [[a, ta], [b, tb]] = (i + k) % 2 === 0 ? [await runRollup(), await runRaw()] : (([x, y]) => [y, x])([await runRaw(), await runRollup()] as const);
      rollupMs += ta;
      rawMs += tb;
      const kind = byKind.get(q.kind) ?? { rollup: 0, raw: 0, n: 0 };
      byKind.set(q.kind, { rollup: kind.rollup + ta, raw: kind.raw + tb, n: kind.n + (k === 0 ? 1 : 0) });
      const one = perQuestion[i] as { rollup: number; raw: number };
      one.rollup += ta;
      one.raw += tb;
      if (k === 0) {
        rows += a.length;
        if (a.length === 0 || !sameRows(a, b)) differ++;
      }
    }
  }
  if (differ > 0) {
    failed = true;
    say(`${differ} rollup answers differ from the raw aggregation (or are empty)`);
  }
  // The same statements as the server executes them (EXPLAIN ANALYZE: no parsing, no transfer).
  const executionMs = async (sql: string, params: unknown[]): Promise<number> => {
    const [row] = await db.query<{ 'QUERY PLAN': Array<{ 'Execution Time': number }> }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params);
    return row?.['QUERY PLAN'][0]?.['Execution Time'] ?? Number.NaN;
  };
  let serverRollup = 0;
  let serverRaw = 0;
  for (const { query: q } of questions) {
    const scope = q.indicators === undefined ? 'all' : 'some';
    const params = [...(q.indicators === undefined ? [] : [q.indicators]), q.from, q.to];
    serverRollup += await executionMs(rollupSql(q.grain, q.by ?? null, scope), params);
    serverRaw += await executionMs(rawRollupSql(q.grain, q.by ?? null, scope), params);
  }
  // (c) The grid through the route: the store's rows of the indicators that have the line, each with its value.
  const gridMs: number[] = [];
  for (const { query: q } of questions.filter((x) => x.kind.startsWith('grid '))) {
    const url = `/api/v1/indicators/rollups?grain=${q.grain}${q.by === undefined ? '' : `&by=${q.by}`}&from=${q.from ?? ''}&to=${q.to ?? ''}`;
    const grid = async (): Promise<RollupRow[]> => {
      const res = await app.request(url, { headers: { 'x-bench-staff': '1' } });
      if (res.status !== 200) throw new Error(`${url}: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { rows: RollupRow[] }).rows;
    };
    const lined = new Set(catalogue.indicators.filter((i) => q.by === undefined || i.dimensions.includes(q.by)).map((i) => i.id));
    if (!sameRows(await grid(), (await rollupGrid(db, q)).filter((r) => lined.has(r.indicator)))) {
      failed = true;
      say(`${url}: the API's rows differ from the store's`);
    }
    for (let k = 0; k < 5 * args.repeat; k++) gridMs.push((await timed(grid))[1]);
  }
  say(`grid through the API: p50 ${p(gridMs, 0.5)} ms over ${gridMs.length} requests`);
  const ratios = perQuestion.map((x) => x.raw / x.rollup).sort((x, y) => x - y);
  const kinds = Object.fromEntries([...byKind.entries()].map(([k, v]) => [k, { questions: v.n, rollup_ms: Math.round((v.rollup / (v.n * args.repeat)) * 1000) / 1000, raw_ms: Math.round((v.raw / (v.n * args.repeat)) * 1000) / 1000, speedup: ratio(v.raw, v.rollup) }]));
  for (const [k, v] of Object.entries(kinds)) say(`  ${k.padEnd(26)} ${String(v.questions).padStart(3)} × ${args.repeat}: rollup ${v.rollup_ms} ms, raw ${v.raw_ms} ms, × ${v.speedup}`);
  say(`${questions.length} rollup questions × ${args.repeat} (${rows} rows each round): ${Math.round(rollupMs)} ms from the rollups, ${Math.round(rawMs)} ms from the raw values`);
  console.log(JSON.stringify({
    mode,
    observations: seeded.observations,
    load_ms: Math.round(loadMs),
    requests: requests.length,
    api_p50_ms: p(all(times.api), 0.5),
    api_p99_ms: apiP99,
    sql_p50_ms: p(all(times.sql), 0.5),
    sql_p99_ms: sqlP99,
    series_api_over_sql_p99: ratio(p(times.api.series, 0.99), p(times.sql.series, 0.99)),
    drilldown_api_over_sql_p99: ratio(p(times.api.drilldown, 0.99), p(times.sql.drilldown, 0.99)),
    api_over_sql_p99: ratio(apiP99, sqlP99),
    public_p50_ms: p(times.public, 0.5),
    public_p99_ms: p(times.public, 0.99),
    rollup_questions: questions.length,
    rollup_rows: rows,
    rollup_mean_ms: Math.round((rollupMs / (questions.length * args.repeat)) * 1000) / 1000,
    raw_mean_ms: Math.round((rawMs / (questions.length * args.repeat)) * 1000) / 1000,
    rollup_speedup: ratio(rawMs, rollupMs),
    rollup_speedup_median_question: Math.round((ratios[Math.floor(ratios.length / 2)] ?? Number.NaN) * 100) / 100,
    rollup_speedup_by_kind: Object.fromEntries(Object.entries(kinds).map(([k, v]) => [k, v.speedup])),
    rollup_speedup_server: ratio(serverRaw, serverRollup),
    rollups_equal: differ === 0,
    rollup_api_p50_ms: p(gridMs, 0.5),
  }));
} finally {
  await db.close();
  await admin.unsafe(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.end();
}
process.exit(failed ? 1 : 0);
