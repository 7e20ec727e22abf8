/**
 * @module connectors/open311/manifest
 * The manifest of an Open311 GeoReport v2 connector. One connector reads one endpoint; a city with several
 * endpoints defines one connector per endpoint (`createOpen311Connector({ id: 'open311-<city>', envPrefix })`),
 * each with its own environment names (`<PREFIX>_BASE_URL`...).
 */
import type { LocalizedText } from '../../server/contracts/index.ts';
import type { ConnectorManifestInput, Schedule } from '../_kit/manifest.ts';
import { DEFAULT_TIME_ZONE } from './time.ts';

export const DEFAULT_ENV_PREFIX = 'OPEN311';

export interface Open311Options {
  /** Connector id, also the complaint id prefix (`open311:638344`). Default `open311`. */
  id?: string;
  title?: LocalizedText;
  /** The department that runs the endpoint. */
  department?: LocalizedText;
  attribution?: string;
  schedule?: Schedule;
  /** IANA zone of datetimes the endpoint sends without an offset. Default Asia/Seoul. */
  timeZone?: string;
  /** Prefix of the environment names this connector reads. Default `OPEN311`. */
  envPrefix?: string;
  /** True when the endpoint serves generated requests (a simulator). */
  synthetic?: boolean;
}

/** The environment names a connector with this prefix reads from `ctx.config`. */
export interface Open311EnvNames {
  baseUrl: string;
  format: string;
  jurisdiction: string;
  apiKey: string;
}

export const envNamesOf = (prefix: string = DEFAULT_ENV_PREFIX): Open311EnvNames => ({
  baseUrl: `${prefix}_BASE_URL`,
  format: `${prefix}_FORMAT`,
  jurisdiction: `${prefix}_JURISDICTION_ID`,
  apiKey: `${prefix}_API_KEY`,
});

export const open311ManifestOf = (o: Open311Options = {}): ConnectorManifestInput & { timeZone: string } => {
  const env = envNamesOf(o.envPrefix);
  return {
    id: o.id ?? 'open311',
    title: o.title ?? { ko: 'Open311 민원 (GeoReport v2)', en: 'Open311 service requests (GeoReport v2)' },
    department: o.department ?? { ko: '민원 담당 부서 (엔드포인트 운영 기관)', en: 'Civil complaints office running the endpoint' },
    protocol: 'http-json',
    schedule: o.schedule ?? { every: 300_000 },
    secrets: [env.apiKey],
    config: [env.baseUrl, env.format, env.jurisdiction],
    emits: ['complaint.filed', 'complaint.status'],
    staleAfterSeconds: 86_400,
    synthetic: o.synthetic ?? false,
    attribution:
      o.attribution ??
      'Service requests of the Open311 GeoReport v2 endpoint at OPEN311_BASE_URL; credit the city that publishes it under its own licence. Test fixtures: Code for America open311 Ruby client, MIT, © 2010 Code for America Laboratories.',
    timeZone: o.timeZone ?? DEFAULT_TIME_ZONE,
  };
};
