/**
 * @module connectors/social-sim
 * The social stream connector: SYNTHETIC short citizen posts from `scripts/simulator/social`, every minute; each
 * post becomes one `media.published` event (`kind: 'social'`).
 */
import { defineConnector } from '../_kit/define-connector.ts';
import { fetchSocialSim } from './fetch.ts';
import { socialSimManifest } from './manifest.ts';
import { normalizeSocialSim } from './normalize.ts';
import { SocialSimParamsSchema, type SocialSimParams } from './params.ts';
import { parseSocialSimPage, type SocialPostRecord } from './parse.ts';

export const socialSim = defineConnector<SocialPostRecord, SocialSimParams>({
  manifest: socialSimManifest,
  params: SocialSimParamsSchema,
  fetch: fetchSocialSim,
  parse: parseSocialSimPage,
  normalize: normalizeSocialSim,
  summarize: (records) => ({ posts: records.length, english: records.filter((r) => r.lang === 'en').length }),
});

export type { SocialPostRecord } from './parse.ts';
