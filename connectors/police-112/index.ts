/**
 * @module connectors/police-112
 * The 112 police connector: stage changes of police incidents (reported → dispatched → arrived → resolved)
 * from the 112 system's feed, every few seconds. The source this platform ships with is SIMULATED.
 */
import { defineConnector } from '../_kit/define-connector.ts';
import { FeedParamsSchema, type FeedParams } from '../_safety/feed.ts';
import { fetchPolice112 } from './fetch.ts';
import { police112Manifest } from './manifest.ts';
import { normalizePolice112 } from './normalize.ts';
import { parsePolice112Page, type PoliceRecord } from './parse.ts';

export const police112 = defineConnector<PoliceRecord, FeedParams>({
  manifest: police112Manifest,
  params: FeedParamsSchema,
  fetch: fetchPolice112,
  parse: parsePolice112Page,
  normalize: normalizePolice112,
  summarize: (records) => ({ incidents: new Set(records.map((r) => r.number)).size, synthetic: records.filter((r) => r.synthetic).length }),
});

export { POLICE_STATIONS, policeStationByName, type PoliceStation } from './stations.ts';
export { POLICE_TYPE_NAMES, POLICE_TYPES, type PoliceIncidentType } from './api.ts';
export { policeSeverity } from './severity.ts';
export type { PoliceRecord } from './parse.ts';
