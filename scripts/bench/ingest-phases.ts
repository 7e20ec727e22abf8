/**
 * @module scripts/bench/ingest-phases
 * The three measured paths: (a) psql \copy, (b) our readings writer fed directly, (c) simulator →
 * connector (in a process of their own) → NATS JetStream → store writer and district actors →
 * PostgreSQL. The hourly rollup (plain mode) is derived data refreshed asynchronously, as TimescaleDB
 * refreshes a continuous aggregate by policy: its refresh is timed on its own (`rollupRefresh`).
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import type { Database } from '../../db/client.ts';
import { createPartitions } from '../../db/storage/plain.ts';
import type { StorageMode } from '../../db/storage/mode.ts';
import { EventBatchSchema, STREAMS } from '../../server/contracts/index.ts';
import { connectNatsBus } from '../../server/bus/nats-bus.ts';
import { createActorSystem, startAirActors } from '../../server/actors/index.ts';
import { startStoreWriter } from '../../server/ingest/store-writer.ts';
import { airStations } from '../../server/platform/catalog.ts';
import { checkReadings, READING_COLUMNS, readingChunks } from '../../server/store/readings-copy.ts';
import { createReadingsWriter, type ReadingRow } from '../../server/store/readings-writer.ts';
import { refreshRollup } from '../../server/store/readings-rollup.ts';
import type { BenchData, Checksum } from './ingest-data.ts';
import { weightedPercentile, type Sample } from './stats.ts';

export async function storedChecksum(db: Database): Promise<Checksum> {
  const [row] = await db.query<{ n: number; values: number; sum: number }>(
    `SELECT count(*)::int AS n, count(value)::int AS values, coalesce(sum(value), 0)::float8 AS sum FROM readings`,
  );
  return row ?? { n: 0, values: 0, sum: 0 };
}

export async function resetReadings(db: Database, mode: StorageMode): Promise<void> {
  await db.query(mode === 'postgres' ? 'TRUNCATE readings, readings_hourly, readings_hourly_dirty' : 'TRUNCATE readings');
}

/** (a) psql's \copy of the same rows into the same table (same indexes, same partitions). */
export async function copyWithPsql(db: Database, url: string, dir: string, rows: readonly ReadingRow[], mode: StorageMode): Promise<number> {
  if (mode === 'postgres') await createPartitions(db, checkReadings(rows));
  const file = join(dir, 'readings.copy');
  const out = createWriteStream(file);
  for (const chunk of readingChunks(rows)) if (!out.write(chunk)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  const started = performance.now();
  const psql = spawn('psql', [url, '-v', 'ON_ERROR_STOP=1', '-qc', `\\copy readings(${READING_COLUMNS.join(',')}) from '${file}'`], { stdio: 'inherit' });
  const [code] = (await once(psql, 'exit')) as [number];
  if (code !== 0) throw new Error(`psql exited with ${code}`);
  return performance.now() - started;
}

/** (b) the writer the store writer uses, fed transaction-sized slices directly. */
export async function writeDirect(db: Database, mode: StorageMode, rows: readonly ReadingRow[], log: Logger, slice: number): Promise<number> {
  const writer = createReadingsWriter(db, mode, log);
  const started = performance.now();
  for (let i = 0; i < rows.length; i += slice) await writer.write(rows.slice(i, i + slice));
  return performance.now() - started;
}

export interface EndToEnd {
  ms: number;
  lag: { p50: number; p99: number; max: number };
  observedByActors: number;
}

const splitDays = (days: readonly string[], parts: number): [string, string][] => {
  const size = Math.ceil(days.length / parts);
  const out: [string, string][] = [];
  for (let i = 0; i < days.length; i += size) out.push([days[i] as string, days[Math.min(i + size, days.length) - 1] as string]);
  return out;
};

interface ChildProcess {
  ready: Record<string, unknown>;
  go(): Promise<void>;
  stop(): void;
}

/** A child process running ingest-source.ts in the role `env.BENCH_ROLE`. */
async function startChild(env: Record<string, string>): Promise<ChildProcess> {
  // BENCH_CHILD_ARGS: extra node flags for the children, e.g. "--cpu-prof --cpu-prof-dir=DIR" to profile them
  const child = spawn(process.execPath, [...(process.env['BENCH_CHILD_ARGS'] ?? '').split(' ').filter(Boolean), '--import', 'tsx', fileURLToPath(new URL('./ingest-source.ts', import.meta.url))], {
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async (): Promise<Record<string, unknown>> => {
    const { value, done } = await lines.next();
    if (done) throw new Error('the source process ended early');
    return JSON.parse(value) as Record<string, unknown>;
  };
  const ready = await next();
  if (ready['ready'] !== true) throw new Error(`the source process did not start: ${JSON.stringify(ready)}`);
  return {
    ready,
    async go() {
      child.stdin.write('go\n');
      const result = await next();
      if (result['done'] !== true) throw new Error(`the connector jobs failed: ${JSON.stringify(result)}`);
    },
    stop: () => void child.kill(),
  };
}

/** (c) the whole platform path; timed from the first request to the commit of the last reading. */
export async function endToEnd(db: Database, mode: StorageMode, data: BenchData, o: { natsUrl: string; jobs: number; workers: number; maxPending: number; writerConcurrency: number; log: Logger }): Promise<EndToEnd> {
  const namespace = `bench${process.pid}`;
  const bus = await connectNatsBus({ url: o.natsUrl, namespace, ephemeral: true, name: 'scpm-bench', maxBytes: 1024 ** 3 }, o.log);
  const simulator = await startChild({ BENCH_ROLE: 'simulator', BENCH_FILE: data.file });
  const jobs = splitDays(data.days, o.jobs);
  const workers = await Promise.all(
    Array.from({ length: o.workers }, (_, w) =>
      startChild({
        BENCH_ROLE: 'connectors',
        BENCH_SIM_URL: String(simulator.ready['url']),
        BENCH_RANGES: JSON.stringify(jobs.filter((_, j) => j % o.workers === w)),
        NATS_URL: o.natsUrl,
        BENCH_NAMESPACE: namespace,
        BENCH_MAX_PENDING: String(o.maxPending),
      }),
    ),
  );
  const writer = createReadingsWriter(db, mode, o.log);
  const lags: Sample[] = [];
  let inserted = 0;
  let done: () => void = () => {};
  const finished = new Promise<void>((r) => (done = r));
  const storeWriter = await startStoreWriter({
    bus,
    log: o.log,
    now: Date.now,
    writeReadings: (rows) => writer.write(rows),
    concurrency: o.writerConcurrency,
    quarantine: async (r) => void o.log.error({ count: r.length }, 'quarantined during the benchmark'),
    onCommitted: (info) => {
      for (const b of info.batches) lags.push({ value: info.committedAt - b.publishedAt, weight: b.events.length });
      inserted += info.inserted;
      if (inserted >= data.rows.length) done();
    },
  });
  const system = createActorSystem({ log: o.log });
  const districts = [...new Set(airStations.map((s) => s.districtCode))];
  const air = startAirActors(system, {
    stations: airStations.map((s) => ({ code: s.code, kind: s.kind, district: s.districtCode })),
    districts,
    emit: () => {},
    maxAgeMs: Number.MAX_SAFE_INTEGER,
  });
  let observed = 0;
  const actorsFeed = await bus.consume(
    { stream: STREAMS.city.name, durable: 'bench-actors', filter: 'city.air.observed.*', schema: EventBatchSchema, maxBatch: 64, onInvalid: async () => {} },
    async (items) => {
      observed += air.observeAll(items.flatMap((d) => d.data.events));
      for (const d of items) d.ack();
    },
  );
  const started = performance.now();
  try {
    await Promise.all(workers.map((w) => w.go()));
    await Promise.race([finished, new Promise((_, reject) => setTimeout(() => reject(new Error('end-to-end did not finish in 10 minutes')), 600_000))]);
  } finally {
    for (const child of [simulator, ...workers]) child.stop();
  }
  const ms = performance.now() - started;
  await storeWriter.stop();
  await actorsFeed.stop();
  await system.stopAll();
  await bus.close();
  return {
    ms,
    lag: { p50: weightedPercentile(lags, 0.5), p99: weightedPercentile(lags, 0.99), max: Math.max(...lags.map((l) => l.value)) },
    observedByActors: observed,
  };
}

/** The asynchronous rollup refresh over everything just written (plain mode; 0 ms with TimescaleDB). */
export async function rollupRefresh(db: Database): Promise<number> {
  const started = performance.now();
  await refreshRollup(db, { drain: true });
  return performance.now() - started;
}
