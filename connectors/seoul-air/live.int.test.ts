import test from 'ava';
import { fileURLToPath } from 'node:url';
import { RecordingPublisher } from '../_kit/publisher.ts';
import { createInProcessScheduler } from '../_kit/scheduler-inprocess.ts';
import { silentLogger } from '../_kit/testing.ts';
import { createAirSimulator } from '../../scripts/simulator/simulator.ts';
import { seoulAir } from './index.ts';

const CSV = fileURLToPath(new URL('../../scripts/simulator/data/seoul_daily_air_by_station_20180101_20220630.csv', import.meta.url));

test('the scheduled connector reads the simulator over loopback HTTP and sees the replay advance', async (t) => {
  const sim = await createAirSimulator({ file: CSV, speedup: 86_400 }); // one data day per second
  const server = await sim.listen(0);
  const publisher = new RecordingPublisher();
  let backfillRunId = '';
  const scheduler = createInProcessScheduler({
    connectors: [seoulAir], publisher, log: silentLogger(),
    config: { SEOUL_OPENAPI_KEY: 'any', SEOUL_AIR_BASE_URL: server.url },
    overrides: { 'seoul-air': { every: 400 } },
  });
  try {
    await scheduler.start();
    await new Promise((r) => setTimeout(r, 1500));
    const backfill = await scheduler.runOnce('seoul-air', { mode: 'daily', date: '20220630' });
    const run = await backfill.finished;
    t.like(run, { outcome: 'ok' });
    t.true(run.emitted > 40);
    backfillRunId = run.runId;
  } finally {
    await scheduler.stop();
    await server.close();
  }
  const realtime = publisher.runs.filter((r) => r.outcome === 'ok' && r.newestObservedAt !== null && r.runId !== backfillRunId);
  t.true(realtime.length >= 3, `realtime runs ${realtime.length}`);
  const times = new Set(publisher.events().filter((e) => !e.id.endsWith(':24h')).map((e) => e.observedAt));
  t.true(times.size >= 2, 'successive runs saw successive replay steps');
  const lag = Date.now() - Date.parse(realtime.at(-1)!.newestObservedAt!);
  t.true(lag >= 0 && lag < 5000, `observations are rebased to now (lag ${lag} ms)`);
});
