import test from 'ava';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { DEFAULT_FILE } from '../../scripts/simulator/defaults.ts';
import { createAirSimulator } from '../../scripts/simulator/simulator.ts';
import { loadConfig } from '../config.ts';
import { startPlatform } from './start.ts';

test('with no services at all the platform runs on PGlite, the in-process bus and scheduler, and says so', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'scpm-embedded-'));
  const sim = await createAirSimulator({ file: DEFAULT_FILE, speedup: 86_400 });
  const simServer = await sim.listen(0);
  const config = loadConfig({
    EMBEDDED: 'always',
    PGLITE_DIR: join(dir, 'pglite'),
    PORT: '0',
    LOG_LEVEL: 'silent',
    SEOUL_AIR_BASE_URL: simServer.url,
    CONNECTOR_EVERY_MS: '300',
    MEDIA_RTMP_PORT: '0',
    MEDIA_HTTP_PORT: '0',
  });
  const platform = await startPlatform(config, pino({ level: 'silent' }));
  t.teardown(async () => {
    await platform.stop();
    await simServer.close();
    await rm(dir, { recursive: true, force: true });
  });
  const get = async (path: string): Promise<any> => (await fetch(`${platform.api?.url}${path}`)).json();
  const health = await get('/api/v1/health');
  t.like(health.modes, { database: 'pglite', storage: 'postgres', bus: 'memory', scheduler: 'in-process' });
  t.deepEqual(health.modes.embedded, ['database:pglite', 'bus:in-process', 'scheduler:in-process']);
  const end = Date.now() + 40_000;
  let districts = 0;
  while (districts < 25 && Date.now() < end) {
    districts = (await get('/api/v1/air/latest')).districts.length;
    await new Promise((r) => setTimeout(r, 250));
  }
  t.is(districts, 25);
  const [row] = await platform.services.db.query<{ n: number }>('SELECT count(*)::int AS n FROM readings');
  t.true((row?.n ?? 0) > 0, 'readings are stored in PGlite');
});
