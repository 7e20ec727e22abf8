/**
 * @module actors/source/source-health
 * Folds connector runs into a source's health. Pure.
 *
 * Status, first match wins:
 *   unknown  — no run seen yet;
 *   failing  — the last `failingAfter` runs all failed ('failed' or 'rate-limited');
 *   stale    — the newest observation is older than the manifest's `staleAfterSeconds`
 *              (or, with no observation ever, runs have gone on that long without one);
 *   degraded — the last run was partial, failed, or dropped records;
 *   healthy  — otherwise.
 * Lag = now − newest observation, in whole seconds. Runs are idempotent by `runId`.
 */
import type { ConnectorRun, SourceHealth, SourceStatus } from '../../contracts/source-health.ts';

/** What the health fold needs from a connector manifest. */
export interface SourceManifestLike {
  id: string;
  staleAfterSeconds: number;
}

export interface HealthPolicy {
  staleAfterSeconds: number;
  /** Consecutive unsuccessful runs that make a source 'failing' (default 3). */
  failingAfter: number;
}

/** The health plus what is needed to re-evaluate it later. */
export interface SourceTrack {
  health: SourceHealth;
  /** Epoch ms of the newest observation, or null. */
  newestObservedAt: number | null;
  /** Epoch ms of the first run seen (for staleness when no observation ever came). */
  firstRunAt: number | null;
  consecutiveFailures: number;
  lastOutcomeDegraded: boolean;
  /** Recent run ids, newest last, to ignore re-delivered runs. */
  recentRunIds: readonly string[];
}

const RECENT_RUN_IDS = 64;

export const emptyHealth = (source: string): SourceHealth => ({
  source, status: 'unknown', lastRunAt: null, lastSuccessAt: null, lastError: null,
  lagSeconds: null, stale: false, runs: 0, failures: 0, emitted: 0, dropped: 0,
});

export const emptyTrack = (source: string): SourceTrack => ({
  health: emptyHealth(source), newestObservedAt: null, firstRunAt: null,
  consecutiveFailures: 0, lastOutcomeDegraded: false, recentRunIds: [],
});

/**
 * A track resumed from a persisted health taken at `savedAt`: the newest observation is
 * reconstructed from the lag, and a 'failing' source keeps its streak.
 */
export const trackFromHealth = (health: SourceHealth, savedAt: number, policy: HealthPolicy): SourceTrack => ({
  health,
  newestObservedAt: health.lagSeconds === null ? null : savedAt - health.lagSeconds * 1000,
  firstRunAt: health.runs > 0 ? savedAt : null,
  consecutiveFailures: health.status === 'failing' ? policy.failingAfter : 0,
  lastOutcomeDegraded: health.status === 'degraded',
  recentRunIds: [],
});

const statusOf = (t: SourceTrack, stale: boolean, policy: HealthPolicy): SourceStatus => {
  if (t.health.runs === 0) return 'unknown';
  if (t.consecutiveFailures >= policy.failingAfter) return 'failing';
  if (stale) return 'stale';
  return t.lastOutcomeDegraded ? 'degraded' : 'healthy';
};

/** Recomputes lag, staleness and status at `now`. */
export const evaluate = (t: SourceTrack, now: number, policy: HealthPolicy): SourceTrack => {
  const lagSeconds = t.newestObservedAt === null ? null : Math.max(0, Math.floor((now - t.newestObservedAt) / 1000));
  const silentFor = t.firstRunAt === null ? 0 : (now - t.firstRunAt) / 1000;
  const stale = t.health.runs > 0 && (lagSeconds === null ? silentFor > policy.staleAfterSeconds : lagSeconds > policy.staleAfterSeconds);
  const health = { ...t.health, lagSeconds, stale };
  return { ...t, health: { ...health, status: statusOf({ ...t, health }, stale, policy) } };
};

const laterIso = (a: string | null, b: string): string => (a !== null && Date.parse(a) >= Date.parse(b) ? a : b);

/** Folds one run in; a run already seen (same `runId`) changes nothing. */
export const foldRun = (t: SourceTrack, run: ConnectorRun, now: number, policy: HealthPolicy): SourceTrack => {
  if (t.recentRunIds.includes(run.runId)) return t;
  const failed = run.outcome === 'failed' || run.outcome === 'rate-limited';
  const newest = run.newestObservedAt === null ? null : Date.parse(run.newestObservedAt);
  const h = t.health;
  const health: SourceHealth = {
    ...h,
    lastRunAt: laterIso(h.lastRunAt, run.endedAt),
    lastSuccessAt: failed ? h.lastSuccessAt : laterIso(h.lastSuccessAt, run.endedAt),
    lastError: run.error ?? (run.outcome === 'rate-limited' ? 'rate limited' : failed ? 'failed' : h.lastError),
    runs: h.runs + 1,
    failures: h.failures + (failed ? 1 : 0),
    emitted: h.emitted + run.emitted,
    dropped: h.dropped + run.dropped,
  };
  return evaluate({
    health,
    newestObservedAt: newest === null ? t.newestObservedAt : Math.max(newest, t.newestObservedAt ?? newest),
    firstRunAt: t.firstRunAt ?? Date.parse(run.startedAt),
    consecutiveFailures: failed ? t.consecutiveFailures + 1 : 0,
    lastOutcomeDegraded: failed || run.outcome === 'partial' || run.dropped > 0,
    recentRunIds: [...t.recentRunIds, run.runId].slice(-RECENT_RUN_IDS),
  }, now, policy);
};
