/**
 * @module wall/state/admin-score
 * The city score and the plan board, as pure functions: the latest month with a score, each
 * indicator's pull on it against the target (weight × (score − 1): above target lifts, below drags),
 * the tasks by area with their status counts, and the 25 gu as tiles roughly where they lie.
 */
import type { PlanAreaId, ScoreRollup, TaskStatus } from '../../../server/contracts/index.ts';
import type { CityScore, PledgeBoard } from './admin-state.ts';

/** The latest rollup with a score. */
export const latestScore = (s: CityScore | null): ScoreRollup | null => [...(s?.rollups ?? [])].reverse().find((r) => r.score !== null) ?? null;

export interface Pull {
  indicator: string;
  /** weight × (score − 1): positive above target, negative below. */
  pull: number;
  score: number;
}

/** The strongest lifts and drags of a rollup, `n` of each, largest first. */
export function pulls(r: ScoreRollup | null, n: number): { up: Pull[]; down: Pull[] } {
  const all = (r?.contributions ?? []).map((c) => ({ indicator: c.indicator, pull: c.weight * (c.score - 1), score: c.score }));
  return {
    up: all.filter((p) => p.pull > 0).sort((a, b) => b.pull - a.pull).slice(0, n),
    down: all.filter((p) => p.pull < 0).sort((a, b) => a.pull - b.pull).slice(0, n),
  };
}

/** 0.3656 → "0.37". */
export const scoreText = (v: number | null): string => (v === null ? '—' : v.toFixed(2));

/** Score colours: on target or better green, from 0.6 amber, below red. */
export const scoreColor = (v: number | null): number => (v === null ? 0x334155 : v >= 0.9 ? 0x22c55e : v >= 0.6 ? 0xf5a623 : 0xe5484d);

export interface AreaLine {
  area: PlanAreaId;
  counts: Record<TaskStatus, number>;
  tasks: Array<{ id: string; status: TaskStatus; name: { ko: string; en: string } }>;
}

const STATUS_ORDER: Readonly<Record<TaskStatus, number>> = { 'off-track': 0, 'at-risk': 1, 'on-track': 2 };

/** The plan's areas in its order, each with its tasks (worst first) and how many are in each status. */
export function areaLines(board: PledgeBoard | null): AreaLine[] {
  if (board === null) return [];
  return board.areas.map(({ id }) => {
    const tasks = board.tasks.filter((t) => t.task.area === id)
      .map((t) => ({ id: t.task.id, status: t.assessment.status, name: t.task.name }))
      .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
    const counts = { 'on-track': 0, 'at-risk': 0, 'off-track': 0 };
    for (const t of tasks) counts[t.status] += 1;
    return { area: id, counts, tasks };
  });
}

export const statusTotals = (board: PledgeBoard | null): Record<TaskStatus, number> => {
  const totals = { 'on-track': 0, 'at-risk': 0, 'off-track': 0 };
  for (const l of areaLines(board)) for (const s of Object.keys(totals) as TaskStatus[]) totals[s] += l.counts[s];
  return totals;
};

/** The 25 gu on a 6 × 5 grid, north up, west left (column, row). */
export const GU_TILES: ReadonlyArray<readonly [code: string, col: number, row: number]> = [
  ['11380', 1, 0], ['11305', 3, 0], ['11320', 4, 0], ['11350', 5, 0],
  ['11410', 1, 1], ['11110', 2, 1], ['11290', 3, 1], ['11230', 4, 1], ['11260', 5, 1],
  ['11500', 0, 2], ['11440', 1, 2], ['11140', 2, 2], ['11200', 3, 2], ['11215', 4, 2], ['11740', 5, 2],
  ['11470', 0, 3], ['11560', 1, 3], ['11170', 2, 3], ['11650', 3, 3], ['11680', 4, 3], ['11710', 5, 3],
  ['11530', 0, 4], ['11545', 1, 4], ['11590', 2, 4], ['11620', 3, 4],
];
export const GU_GRID = { cols: 6, rows: 5 } as const;
