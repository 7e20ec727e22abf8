/**
 * @module platform/start
 * Starts the roles this process runs on the services it found, and stops them in reverse:
 * HTTP first, then the connector workers, the actors (flushing their snapshots), the writer,
 * the bus (drained) and the database.
 */
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { Modes } from '../http/deps.ts';
import type { CommitInfo } from '../ingest/store-writer.ts';
import { seedReference, upsertSources } from '../store/index.ts';
import { startActorsRole } from './actors-role.ts';
import { startApiRole, type ApiRole } from './api-role.ts';
import { activeConnectors, airStations, sourceManifests } from './catalog.ts';
import { connectorSettings, startConnectorsRole, type ConnectorsRole } from './connectors-role.ts';
import type { Role } from './role.ts';
import { openServices, type Services } from './services.ts';
import { startWriterRole } from './writer-role.ts';
import { startMediaRole } from './media-role.ts';
import { seedCameraRegistry } from './camera-registry.ts';
import { seedIndicators } from '../store/indicators.ts';

export const VERSION = '0.1.0';

export interface Platform {
  services: Services;
  modes: Modes;
  api: ApiRole | null;
  connectors: ConnectorsRole | null;
  stop(): Promise<void>;
}

export interface PlatformHooks {
  onCommitted?(info: CommitInfo): void;
}

export async function startPlatform(cfg: Config, log: Logger, hooks: PlatformHooks = {}): Promise<Platform> {
  const services = await openServices(cfg, log);
  const roles: Role[] = [];
  const stop = async (): Promise<void> => {
    for (const name of ['api', 'media', 'connectors', 'actors', 'writer']) {
      const role = roles.find((r) => r.name === name);
      if (role) await role.stop().catch((err: unknown) => log.error({ err, role: name }, 'role did not stop cleanly'));
    }
    await services.close();
    log.info('stopped');
  };
  try {
    await upsertSources(services.db, sourceManifests(activeConnectors(connectorSettings(cfg)), cfg.CONNECTOR_EVERY_MS));
    const seeded = await seedReference(services.db, { stations: airStations });
    log.info(seeded, 'reference data in place');
    log.info(await seedCameraRegistry(services.db, cfg.CAMERA_STREAM_URL_TEMPLATE), 'camera registry in place');
    if (cfg.SEED_INDICATORS) {
      const t0 = Date.now();
      const r = await seedIndicators(services.db, { seed: cfg.INDICATOR_SEED });
      log.info({ ...r, ms: Date.now() - t0 }, r.loaded ? 'indicator values loaded' : 'indicator values in place');
    }
    const has = (r: Config['ROLES'][number]): boolean => cfg.ROLES.includes(r);
    const modes: Modes = {
      database: services.db.kind === 'pglite' ? 'pglite' : 'postgresql',
      storage: services.storage,
      bus: services.bus.kind,
      scheduler: has('connectors') ? (services.redisUrl ? 'bullmq' : 'in-process') : 'none',
      embedded: services.embedded,
      roles: cfg.ROLES,
    };
    if (has('writer')) roles.push(await startWriterRole(services, cfg, log, hooks));
    if (has('actors')) roles.push(await startActorsRole(services, cfg, log));
    const api = has('api') ? await startApiRole(services, cfg, log, modes, VERSION) : null;
    if (api) roles.push(api);
    if (has('media')) roles.push(await startMediaRole(services, cfg, log));
    const connectors = has('connectors') ? await startConnectorsRole(services, cfg, log) : null;
    if (connectors) roles.push(connectors);
    return { services, modes, api, connectors, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
