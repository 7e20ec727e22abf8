/**
 * @module portal/gather
 * Reads the portal's inputs from the API's own data ports, each block only when the one policy
 * layer (server/access/policy.ts) lets an anonymous visitor have it: the gu names and the
 * population with `GET /api/v1/districts`, the source catalogue with `GET /api/v1/sources`, live
 * air values per `air/district/{code}` channel, source health with `sources/city/all` (else each
 * `sources/source/{id}`). Whoever asks, the portal shows the public's view.
 */
import type { Logger } from 'pino';
import { ANONYMOUS, channels, SourceHealthSchema, type SourceHealth } from '../contracts/index.ts';
import { decideChannel, decideRoute, matchRoute } from '../access/policy.ts';
import type { DistrictInfo, SourceInfo } from '../http/deps.ts';
import type { LiveHub } from '../live/hub.ts';
import { cityAirOf } from '../live/derived.ts';
import type { PopulationSummary } from './population.ts';
import type { PortalInputs } from './view-model.ts';

/** What the portal reads: a subset of ApiDeps, plus the population reference. */
export interface PortalDeps {
  hub: LiveHub;
  now(): number;
  sources(): Promise<SourceInfo[]>;
  districts(): Promise<DistrictInfo[]>;
  population(): Promise<PopulationSummary>;
  log: Logger;
}

/** May the public read this route (`GET`, with its query)? A route without a rule is withheld. */
export function publicRoute(path: string): boolean {
  const url = new URL(path, 'http://portal.local');
  const route = matchRoute('GET', url.pathname, url.searchParams);
  return route !== null && decideRoute(ANONYMOUS, route).allow;
}

export const publicChannel = (channel: string): boolean => decideChannel(ANONYMOUS, channel).allow;

/** A port that fails leaves its block out of the page (logged), never the whole page. */
async function attempt<T>(log: Logger, what: string, read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (err) {
    log.warn({ err, what }, 'portal block unavailable');
    return null;
  }
}

function publicAir(hub: LiveHub): PortalInputs['air'] {
  if (!publicChannel(channels.airCity())) return null;
  const city = cityAirOf(hub);
  const districts = (city?.districts ?? []).filter((d) => publicChannel(channels.airDistrict(d.district)));
  return city && districts.length > 0 ? { districts, at: city.at } : null;
}

function publicHealth(hub: LiveHub, ids: readonly string[]): PortalInputs['health'] {
  if (publicChannel(channels.sources())) {
    const all = hub.get(channels.sources());
    const parsed = SourceHealthSchema.array().safeParse(all?.data);
    if (all && parsed.success) return { values: parsed.data, at: all.at };
  }
  const values: SourceHealth[] = [];
  let at = '';
  for (const id of ids) {
    if (!publicChannel(channels.source(id))) continue;
    const v = hub.get(channels.source(id));
    const parsed = SourceHealthSchema.safeParse(v?.data);
    if (!v || !parsed.success) continue;
    values.push(parsed.data);
    if (v.at > at) at = v.at;
  }
  return values.length > 0 ? { values, at } : null;
}

export async function gatherPortal(deps: PortalDeps): Promise<PortalInputs> {
  const referenceOk = publicRoute('/api/v1/districts');
  const catalogOk = publicRoute('/api/v1/sources');
  const [districts, catalog, population] = await Promise.all([
    referenceOk ? attempt(deps.log, 'districts', () => deps.districts()) : null,
    catalogOk ? attempt(deps.log, 'sources', () => deps.sources()) : null,
    referenceOk ? attempt(deps.log, 'population', () => deps.population()) : null,
  ]);
  return {
    now: deps.now(),
    districts: districts?.map(({ code, nameKo, nameEn }) => ({ code, nameKo, nameEn })) ?? null,
    air: publicAir(deps.hub),
    catalog,
    health: publicHealth(deps.hub, (catalog ?? []).map((s) => s.id)),
    population,
  };
}
