/**
 * @module connectors/dasan-120
 * The 120 Dasan call centre connector: civil complaints and every change of their status, from the call
 * centre's complaint feed, every few seconds. The source this platform ships with is SIMULATED.
 */
import { defineConnector } from '../_kit/define-connector.ts';
import { DasanParamsSchema, fetchDasan120, type DasanParams } from './fetch.ts';
import { dasan120Manifest } from './manifest.ts';
import { normalizeDasan120 } from './normalize.ts';
import { parseDasan120Page, type DasanRecord } from './parse.ts';

export const dasan120 = defineConnector<DasanRecord, DasanParams>({
  manifest: dasan120Manifest,
  params: DasanParamsSchema,
  fetch: fetchDasan120,
  parse: parseDasan120Page,
  normalize: normalizeDasan120,
  summarize: (records) => ({
    complaints: records.length,
    open: records.filter((r) => r.status !== 'answered' && r.status !== 'closed').length,
    synthetic: records.filter((r) => r.synthetic).length,
  }),
});

export { DASAN_CATEGORIES, DASAN_CHANNELS, DASAN_STATUS_NAMES, type DasanComplaintItem, type DasanComplaintPage } from './api.ts';
export type { DasanParams } from './fetch.ts';
export type { DasanRecord } from './parse.ts';
