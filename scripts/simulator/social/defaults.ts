/**
 * @module scripts/simulator/social/defaults
 */

export const DEFAULT_SOCIAL_SEED = 2024;
/** A data day every two minutes, like the safety simulators. */
export const DEFAULT_SOCIAL_SPEEDUP = 720;
/** Mean posts per data hour (the daily rhythm moves it between 0.15× and 1.6×). */
export const DEFAULT_POSTS_PER_HOUR = 24;
export const SOCIAL_PREFIX = '/social';
/** Without `since`, a request reads the posts of the last ten wall minutes (at most seven data days). */
export const DEFAULT_WINDOW_WALL_MS = 10 * 60_000;
export const MAX_DEFAULT_WINDOW_MS = 7 * 86_400_000;
export const DEFAULT_LIMIT = 500;
export const MAX_LIMIT = 2000;
