/**
 * @module scripts/simulator/dasan-120/lifecycle
 * Pure: the status history of one synthetic complaint, in data time.
 *   received → assigned (minutes to hours; at the next office opening when filed at night or at the weekend)
 *   → [assigned again: handed to another department, 6 %] → in-progress → answered (within the category's SLA
 *   for 85–90 %, up to 1.6 × the SLA otherwise) → closed (hours to a week later, after the satisfaction call);
 *   5 % of the answers are contested: reopened → in-progress → answered again (SLA restarted) → closed.
 * Offices work 09–18 KST on weekdays (public holidays are not modelled).
 */
import { kstDayStart, kstHour, kstWeekday } from '../../../connectors/_safety/kst.ts';
import type { ComplaintStatus } from '../../../server/contracts/index.ts';
import { logNormal, type Rand } from '../safety-common/random.ts';
import { ON_TIME, ON_TIME_AFTER_REOPENING, REOPEN_SHARE, TRANSFER_SHARE } from './model.ts';

const MIN = 60_000;
const HOUR = 3600_000;
const DAY = 86_400_000;

/** [median ms, σ of the log, min ms, max ms] */
type Spread = readonly [number, number, number, number];

export const ASSIGN: Spread = [25 * MIN, 0.9, 2 * MIN, 6 * HOUR];
export const ASSIGN_AT_OPENING: Spread = [40 * MIN, 0.6, 5 * MIN, 4 * HOUR];
export const TRANSFER: Spread = [3 * HOUR, 0.8, 20 * MIN, 2 * DAY];
export const START: Spread = [150 * MIN, 1, 5 * MIN, 2 * DAY];
export const REOPEN: Spread = [20 * HOUR, 0.8, HOUR, 5 * DAY];
export const CLOSE: Spread = [2 * DAY, 0.6, 2 * HOUR, 7 * DAY];
/** An answer that could not be on time, after the step before it. */
const SOON_AFTER: Spread = [40 * MIN, 0.7, 10 * MIN, 4 * HOUR];
/** A late answer comes after SLA × (1 + this share), capped. */
const LATE_SHARE: Spread = [0.25, 0.8, 0.01, 0.6];
const LATE_SHARE_AGAIN: Spread = [0.2, 0.8, 0.01, 0.5];

const draw = (rand: Rand, [median, sigma, min, max]: Spread): number => Math.min(max, Math.max(min, logNormal(rand, median, sigma)));

/** The longest wait for an office opening (Friday 18:00 → Monday 09:00), ms. */
const WEEKEND_WAIT = 63 * HOUR;

/** The longest life the lifecycle can produce for an SLA of `slaDays`, ms. */
export const maxLifeMs = (slaDays: number): number => {
  const sla = slaDays * DAY;
  const beforeAnswer = 3 * WEEKEND_WAIT + ASSIGN[3] + ASSIGN_AT_OPENING[3] + TRANSFER[3] + START[3];
  const first = Math.max(sla * (1 + LATE_SHARE[3]), beforeAnswer + SOON_AFTER[3]);
  const second = REOPEN[3] + Math.max(sla * (1 + LATE_SHARE_AGAIN[3]), WEEKEND_WAIT + START[3] + SOON_AFTER[3]);
  return Math.ceil(first + second + CLOSE[3]);
};

export const inOffice = (ms: number): boolean => {
  const d = kstWeekday(ms);
  const h = kstHour(ms);
  return d >= 1 && d <= 5 && h >= 9 && h < 18;
};

/** The next 09:00 KST of a weekday at or after `ms` (or `ms` itself within office hours). */
export const nextOpening = (ms: number): number => {
  if (inOffice(ms)) return ms;
  let day = kstDayStart(ms);
  if (kstHour(ms) >= 9) day += DAY;
  while (kstWeekday(day) === 0 || kstWeekday(day) === 6) day += DAY;
  return day + 9 * HOUR;
};

export interface Step {
  status: ComplaintStatus;
  /** Data ms. */
  at: number;
  /** The category whose department holds it from this step (assignments and transfers). */
  department: string | null;
}

/**
 * An answer due `sla` after `from`. On time: between the last step (plus 10 minutes) and the due time, early
 * more often. Late: SLA × (1 + a drawn share) after `from`. Either way after the last step: when the steps
 * before it already took up the SLA (a Friday-night filing with a 3-day SLA and a slow start), the answer
 * comes soon after them, late.
 */
const answerAt = (rand: Rand, steps: readonly Step[], from: number, sla: number, onTime: boolean, late: Spread): number => {
  const last = steps.at(-1)?.at ?? from;
  const lo = Math.max(from + 0.08 * sla, last + 10 * MIN);
  const hi = from + 0.98 * sla;
  if (onTime && lo < hi) return lo + (hi - lo) * rand() ** 1.2;
  if (onTime) return last + draw(rand, SOON_AFTER);
  return Math.max(from + sla * (1 + draw(rand, late)), last + 10 * MIN);
};

export interface LifecycleInput {
  category: string;
  slaDays: number;
  /** Data ms of the filing. */
  filedAt: number;
  /** Category codes whose departments a transfer may go to. */
  transferTargets: readonly string[];
}

export const drawLifecycle = (rand: Rand, o: LifecycleInput): Step[] => {
  const t0 = o.filedAt;
  const sla = o.slaDays * DAY;
  const steps: Step[] = [{ status: 'received', at: t0, department: null }];
  const assigned = inOffice(t0) ? t0 + draw(rand, ASSIGN) : nextOpening(t0) + draw(rand, ASSIGN_AT_OPENING);
  steps.push({ status: 'assigned', at: assigned, department: o.category });
  let held = assigned;
  if (rand() < TRANSFER_SHARE && o.transferTargets.length > 0) {
    const to = o.transferTargets[Math.floor(rand() * o.transferTargets.length)] as string;
    held = nextOpening(held + draw(rand, TRANSFER));
    steps.push({ status: 'assigned', at: held, department: to });
  }
  steps.push({ status: 'in-progress', at: nextOpening(held + draw(rand, START)), department: null });
  const answered = answerAt(rand, steps, t0, sla, rand() < (ON_TIME[o.category] ?? 0.88), LATE_SHARE);
  steps.push({ status: 'answered', at: answered, department: null });
  if (rand() < REOPEN_SHARE) {
    const reopened = answered + draw(rand, REOPEN);
    const again: Step[] = [{ status: 'reopened', at: reopened, department: null }];
    again.push({ status: 'in-progress', at: nextOpening(reopened + draw(rand, START)), department: null });
    again.push({ status: 'answered', at: answerAt(rand, again, reopened, sla, rand() < ON_TIME_AFTER_REOPENING, LATE_SHARE_AGAIN), department: null });
    steps.push(...again);
  }
  steps.push({ status: 'closed', at: (steps.at(-1)?.at ?? t0) + draw(rand, CLOSE), department: null });
  return steps.map((s) => ({ ...s, at: Math.round(s.at) }));
};
