/**
 * @module indicators/status
 * The status of a plan task, computed from its indicators and milestones on a date — never typed in.
 *
 * For each linked indicator: progress = how far the city's level (the last year's mean for monthly
 * and quarterly values) has come from the baseline towards the target; expected = the share of the
 * time from the end of the baseline period to the end of the deadline that had passed at the middle
 * of the time that level covers. pace = Σ weight · min(progress / expected, 1.5) / Σ weight, over
 * the indicators with a value from after the baseline. Then:
 * - off track: pace < 0.6, two or more milestones overdue, or an indicator's deadline passed short of its target;
 * - at risk: pace < 0.9, one milestone overdue, or no indicator value since the baseline;
 * - on track otherwise.
 */
import type { Indicator, Observation, StatusReason, Task, TaskAssessment, TaskStatus } from '../contracts/indicator.ts';
import { dayNumber, periodEnd } from './period.ts';
import { goalFor, levelOf, progressOf, SCORE_CAP } from './score.ts';
import { headlineSeries, knownValues, seriesKey } from './series.ts';

export const PACE = { onTrack: 0.9, offTrack: 0.6 } as const;

type IndicatorPart = TaskAssessment['indicators'][number];

const indicatorPart = (ind: Indicator, weight: number, series: readonly Observation[], asOf: string): IndicatorPart => {
  const level = levelOf(knownValues(series, asOf));
  if (level === null) return { indicator: ind.id, weight, period: null, level: null, progress: null, expected: null };
  const start = dayNumber(periodEnd(ind.baseline.period));
  const span = dayNumber(periodEnd(ind.target.deadline)) - start;
  const expected = span <= 0 ? 1 : Math.min(1, Math.max(0, (level.midDay - start) / span));
  return { indicator: ind.id, weight, period: level.period, level: level.level, progress: progressOf(level.level, goalFor(ind)), expected };
};

const milestonesOn = (task: Task, asOf: string): TaskAssessment['milestones'] => {
  const due = task.milestones.filter((m) => m.due <= asOf);
  return {
    due: due.length,
    done: task.milestones.filter((m) => m.done !== undefined && m.done <= asOf).length,
    overdue: due.filter((m) => m.done === undefined || m.done > asOf).length,
  };
};

/** Status from pace, milestones and missed deadlines. */
export const statusOf = (pace: number | null, overdue: number, deadlineMissed: boolean): { status: TaskStatus; reasons: StatusReason[] } => {
  const reasons: StatusReason[] = [];
  if (pace === null) reasons.push('no-data');
  else if (pace < PACE.offTrack) reasons.push('far-behind-pace');
  else if (pace < PACE.onTrack) reasons.push('behind-pace');
  if (overdue >= 2) reasons.push('milestones-overdue');
  else if (overdue === 1) reasons.push('milestone-overdue');
  if (deadlineMissed) reasons.push('deadline-missed');
  const off = reasons.some((r) => r === 'far-behind-pace' || r === 'milestones-overdue' || r === 'deadline-missed');
  return { status: off ? 'off-track' : reasons.length > 0 ? 'at-risk' : 'on-track', reasons };
};

/** One task on one date, from the city's headline series (see headlineSeries). */
export const assessTask = (task: Task, indicators: ReadonlyMap<string, Indicator>, series: ReadonlyMap<string, readonly Observation[]>, asOf: string): TaskAssessment => {
  const parts = task.indicators.map(({ indicator, weight }) => {
    const ind = indicators.get(indicator);
    if (!ind) throw new RangeError(`task ${task.id}: no indicator ${indicator}`);
    return indicatorPart(ind, weight, series.get(seriesKey(indicator, 'city')) ?? [], asOf);
  });
  const informative = parts.filter((p): p is IndicatorPart & { progress: number; expected: number } => p.progress !== null && p.expected !== null && p.expected > 0);
  const weights = informative.reduce((s, p) => s + p.weight, 0);
  const pace = weights === 0 ? null : informative.reduce((s, p) => s + p.weight * Math.min(SCORE_CAP, Math.max(0, p.progress / p.expected)), 0) / weights;
  const deadlineMissed = informative.some((p) => p.expected >= 1 && p.progress < 1);
  const milestones = milestonesOn(task, asOf);
  const { status, reasons } = statusOf(pace, milestones.overdue, deadlineMissed);
  return { task: task.id, asOf, status, pace, indicators: parts, milestones, reasons };
};

/** Every task of a plan on one date. */
export const assessTasks = (tasks: readonly Task[], indicators: ReadonlyMap<string, Indicator>, observations: Iterable<Observation>, asOf: string): TaskAssessment[] => {
  const series = headlineSeries(observations);
  return tasks.map((t) => assessTask(t, indicators, series, asOf));
};
