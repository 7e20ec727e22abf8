import test from 'ava';
import { readFile } from 'node:fs/promises';
import { PLAN_AREAS, PlanSchema, type Plan } from '../contracts/indicator.ts';
import { checkPlan, loadCatalogue, loadPlan, PLAN_FILE, PlanError } from './catalogue.ts';

test('the plan: 5 visions, 29 tasks in the 6 areas, every task linked to catalogue indicators', async (t) => {
  const catalogue = await loadCatalogue();
  const plan = await loadPlan(catalogue);
  t.is(plan.visions.length, 5);
  t.is(plan.tasks.length, 29);
  t.deepEqual(plan.areas.map((a) => a.id).sort(), [...PLAN_AREAS].sort());
  for (const v of plan.visions) t.true(plan.tasks.some((x) => x.vision === v.id), `vision ${v.id} has tasks`);
  const ids = new Set(catalogue.indicators.map((i) => i.id));
  t.true(plan.tasks.every((x) => x.indicators.every((i) => ids.has(i.indicator))));
});

test('the gender-equality area has Seoul’s five tasks', async (t) => {
  const plan = await loadPlan(await loadCatalogue());
  t.deepEqual(
    plan.tasks.filter((x) => x.area === 'gender-equality').map((x) => x.id),
    ['women-economic-participation', 'safe-city-for-women', 'work-life-balance', 'gender-equal-culture', 'women-representation'],
  );
});

test('budget programmes are not shared between tasks; milestones fall in the plan years', async (t) => {
  const plan = await loadPlan(await loadCatalogue());
  const programmes = plan.tasks.flatMap((x) => x.budget);
  t.is(new Set(programmes).size, programmes.length);
  const [from, to] = plan.years;
  for (const m of plan.tasks.flatMap((x) => x.milestones)) {
    t.true(Number(m.due.slice(0, 4)) >= from && Number(m.due.slice(0, 4)) <= to, m.name.en);
  }
});

test('broken references are refused with every problem named', async (t) => {
  const catalogue = await loadCatalogue();
  const raw = PlanSchema.parse(JSON.parse(await readFile(PLAN_FILE, 'utf8')));
  const [first, ...rest] = raw.tasks as [Plan['tasks'][number], ...Plan['tasks']];
  const bad: Plan = { ...raw, tasks: [{ ...first, indicators: [{ indicator: 'no-such-indicator', weight: 1 }] }, ...rest.filter((x) => x.area !== 'safety')] };
  const err = t.throws(() => checkPlan(bad, catalogue), { instanceOf: PlanError });
  t.regex(err?.message ?? '', /no indicator no-such-indicator/);
  t.regex(err?.message ?? '', /area safety has no task/);
  t.false(PlanSchema.safeParse({ ...raw, tasks: [{ ...first, vision: 'nowhere' }, ...rest] }).success);
  t.false(PlanSchema.safeParse({ ...raw, tasks: [first, first, ...rest] }).success);
});
