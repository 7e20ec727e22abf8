import test from 'ava';
import { TaskAssessmentSchema, TaskSchema, type Indicator, type Observation, type Task } from '../contracts/indicator.ts';
import { assessTask, assessTasks, statusOf } from './status.ts';
import { headlineSeries } from './series.ts';

const indicator = (id: string, over: Partial<Indicator> = {}): Indicator =>
  ({
    id,
    frequency: 'annual',
    polarity: 'up',
    measure: 'count',
    baseline: { period: '2022', value: 100 },
    target: { value: 200, deadline: '2026' },
    ...over,
  }) as Indicator;
const yearly = (id: string, values: Record<string, number>): Observation[] =>
  Object.entries(values).map(([period, value]) => ({ indicator: id, period, district: 'city', age: 'all', gender: 'all', value, released: `${Number(period) + 1}-03-01`, revision: 0, synthetic: true }));
const task = (indicators: [string, number][], milestones: Task['milestones'] = []): Task =>
  TaskSchema.parse({ id: 'task', area: 'safety', vision: 'safe-city', name: { ko: '과제', en: 'Task' }, department: { ko: '과', en: 'Division' }, indicators: indicators.map(([indicator, weight]) => ({ indicator, weight })), milestones, budget: ['bp-sf-001'] });

const indicators = new Map([
  ['fast', indicator('fast')],
  ['slow', indicator('slow', { target: { value: 330, deadline: '2026' } })],
  ['late', indicator('late', { baseline: { period: '2020', value: 100 }, target: { value: 200, deadline: '2024' } })],
  ['old', indicator('old', { baseline: { period: '2025', value: 100 } })],
  ['down', indicator('down', { polarity: 'down', baseline: { period: '2022', value: 20 }, target: { value: 10, deadline: '2026' } })],
]);
const observations = [
  ...yearly('fast', { 2022: 100, 2023: 125, 2024: 150, 2025: 175 }),
  ...yearly('slow', { 2022: 100, 2023: 125, 2024: 150, 2025: 175 }),
  ...yearly('late', { 2020: 100, 2024: 190, 2025: 195 }),
  ...yearly('old', { 2024: 100, 2025: 100 }),
  ...yearly('down', { 2022: 20, 2025: 14 }),
];
const series = headlineSeries(observations);
const on = (t: Task, date: string) => TaskAssessmentSchema.parse(assessTask(t, indicators, series, date));

test('on pace: progress against the share of time gone by the middle of the latest period', (t) => {
  const a = on(task([['fast', 1]]), '2026-12-07');
  t.is(a.status, 'on-track');
  t.like(a.indicators[0], { period: '2025', level: 175, progress: 0.75 });
  t.true(Math.abs((a.indicators[0]?.expected ?? 0) - 0.6253) < 0.001);
  t.true(Math.abs((a.pace ?? 0) - 0.75 / 0.6253) < 0.01);
  t.deepEqual(a.reasons, []);
  t.is(on(task([['down', 1]]), '2026-12-07').status, 'on-track');
});

test('what was known on the date decides: before the 2025 value was out, 2024 counted', (t) => {
  const a = on(task([['fast', 1]]), '2026-02-28');
  t.is(a.indicators[0]?.period, '2024');
  t.is(a.indicators[0]?.progress, 0.5);
});

test('behind pace: at risk, then off track; weights mix indicators', (t) => {
  t.like(on(task([['slow', 1]]), '2026-12-07'), { status: 'off-track', reasons: ['far-behind-pace'] });
  const mixed = on(task([['fast', 1], ['slow', 1]]), '2026-12-07');
  t.is(mixed.status, 'at-risk');
  t.deepEqual(mixed.reasons, ['behind-pace']);
});

test('milestones: one overdue puts a task at risk, two off track; late ones count as done when done', (t) => {
  const ms = [
    { name: { ko: 'a', en: 'a' }, due: '2024-06-30', done: '2024-08-01' },
    { name: { ko: 'b', en: 'b' }, due: '2025-06-30' },
    { name: { ko: 'c', en: 'c' }, due: '2026-06-30' },
    { name: { ko: 'd', en: 'd' }, due: '2027-06-30' },
  ];
  const one = on(task([['fast', 1]], ms), '2025-12-31');
  t.deepEqual(one.milestones, { due: 2, done: 1, overdue: 1 });
  t.like(one, { status: 'at-risk', reasons: ['milestone-overdue'] });
  const before = on(task([['fast', 1]], ms), '2024-07-15');
  t.deepEqual(before.milestones, { due: 1, done: 0, overdue: 1 });
  t.like(on(task([['fast', 1]], ms), '2026-12-07'), { status: 'off-track', reasons: ['milestones-overdue'] });
});

test('no value since the baseline: at risk for want of data; a passed deadline short of target: off track', (t) => {
  t.like(on(task([['old', 1]]), '2026-12-07'), { status: 'at-risk', pace: null, reasons: ['no-data'] });
  t.like(on(task([['fast', 1]]), '2023-01-15'), { status: 'at-risk', reasons: ['no-data'] });
  const late = on(task([['late', 1]]), '2026-12-07');
  t.is(late.indicators[0]?.expected, 1);
  t.true(late.reasons.includes('deadline-missed'));
  t.is(late.status, 'off-track');
});

test('status rules on their own', (t) => {
  t.deepEqual(statusOf(1, 0, false), { status: 'on-track', reasons: [] });
  t.deepEqual(statusOf(0.89, 0, false), { status: 'at-risk', reasons: ['behind-pace'] });
  t.deepEqual(statusOf(0.59, 0, false), { status: 'off-track', reasons: ['far-behind-pace'] });
  t.deepEqual(statusOf(null, 2, false), { status: 'off-track', reasons: ['no-data', 'milestones-overdue'] });
});

test('a status cannot be typed into the plan: the task schema drops it', (t) => {
  const typed = { ...task([['fast', 1]]), status: 'on-track' };
  t.false('status' in TaskSchema.parse(typed));
  t.is(assessTasks([task([['slow', 1]])], indicators, observations, '2026-12-07')[0]?.status, 'off-track');
  t.throws(() => on(task([['missing', 1]]), '2026-12-07'), { instanceOf: RangeError });
});
