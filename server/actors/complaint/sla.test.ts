import test from 'ava';
import { ComplaintCategoriesError, DEFAULT_SLA_DAYS, slaLookup } from './sla.ts';
import { CATEGORIES } from './testing.ts';

test('the answer time of a listed category, and 7 days for any other', (t) => {
  const sla = slaLookup(CATEGORIES);
  t.deepEqual(['illegal-parking', 'road-damage', 'noise', 'stray-cats'].map(sla), [7, 3, 14, DEFAULT_SLA_DAYS]);
  t.is(DEFAULT_SLA_DAYS, 7);
  t.is(slaLookup([])('noise'), 7);
});

test('a bad list is refused with a clear error', (t) => {
  const first = CATEGORIES[0];
  if (first === undefined) return t.fail();
  t.throws(() => slaLookup([first, { ...first, slaDays: 3 }]), { instanceOf: ComplaintCategoriesError, message: /illegal-parking is listed twice/ });
  t.throws(() => slaLookup([{ ...first, slaDays: 0 }]), { instanceOf: ComplaintCategoriesError, message: /0\.slaDays/ });
});
