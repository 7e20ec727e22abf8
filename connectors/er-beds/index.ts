/**
 * @module connectors/er-beds
 * The emergency-room connector: available and in-service emergency-room beds of Seoul's emergency medical
 * institutions, every few seconds. The source this platform ships with is SIMULATED.
 */
import { defineConnector } from '../_kit/define-connector.ts';
import { fetchErBeds } from './fetch.ts';
import { erBedsManifest } from './manifest.ts';
import { normalizeErBeds } from './normalize.ts';
import { ErBedsParamsSchema, type ErBedsParams } from './params.ts';
import { parseErBedsPage, type ErRecord } from './parse.ts';

export const erBeds = defineConnector<ErRecord, ErBedsParams>({
  manifest: erBedsManifest,
  params: ErBedsParamsSchema,
  fetch: fetchErBeds,
  parse: parseErBedsPage,
  normalize: normalizeErBeds,
  summarize: (records) => ({ institutions: records.length, full: records.filter((r) => r.available <= 0).length }),
});

export { HOSPITALS, hospitalByHpid, type Hospital } from './hospitals.ts';
export type { ErRecord } from './parse.ts';
