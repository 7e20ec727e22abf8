/**
 * @module scripts/simulator/proposals/defaults
 * The simulation defaults of the synthetic participation feed (proposals and polls).
 */

/** Proposals filed a data day (weekly mean). Democracy Seoul takes a few thousand a year; this is about 4,400. */
export const DEFAULT_PROPOSALS_PER_DAY = 12;
/** Polls published a week (on weekdays). */
export const DEFAULT_POLLS_PER_WEEK = 2;
/**
 * Real time by default: proposals live 30 days and answers take days to weeks, which the platform shows on its own
 * clock. Raise it for demos of the rhythm.
 */
export const DEFAULT_PROPOSALS_SPEEDUP = 1;
export const DEFAULT_PROPOSALS_SEED = 500;
/** The feed begins this many data days before the start: longer than a proposal's life and its answer. */
export const DEFAULT_HISTORY_DAYS = 90;
export const DEFAULT_PAGE_SIZE = 500;
export const MAX_PAGE_SIZE = 1000;
/** Without `since`, the window starts this long before `until`. */
export const DEFAULT_WINDOW_MS = 3600_000;
