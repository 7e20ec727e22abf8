/**
 * @module connectors/seoul-air
 * The Seoul air-quality connector: RealtimeCityAir every minute, DailyAverageAirQuality for backfills.
 */
import { defineConnector } from '../_kit/define-connector.ts';
import { fetchSeoulAir } from './fetch.ts';
import { seoulAirManifest } from './manifest.ts';
import { normalizeSeoulAir } from './normalize.ts';
import { SeoulAirParamsSchema, type SeoulAirParams } from './params.ts';
import { parseSeoulAirPage, type AirRecord } from './parse.ts';

export const seoulAir = defineConnector<AirRecord, SeoulAirParams>({
  manifest: seoulAirManifest,
  params: SeoulAirParamsSchema,
  fetch: fetchSeoulAir,
  parse: parseSeoulAirPage,
  normalize: normalizeSeoulAir,
  summarize: (records) => ({
    stations: new Set(records.map((r) => r.station)).size,
    srcDates: [...new Set(records.flatMap((r) => (r.srcDate === null ? [] : [r.srcDate])))],
  }),
});

export { STATIONS, stationByCode, stationByName, type Station, type StationKind } from './stations.ts';
export type { AirRecord } from './parse.ts';
export type { SeoulAirParams } from './params.ts';
