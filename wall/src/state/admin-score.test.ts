import test from 'ava';
import type { ScoreRollup } from '../../../server/contracts/index.ts';
import { areaLines, GU_GRID, GU_TILES, latestScore, pulls, scoreColor, scoreText, statusTotals } from './admin-score.ts';
import type { PledgeBoard } from './admin-state.ts';

const rollup = (bucket: string, score: number | null, contributions: ScoreRollup['contributions'] = []): ScoreRollup => ({ bucket, asOf: `${bucket}-28`, scope: 'city', score, contributions });
const c = (indicator: string, weight: number, score: number) => ({ indicator, weight, period: '2025', level: 1, score, contribution: weight * score });

test('the latest month with a score; pulls against the target, largest first', (t) => {
  const r = rollup('2026-02', 0.8, [c('a', 0.5, 1.2), c('b', 0.3, 0.5), c('c', 0.2, 0.1), c('d', 0.1, 1)]);
  t.is(latestScore({ scope: 'city', grain: 'month', rollups: [rollup('2026-01', 0.7), r, rollup('2026-03', null)] }), r);
  t.is(latestScore(null), null);
  const p = pulls(r, 3);
  t.deepEqual(p.up.map((x) => x.indicator), ['a']);
  t.deepEqual(p.down.map((x) => x.indicator), ['c', 'b'], 'c pulls 0.18 down, b 0.15');
  t.true(Math.abs(p.up[0]!.pull - 0.1) < 1e-9);
  t.deepEqual(pulls(null, 3), { up: [], down: [] });
  t.is(scoreText(0.3656), '0.37');
  t.is(scoreText(null), '—');
  t.not(scoreColor(0.95), scoreColor(0.7));
  t.not(scoreColor(0.7), scoreColor(0.3));
});

test('tasks by area, worst first, with their counts', (t) => {
  const task = (id: string, area: 'safety' | 'jobs-economy', status: 'on-track' | 'at-risk' | 'off-track') => ({
    task: { id, area, vision: 'v', name: { ko: id, en: id }, department: { ko: 'd', en: 'd' }, indicators: [], milestones: [], budget: ['bp-sa-101'] },
    assessment: { task: id, asOf: '2026-01-01', status, pace: 1, indicators: [], milestones: { due: 0, done: 0, overdue: 0 }, reasons: [] },
  });
  const board: PledgeBoard = {
    asOf: '2026-01-01', name: { ko: 'p', en: 'p' }, years: [2023, 2026], visions: [],
    areas: [{ id: 'jobs-economy', name: { ko: 'j', en: 'j' } }, { id: 'safety', name: { ko: 's', en: 's' } }],
    tasks: [task('a', 'safety', 'on-track'), task('b', 'safety', 'off-track'), task('c', 'jobs-economy', 'at-risk')],
  };
  const lines = areaLines(board);
  t.deepEqual(lines.map((l) => [l.area, l.tasks.map((x) => x.id)]), [['jobs-economy', ['c']], ['safety', ['b', 'a']]]);
  t.deepEqual(lines[1]!.counts, { 'on-track': 1, 'at-risk': 0, 'off-track': 1 });
  t.deepEqual(statusTotals(board), { 'on-track': 1, 'at-risk': 1, 'off-track': 1 });
  t.deepEqual(areaLines(null), []);
});

test('the 25 gu tiles: every gu once, on distinct cells of the grid', (t) => {
  t.is(new Set(GU_TILES.map(([code]) => code)).size, 25);
  t.is(new Set(GU_TILES.map(([, col, row]) => `${col},${row}`)).size, 25);
  t.true(GU_TILES.every(([code, col, row]) => /^11\d{3}$/.test(code) && col < GU_GRID.cols && row < GU_GRID.rows));
});
