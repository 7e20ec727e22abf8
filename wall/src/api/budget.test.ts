import test from 'ava';
import nock from 'nock';
import { OpenAPIHono } from '@hono/zod-openapi';
import { memoryBudgetPort } from '../../../server/http/routes/budget-memory.ts';
import { registerBudgetRoutes } from '../../../server/http/routes/budget.ts';
import { budgetRows } from '../../testing/budget-fixtures.ts';
import { BudgetQueryError, fetchBudget } from './budget.ts';
import { ApiError } from './rest.ts';

const BASE = 'http://wall.test';
nock.disableNetConnect();
test.after.always(() => nock.cleanAll());

/** The route's own answers over three months of the simulated finance system. */
function budgetApi() {
  const app = new OpenAPIHono();
  registerBudgetRoutes(app, { budget: memoryBudgetPort(budgetRows({ year: 2026, through: { month: 3, day: 10 } })), now: () => Date.parse('2026-03-11T00:00:00Z') });
  nock(BASE).get('/api/v1/budget').query(true).times(2).reply(async (uri) => {
    const res = await app.request(uri);
    return [res.status, await res.text(), { 'content-type': 'application/json' }];
  });
}

test.serial('the newest month, or one month of a year, as the route answers', async (t) => {
  budgetApi();
  const newest = await fetchBudget(BASE);
  t.like(newest, { year: 2026, month: '2026-03', asOf: '2026-03-10', synthetic: true });
  t.true(newest.departments.length > 30 && newest.city.budget > 40e12);
  t.is(newest.city.executed, newest.departments.reduce((s, d) => s + d.executed, 0));
  const february = await fetchBudget(BASE, { year: 2026, month: 2 });
  t.like(february, { month: '2026-02', asOf: '2026-02-28' });
  t.true(february.city.executed < newest.city.executed);
});

test.serial('a month that is not one is refused before asking; an answer of another shape is an ApiError', async (t) => {
  await t.throwsAsync(fetchBudget(BASE, { year: 2026, month: 13 }), { instanceOf: BudgetQueryError, message: /2026-13/ });
  nock(BASE).get('/api/v1/budget').reply(200, { year: 2026, month: 'March' });
  await t.throwsAsync(fetchBudget(BASE), { instanceOf: ApiError, message: /unexpected response/ });
  nock(BASE).get('/api/v1/budget').query({ year: '1999', month: '1' }).reply(400, { title: 'Bad Request', detail: 'year: too small' });
  const err = await t.throwsAsync(fetchBudget(BASE, { year: 1999, month: 1 }), { instanceOf: ApiError });
  t.is(err?.status, 400);
});
