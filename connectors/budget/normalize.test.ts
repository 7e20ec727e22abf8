import test from 'ava';
import { BudgetExecutionSchema } from '../../server/contracts/budget.ts';
import { EventEnvelopeSchema } from '../../server/contracts/index.ts';
import { RecordRejectedError } from '../_kit/errors.ts';
import { endOfKstDay, normalizeBudget } from './normalize.ts';
import type { BudgetRecord } from './parse.ts';

const ctx = { source: 'budget', pageUrl: 'http://x', runStartedAt: 0 };
const rec = (over: Partial<BudgetRecord> = {}): BudgetRecord => ({
  program: 'bp-ge-101', name: { ko: '사업', en: 'Programme' }, department: { ko: '여성정책담당관', en: "Women's Policy Division" }, account: 'general',
  month: '2025-11', asOf: '2025-11-14', budget: 7_775_889_000, allocated: 6_609_506_000, executed: 4_000_000_000, rate: 51.44, synthetic: false, ...over,
});

test('one city-wide event per programme-month, keyed by programme, month and day, synthetic', (t) => {
  const [e, ...rest] = normalizeBudget(rec(), ctx);
  t.is(rest.length, 0);
  t.deepEqual(e, {
    v: 1, id: 'budget:bp-ge-101:2025-11:2025-11-14', source: 'budget', kind: 'budget.executed', observedAt: '2025-11-14T15:00:00.000Z',
    entity: 'budget-program:bp-ge-101', district: null,
    payload: {
      program: 'bp-ge-101', name: { ko: '사업', en: 'Programme' }, department: { ko: '여성정책담당관', en: "Women's Policy Division" }, account: 'general',
      month: '2025-11', asOf: '2025-11-14', budget: 7_775_889_000, allocated: 6_609_506_000, executed: 4_000_000_000, executionRate: 51.44, synthetic: true,
    },
  });
  t.notThrows(() => EventEnvelopeSchema.parse(e));
  t.notThrows(() => BudgetExecutionSchema.parse(e!.payload));
  t.is(endOfKstDay('2025-12-31'), '2025-12-31T15:00:00.000Z');
});

test('the rate is recomputed from the amounts; a programme without budget has rate 0', (t) => {
  t.is((normalizeBudget(rec({ rate: 51.4 }), ctx)[0]!.payload as { executionRate: number }).executionRate, 51.44);
  t.is((normalizeBudget(rec({ budget: 0, allocated: 0, executed: 0, rate: 0 }), ctx)[0]!.payload as { executionRate: number }).executionRate, 0);
});

test('a record that does not fit the contract is rejected', (t) => {
  t.throws(() => normalizeBudget(rec({ asOf: '2025-12-01' }), ctx), { instanceOf: RecordRejectedError, message: /bp-ge-101 of 2025-11 does not fit the contract: asOf asOf must fall in the month/ });
  t.throws(() => normalizeBudget(rec({ allocated: 8e9 }), ctx), { instanceOf: RecordRejectedError, message: /must not exceed the budget/ });
  t.throws(() => normalizeBudget(rec({ executed: 8e9 }), ctx), { instanceOf: RecordRejectedError, message: /executionRate/ });
});
