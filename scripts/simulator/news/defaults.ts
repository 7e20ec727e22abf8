/**
 * @module scripts/simulator/news/defaults
 */

export const DEFAULT_NEWS_SEED = 2026;
/** A data day every two minutes, like the social stream and the safety simulators. */
export const DEFAULT_NEWS_SPEEDUP = 720;
export const NEWS_PREFIX = '/news';
export const NEWS_FEED_PATH = `${NEWS_PREFIX}/rss.xml`;
/** Items a simulated day: between these, fewer on weekends, more on a burst day. */
export const MIN_ITEMS_PER_DAY = 20;
export const MAX_ITEMS_PER_DAY = 60;
/** Without `days`, the feed holds the items of the last ten wall minutes, at least one data day, at most eight. */
export const DEFAULT_WINDOW_WALL_MS = 10 * 60_000;
export const MIN_WINDOW_MS = 86_400_000;
export const MAX_WINDOW_MS = 8 * 86_400_000;
export const MAX_DAYS = 31;
export const DEFAULT_LIMIT = 500;
export const MAX_LIMIT = 1000;
/** Where the items' links point: a reserved domain, so no link of a synthetic item reaches a real site. */
export const NEWS_SITE = 'https://news.seoul.example/sim';
