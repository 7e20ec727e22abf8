/**
 * @module scripts/simulator/dasan-120/defaults
 * The simulation defaults of the synthetic 120 complaint feed.
 */

/**
 * Complaints per data day (weekly mean, rising issues aside). Seoul's 120 takes tens of thousands of contacts a
 * day, most of them questions answered on the line; the complaints handed to a department are the feed.
 */
export const DEFAULT_COMPLAINTS_PER_DAY = 1200;
/**
 * Real time by default: the platform measures answer times against each category's SLA in days on its own
 * clock, so a compressed feed would make every answer look early. Raise it for demos of the rhythm.
 */
export const DEFAULT_DASAN_SPEEDUP = 1;
export const DEFAULT_DASAN_SEED = 120;
/** The feed starts this many data days before the start, so complaints in every state exist from the first read. */
export const DEFAULT_HISTORY_DAYS = 14;
export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1000;
/** Without `since`, the window starts this long before `until`. */
export const DEFAULT_WINDOW_MS = 3600_000;
