/**
 * @module platform/connectors-role
 * The `connectors` role: every registered connector on its schedule, on BullMQ when Redis answers
 * (job schedulers upserted by connector id, so any number of such processes run each schedule once)
 * and on the in-process scheduler otherwise.
 */
import type { Logger } from 'pino';
import { createBullScheduler } from '../../connectors/_kit/scheduler-bullmq.ts';
import { createInProcessScheduler } from '../../connectors/_kit/scheduler-inprocess.ts';
import type { ConnectorScheduler } from '../../connectors/_kit/scheduler.ts';
import type { Schedule } from '../../connectors/_kit/manifest.ts';
import type { Config } from '../config.ts';
import { activeConnectors } from './catalog.ts';
import type { Role } from './role.ts';
import type { Services } from './services.ts';

export interface ConnectorsRole extends Role {
  scheduler: ConnectorScheduler;
}

export async function startConnectorsRole(svc: Services, cfg: Config, log: Logger): Promise<ConnectorsRole> {
  const settings = connectorSettings(cfg);
  const connectors = activeConnectors(settings);
  const overrides: Record<string, Schedule> = {};
  if (cfg.CONNECTOR_EVERY_MS !== undefined) {
    for (const c of connectors) overrides[c.manifest.id] = { every: cfg.CONNECTOR_EVERY_MS };
  }
  const options = {
    connectors,
    publisher: svc.bus,
    log: log.child({ component: 'connectors' }),
    config: settings,
    overrides,
  };
  const prefix = cfg.NAMESPACE ? `bull-${cfg.NAMESPACE}` : 'bull';
  const scheduler = svc.redisUrl ? createBullScheduler({ ...options, connection: svc.redisUrl, prefix }) : createInProcessScheduler(options);
  await scheduler.start();
  log.info({ connectors: connectors.map((c) => c.manifest.id), scheduler: svc.redisUrl ? 'bullmq' : 'in-process' }, 'connectors scheduled');
  return { name: 'connectors', scheduler, stop: () => scheduler.stop() };
}

/** What the connectors may read of the configuration (`ctx.config`): addresses and keys of the source systems, set ones only. */
export function connectorSettings(cfg: Config): Record<string, string> {
  const all: Record<string, string | undefined> = {
    SEOUL_OPENAPI_KEY: cfg.SEOUL_OPENAPI_KEY,
    SEOUL_AIR_BASE_URL: cfg.SEOUL_AIR_BASE_URL,
    FIRE_119_BASE_URL: cfg.FIRE_119_BASE_URL,
    POLICE_112_BASE_URL: cfg.POLICE_112_BASE_URL,
    ER_BEDS_BASE_URL: cfg.ER_BEDS_BASE_URL,
    DASAN_120_BASE_URL: cfg.DASAN_120_BASE_URL,
    SOCIAL_SIM_BASE_URL: cfg.SOCIAL_SIM_BASE_URL,
    PROPOSALS_BASE_URL: cfg.PROPOSALS_BASE_URL,
    BUDGET_BASE_URL: cfg.BUDGET_BASE_URL,
    OPEN311_BASE_URL: cfg.OPEN311_BASE_URL,
    OPEN311_FORMAT: cfg.OPEN311_FORMAT,
    OPEN311_JURISDICTION_ID: cfg.OPEN311_JURISDICTION_ID,
    OPEN311_API_KEY: cfg.OPEN311_API_KEY,
    NEWS_FEED_URLS: cfg.NEWS_FEED_URLS,
  };
  return Object.fromEntries(Object.entries(all).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''));
}
