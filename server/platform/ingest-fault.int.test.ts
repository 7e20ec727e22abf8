import test from 'ava';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import postgres from 'postgres';
import { runConnector } from '../../connectors/_kit/runner.ts';
import { seoulAir } from '../../connectors/seoul-air/index.ts';
import { prepareData } from '../../scripts/bench/ingest-data.ts';
import { createAirSimulator } from '../../scripts/simulator/simulator.ts';
import { startPlatform } from './start.ts';
import { isolatedConfig } from './testing.ts';

const log = pino({ level: process.env['TEST_LOG'] ?? 'silent' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('PostgreSQL refusing writes and losing connections mid-ingest: every reading is stored exactly once', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'scpm-fault-'));
  const data = await prepareData(dir, 60_000);
  const sim = await createAirSimulator({ file: data.file, speedup: 1 });
  const simServer = await sim.listen(0);
  const iso = await isolatedConfig({ ROLES: 'writer', WRITER_MAX_MESSAGES: '4' });
  const platform = await startPlatform(iso.config, log);
  const sql = postgres(iso.config.DATABASE_URL, { max: 1, onnotice: () => {} });
  t.teardown(async () => {
    await sql.end();
    await platform.stop();
    await simServer.close();
    await iso.cleanup();
    await rm(dir, { recursive: true, force: true });
  });
  const stored = async () => (await sql`SELECT count(*)::int AS n, count(value)::int AS values, coalesce(sum(value), 0)::float8 AS sum FROM readings`)[0]!;

  // the source publishes in slices, so the faults land in the middle of the ingest
  const days = data.days;
  const ingest = (async () => {
    for (let i = 0; i < days.length; i += 8) {
      await runConnector(seoulAir, {
        publisher: platform.services.bus,
        log,
        now: Date.now,
        fetch: globalThis.fetch,
        config: { SEOUL_OPENAPI_KEY: 'test', SEOUL_AIR_BASE_URL: simServer.url },
        runId: `fault-${i}`,
        params: { mode: 'daily', from: days[i], to: days[Math.min(i + 8, days.length) - 1] },
        flushEvents: 100,
      });
      await sleep(30);
    }
  })();

  await sleep(300);
  t.true((await stored()).n < data.rows.length, 'the faults start before the ingest is done');
  // 1. PostgreSQL refuses every write for a while
  await sql.unsafe('ALTER TABLE readings ADD CONSTRAINT refuse_writes CHECK (false) NOT VALID');
  await sleep(1500);
  const during = (await stored()).n;
  await sleep(500);
  t.is((await stored()).n, during, 'nothing is written while PostgreSQL refuses');
  await sql.unsafe('ALTER TABLE readings DROP CONSTRAINT refuse_writes');
  // 2. every other connection to the database is cut
  await sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`;

  await ingest;
  const end = Date.now() + 60_000;
  while ((await stored()).n < data.rows.length && Date.now() < end) {
    log.info({ stored: (await stored()).n, want: data.rows.length }, 'waiting');
    await sleep(1000);
  }
  await sleep(1500); // let any redelivery arrive: it must not add a row
  const got = await stored();
  t.is(got.n, data.checksum.n);
  t.is(got.values, data.checksum.values);
  t.true(Math.abs(got.sum - data.checksum.sum) < 1e-6 * data.checksum.sum, `checksum ${got.sum} vs ${data.checksum.sum}`);
  const [q] = await sql`SELECT count(*)::int AS n FROM quarantine`;
  t.is(q!.n, 0, 'nothing was quarantined');
});
