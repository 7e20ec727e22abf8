/**
 * @module scripts/bench/ingest
 * `npm run bench:ingest -- --rows N`: N readings through (a) psql \copy, (b) our writer, (c) the full
 * platform path, in one run on one fresh database. Fails when any stored count or checksum differs
 * from the source. The last line is one JSON object with the figures.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { pino } from 'pino';
import { z } from 'zod';
import { openDatabase } from '../../db/client.ts';
import { migrate } from '../../db/migrate.ts';
import { prepareData, type Checksum } from './ingest-data.ts';
import { copyWithPsql, endToEnd, resetReadings, rollupRefresh, storedChecksum, writeDirect } from './ingest-phases.ts';
import { perSecond, ratio } from './stats.ts';

const Args = z.object({
  rows: z.coerce.number().int().min(1000).default(1_000_000),
  jobs: z.coerce.number().int().min(1).max(32).default(4),
  /** Connector worker processes the jobs are spread over. */
  workers: z.coerce.number().int().min(1).max(8).default(2),
  /** PUBLISH_MAX_PENDING of the connector workers (0: off). */
  'max-pending': z.coerce.number().int().min(0).default(16),
  /** WRITER_CONCURRENCY of the store writer in (c). */
  'writer-concurrency': z.coerce.number().int().min(1).max(8).default(2),
  'writer-slice': z.coerce.number().int().min(100).default(48_000),
});
const { values } = parseArgs({ options: { rows: { type: 'string' }, jobs: { type: 'string' }, workers: { type: 'string' }, 'max-pending': { type: 'string' }, 'writer-concurrency': { type: 'string' }, 'writer-slice': { type: 'string' } } });
const args = Args.parse(values);
const server = process.env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const natsUrl = process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222';
const log = pino({ level: process.env['LOG_LEVEL'] ?? 'warn' });
const say = (msg: string): void => void process.stderr.write(`[bench:ingest] ${msg}\n`);

function verify(phase: string, got: Checksum, want: Checksum): void {
  const sumOk = Math.abs(got.sum - want.sum) <= 1e-6 * Math.max(1, Math.abs(want.sum));
  if (got.n !== want.n || got.values !== want.values || !sumOk) {
    throw new Error(`${phase}: stored ${JSON.stringify(got)} but the source has ${JSON.stringify(want)}`);
  }
  say(`${phase}: ${got.n} readings stored, count and checksum equal the source`);
}

const dbName = `scpm_bench_${process.pid}`;
const admin = postgres(server, { max: 1, onnotice: () => {} });
await admin.unsafe(`CREATE DATABASE ${dbName}`);
const url = Object.assign(new URL(server), { pathname: `/${dbName}` }).toString();
const dir = await mkdtemp(join(tmpdir(), 'scpm-bench-'));
const db = await openDatabase({ url }, log);
try {
  const { mode } = await migrate(db, log);
  say(`storage mode ${mode}; generating ${args.rows} readings`);
  const data = await prepareData(dir, args.rows);
  const n = data.rows.length;
  say(`${n} readings over ${data.days.length} days from ${data.days[0]} (connector run over the simulator, untimed)`);

  const copyMs = await copyWithPsql(db, url, dir, data.rows, mode);
  verify('(a) psql \\copy', await storedChecksum(db), data.checksum);
  await resetReadings(db, mode);

  const writerMs = await writeDirect(db, mode, data.rows, log, args['writer-slice']);
  verify('(b) writer', await storedChecksum(db), data.checksum);
  await resetReadings(db, mode);

  const e2e = await endToEnd(db, mode, data, { natsUrl, jobs: args.jobs, workers: args.workers, maxPending: args['max-pending'], writerConcurrency: args['writer-concurrency'], log });
  verify('(c) end to end', await storedChecksum(db), data.checksum);
  const refreshMs = await rollupRefresh(db);
  const rollup = await db.query<{ n: number }>('SELECT coalesce(sum(n), 0)::int AS n FROM readings_hourly');
  if (rollup[0]?.n !== data.checksum.values) throw new Error(`rollup counts ${rollup[0]?.n} values, the source ${data.checksum.values}`);
  if (e2e.observedByActors * 6 !== n) throw new Error(`(c): actors saw ${e2e.observedByActors} observations, expected ${n / 6}`);

  const copy = perSecond(n, copyMs);
  const writer = perSecond(n, writerMs);
  const endToEndRate = perSecond(n, e2e.ms);
  say(`(a) psql \\copy     ${copy.toLocaleString('en')} rows/s`);
  say(`(b) our writer     ${writer.toLocaleString('en')} rows/s  (b/a ${ratio(writer, copy)}, goal ≥ 0.8)`);
  say(`(c) end to end     ${endToEndRate.toLocaleString('en')} rows/s  (c/a ${ratio(endToEndRate, copy)}, goal ≥ 0.5)`);
  say(`    publish→commit lag p50 ${Math.round(e2e.lag.p50)} ms, p99 ${Math.round(e2e.lag.p99)} ms (goal ≤ 1000)`);
  say(`    hourly rollup refreshed afterwards at ${perSecond(n, refreshMs).toLocaleString('en')} readings/s (asynchronous, off the ingest path)`);
  const result = {
    bench: 'ingest',
    rows: n,
    storage_mode: mode,
    connector_jobs: args.jobs,
    connector_workers: args.workers,
    publish_max_pending: args['max-pending'],
    writer_concurrency: args['writer-concurrency'],
    copy_rows_per_s: copy,
    writer_rows_per_s: writer,
    e2e_rows_per_s: endToEndRate,
    writer_over_copy: ratio(writer, copy),
    e2e_over_copy: ratio(endToEndRate, copy),
    p50_lag_ms: Math.round(e2e.lag.p50),
    p99_lag_ms: Math.round(e2e.lag.p99),
    max_lag_ms: Math.round(e2e.lag.max),
    rollup_refresh_rows_per_s: perSecond(n, refreshMs),
    counts_equal: true,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  await db.close();
  await admin.unsafe(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.end();
  await rm(dir, { recursive: true, force: true });
}
// pooled sockets and timers of the libraries above must not keep a finished benchmark alive
process.exit(0);
