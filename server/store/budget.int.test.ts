import test from 'ava';
import { migratedTempDatabase } from '../../db/testing/temp-database.ts';
import { executionRateOf, type BudgetExecution } from '../contracts/budget.ts';
import type { EventEnvelope } from '../contracts/index.ts';
import { cityTotalsOf, curvesOf, departmentTotalsOf } from './budget-summary.ts';
import { applyBudgetEvents, executionByDepartment, executionByProgram, executionOfMonth, latestBudgetMonth, upsertBudgetExecution } from './budget.ts';

const JOBS = { ko: '일자리정책과', en: 'Job Policy Division' };
const WOMEN = { ko: '여성정책담당관', en: "Women's Policy Division" };
const ROADS = { ko: '도로관리과', en: 'Road Management Division' };
const PROGRAMS = [
  { program: 'bp-je-101', department: JOBS, account: 'general', budget: 118_006_436_000 },
  { program: 'bp-je-102', department: JOBS, account: 'general', budget: 52_000_000_000 },
  { program: 'bp-ge-101', department: WOMEN, account: 'fund', budget: 7_775_889_000 },
  { program: 'bp-roads-201', department: ROADS, account: 'general', budget: 310_500_000_000 },
  { program: 'bp-roads-202', department: ROADS, account: 'special', budget: 90_250_000_000 },
] as const;
const days = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Cumulative figures rising month by month, a share of a thousand per programme and month. */
const row = (p: (typeof PROGRAMS)[number], k: number, year: number, month: number, day = days(year, month)): BudgetExecution => {
  const share = Math.min(1, (month / 12) ** (1 + k / 4) * (day / days(year, month) * 0.1 + 0.9));
  const executed = Math.round((p.budget * share * 0.9) / 1000) * 1000;
  return {
    ...p, name: { ko: `사업 ${p.program}`, en: `Programme ${p.program}` }, month: `${year}-${String(month).padStart(2, '0')}`,
    asOf: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, allocated: Math.max(executed, Math.round(p.budget * Math.ceil(month / 3) / 4)),
    executed, executionRate: executionRateOf(executed, p.budget), synthetic: true,
  };
};
const DATA = [
  ...PROGRAMS.flatMap((p, k) => Array.from({ length: 12 }, (_, m) => row(p, k, 2024, m + 1))),
  ...PROGRAMS.slice(0, 4).flatMap((p, k) => [1, 2].map((m) => row(p, k, 2025, m))),
];
const event = (r: BudgetExecution, payload: unknown = r): EventEnvelope => ({
  v: 1, id: `budget:${r.program}:${r.month}:${r.asOf}`, source: 'budget', kind: 'budget.executed', observedAt: `${r.asOf}T15:00:00.000Z`, entity: `budget-program:${r.program}`, district: null, payload,
});

test('store and read back: totals per department, programmes of a month, curves; the same as the pure summary', async (t) => {
  const { db, done } = await migratedTempDatabase();
  try {
    t.is(await upsertBudgetExecution(db, DATA), DATA.length);
    t.is(await latestBudgetMonth(db, 2024), '2024-12');
    t.is(await latestBudgetMonth(db, 2023), null);
    const dec = DATA.filter((r) => r.month === '2024-12');
    const byDept = await executionByDepartment(db, { year: 2024 });
    t.like(byDept, { month: '2024-12', asOf: '2024-12-31', synthetic: true });
    t.deepEqual(byDept.departments, departmentTotalsOf(dec));
    t.deepEqual(byDept.departments.map((d) => d.department.ko), ['도로관리과', '일자리정책과', '여성정책담당관']);
    t.is(cityTotalsOf(byDept.departments).budget, PROGRAMS.reduce((s, p) => s + p.budget, 0));
    t.deepEqual((await executionByDepartment(db, { year: 2024, month: '2024-06' })).departments, departmentTotalsOf(DATA.filter((r) => r.month === '2024-06')));
    t.deepEqual(await executionByDepartment(db, { year: 2023 }), { month: null, asOf: null, synthetic: false, departments: [] });
    t.like(await executionByDepartment(db, { year: 2025 }), { month: '2025-02' });

    const month = await executionOfMonth(db, { month: '2024-12' });
    t.deepEqual(month, [...dec].sort((a, b) => b.budget - a.budget));
    t.deepEqual((await executionOfMonth(db, { month: '2024-12', department: 'Job Policy Division' })).map((r) => r.program), ['bp-je-101', 'bp-je-102']);
    t.deepEqual(await executionOfMonth(db, { month: '2024-12', department: '없는과' }), []);

    const curves = await executionByProgram(db, { year: 2024 });
    t.deepEqual(curves, curvesOf(DATA, 2024));
    t.is(curves.length, 5);
    t.true(curves.every((c) => c.months.length === 12 && c.months.every((m, k) => k === 0 || m.executed >= c.months[k - 1]!.executed)));
    const some = await executionByProgram(db, { year: 2025, programs: ['bp-ge-101', 'bp-roads-202', 'bp-none'] });
    t.deepEqual(some.map((c) => [c.program.id, c.months.length]), [['bp-ge-101', 2]]);
    t.deepEqual(await executionByProgram(db, { year: 2025, programs: [] }), []);
  } finally {
    await done();
  }
});

test('events: a running month moves forward, never back; invalid payloads are reported, not stored', async (t) => {
  const { db, done } = await migratedTempDatabase();
  try {
    const p = PROGRAMS[0];
    const day10 = row(p, 0, 2025, 3, 10);
    const day20 = row(p, 0, 2025, 3, 20);
    t.true(day20.executed > day10.executed);
    t.deepEqual(await applyBudgetEvents(db, [event(day10)]), { applied: 1, invalid: [] });
    await applyBudgetEvents(db, [event(day20), event(day10)]);
    t.deepEqual(await executionOfMonth(db, { month: '2025-03' }), [{ ...day20 }], 'the later day of a batch wins');
    await applyBudgetEvents(db, [event(day10)]);
    t.deepEqual(await executionOfMonth(db, { month: '2025-03' }), [{ ...day20 }], 'an earlier day never replaces a later one');
    const other = { ...event(day10), kind: 'complaint.filed' };
    const bad = event(day10, { ...day10, executed: day10.budget + 1 });
    const r = await applyBudgetEvents(db, [other, bad]);
    t.is(r.applied, 0);
    t.is(r.invalid.length, 1);
    t.regex(r.invalid[0]!, /^budget:bp-je-101:2025-03:2025-03-10: /);
    await t.throwsAsync(upsertBudgetExecution(db, [{ ...day10, month: '2025-13' }]));
  } finally {
    await done();
  }
});
