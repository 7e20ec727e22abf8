import test from 'ava';
import { buildCatalogue, BudgetCatalogueError, loadPlan } from './catalogue.ts';
import { DEPARTMENTS } from './departments.ts';

const plan = loadPlan();

test('every programme the plan links to a task is in the catalogue, with the task\'s department', (t) => {
  const catalogue = buildCatalogue(plan, 2021);
  const byId = new Map(catalogue.map((p) => [p.id, p]));
  for (const task of plan.tasks) {
    for (const id of task.budget) {
      const p = byId.get(id);
      t.truthy(p, id);
      t.deepEqual(p?.department, task.department, id);
      t.is(p?.task, task.id);
      t.is(p?.firstYear, plan.years[0]);
    }
  }
  t.true(catalogue.length >= 180 && catalogue.length <= 230, `${catalogue.length}`);
  t.true(DEPARTMENTS.length >= 40);
  t.is(new Set(DEPARTMENTS.map((d) => d.code)).size, DEPARTMENTS.length);
  t.is(new Set(DEPARTMENTS.map((d) => d.ko)).size, DEPARTMENTS.length);
  t.deepEqual([...new Set(catalogue.map((p) => p.account))].sort(), ['fund', 'general', 'special']);
});

test('an unknown plan department or a repeated id is refused', (t) => {
  const task = { ...plan.tasks[0]!, department: { ko: '없는과', en: 'No Division' } };
  t.throws(() => buildCatalogue({ ...plan, tasks: [task] }, 2021), { instanceOf: BudgetCatalogueError, message: /no department 없는과/ });
  t.throws(() => buildCatalogue({ ...plan, tasks: [plan.tasks[0]!, { ...plan.tasks[1]!, budget: ['bp-je-101'] }] }, 2021), { message: /bp-je-101 appears twice/ });
});
