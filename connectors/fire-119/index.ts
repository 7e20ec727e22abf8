/**
 * @module connectors/fire-119
 * The 119 fire-dispatch connector: stage changes of fire incidents (reported → dispatched → arrived →
 * resolved) from the dispatch system's feed, every few seconds.
 */
import { defineConnector } from '../_kit/define-connector.ts';
import { FeedParamsSchema, type FeedParams } from '../_safety/feed.ts';
import { fetchFire119 } from './fetch.ts';
import { fire119Manifest } from './manifest.ts';
import { normalizeFire119 } from './normalize.ts';
import { parseFire119Page, type FireRecord } from './parse.ts';

export const fire119 = defineConnector<FireRecord, FeedParams>({
  manifest: fire119Manifest,
  params: FeedParamsSchema,
  fetch: fetchFire119,
  parse: parseFire119Page,
  normalize: normalizeFire119,
  summarize: (records) => ({
    incidents: new Set(records.map((r) => r.number)).size,
    replayed: [...new Set(records.flatMap((r) => (r.originalAt === null ? [] : [r.originalAt.slice(0, 10)])))],
  }),
});

export { FIRE_STATIONS, fireStationByName, fireStationOf, type FireStation } from './stations.ts';
export { fireSeverity } from './severity.ts';
export type { FireRecord } from './parse.ts';
