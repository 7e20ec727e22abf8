/**
 * @module scripts/simulator/proposals/activity
 * Pure: the activity clock. Supports arrive in "activity hours" — hours weighted by how many residents are online
 * in that KST hour (HOUR_ACTIVITY, mean 1) — so a proposal gains more in the evening than at 4 in the morning.
 * `activityAt(t)` counts them from the epoch; a day always holds 24.
 */
import { HOUR_ACTIVITY } from './model.ts';

const HOUR = 3600_000;
const DAY = 86_400_000;
const KST = 9 * HOUR;

/** Activity hours before each KST hour of a day (25 entries, the last 24). */
const BEFORE: readonly number[] = HOUR_ACTIVITY.reduce<number[]>((acc, w) => [...acc, (acc.at(-1) ?? 0) + w], [0]);

/** Activity hours from the epoch to data time `t` (epoch ms); increasing, and linear within each hour. */
export const activityAt = (t: number): number => {
  const local = t + KST;
  const day = Math.floor(local / DAY);
  const within = local - day * DAY;
  const hour = Math.floor(within / HOUR);
  const frac = (within - hour * HOUR) / HOUR;
  return day * 24 + (BEFORE[hour] as number) + (HOUR_ACTIVITY[hour] as number) * frac;
};

/** The activity weight of the KST hour of `t`. */
export const activityWeightAt = (t: number): number => HOUR_ACTIVITY[Math.floor(((t + KST) % DAY + DAY) % DAY / HOUR)] as number;
