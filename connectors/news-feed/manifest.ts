/**
 * @module connectors/news-feed/manifest
 */
import type { ConnectorManifestInput } from '../_kit/manifest.ts';

export const newsFeedManifest = {
  id: 'news-feed',
  title: { ko: '뉴스·보도자료 피드 (RSS·Atom)', en: 'News and press-release feeds (RSS, Atom)' },
  department: { ko: '서울특별시 대변인 언론담당관', en: 'Media Relations Division, Office of the Spokesperson' },
  protocol: 'http-xml',
  schedule: { every: 10 * 60_000 },
  secrets: [],
  config: ['NEWS_FEED_URLS'],
  emits: ['media.published'],
  staleAfterSeconds: 2 * 86_400,
  synthetic: false,
  attribution:
    'The RSS, Atom and RDF feeds listed in NEWS_FEED_URLS; each item keeps its title, a plain-text summary and the link to its publisher, whose terms apply. Items of feeds that mark themselves synthetic (category "synthetic" or "합성데이터") carry synthetic: true.',
} satisfies ConnectorManifestInput;
