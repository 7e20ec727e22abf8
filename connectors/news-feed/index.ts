/**
 * @module connectors/news-feed
 * The news connector: any RSS 2.0, Atom 1.0 or RDF (RSS 1.0) feed listed in `NEWS_FEED_URLS`, every ten minutes;
 * each entry becomes one `media.published` event with the gu its text mentions.
 */
import { defineConnector } from '../_kit/define-connector.ts';
import { fetchNewsFeeds } from './fetch.ts';
import { newsFeedManifest } from './manifest.ts';
import { normalizeNewsFeed } from './normalize.ts';
import { parseNewsFeedPage, type NewsRecord } from './parse.ts';

export const newsFeed = defineConnector<NewsRecord>({
  manifest: newsFeedManifest,
  fetch: fetchNewsFeeds,
  parse: parseNewsFeedPage,
  normalize: normalizeNewsFeed,
  summarize: (records) => ({ feed: records[0]?.outlet ?? null, format: records[0]?.format ?? null, synthetic: records.filter((r) => r.synthetic).length }),
});

export { detectDistricts, PLACE_NAME_LIST, PLACE_NAMES } from './districts.ts';
export { mediaEvent } from './normalize.ts';
export type { NewsRecord } from './parse.ts';
