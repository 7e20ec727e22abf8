import test from 'ava';
import { z } from 'zod';
import { ComplaintCategorySchema } from '../contracts/index.ts';
import { categoryByCode, categoryByName, COMPLAINT_CATEGORIES } from './categories.ts';

test('every category fits the contract as it stands (no defaults filled in)', (t) => {
  const parsed = z.array(ComplaintCategorySchema).parse(COMPLAINT_CATEGORIES);
  t.deepEqual(parsed, COMPLAINT_CATEGORIES.map((c) => ({ ...c })));
  t.true(COMPLAINT_CATEGORIES.length >= 16 && COMPLAINT_CATEGORIES.length <= 24, `${COMPLAINT_CATEGORIES.length}`);
});

test('codes and Korean names are unique; each has Korean and English keywords', (t) => {
  t.is(new Set(COMPLAINT_CATEGORIES.map((c) => c.code)).size, COMPLAINT_CATEGORIES.length);
  t.is(new Set(COMPLAINT_CATEGORIES.map((c) => c.name.ko)).size, COMPLAINT_CATEGORIES.length);
  t.is(new Set(COMPLAINT_CATEGORIES.map((c) => c.name.en)).size, COMPLAINT_CATEGORIES.length);
  for (const c of COMPLAINT_CATEGORIES) {
    t.true(c.keywords.some((k) => /[가-힣]/.test(k)) && c.keywords.some((k) => /^[a-z -]+$/i.test(k)), c.code);
    t.regex(c.department.ko, /(과|본부)/, c.code);
  }
});

test('answer periods: 7 days for most, 3 or 14 for some', (t) => {
  const days = COMPLAINT_CATEGORIES.map((c) => c.slaDays);
  t.true(days.every((d) => [3, 7, 14].includes(d)));
  const sevens = days.filter((d) => d === 7).length;
  t.true(sevens > days.length / 2, `${sevens} of ${days.length} at 7 days`);
  t.is(categoryByCode('illegal-parking')?.slaDays, 3);
  t.is(categoryByCode('tax-fines')?.slaDays, 14);
});

test('lookups by code and by Korean name', (t) => {
  t.is(categoryByCode('illegal-parking')?.department.en, 'Traffic Enforcement Division');
  t.is(categoryByCode('noise')?.name.ko, '소음');
  t.is(categoryByCode('nope'), undefined);
  t.is(categoryByName(' 불법주정차 ')?.code, 'illegal-parking');
  t.is(categoryByName('제설')?.code, 'snow-removal');
  t.is(categoryByName('기타'), undefined);
  t.true(Object.isFrozen(COMPLAINT_CATEGORIES) && Object.isFrozen(COMPLAINT_CATEGORIES[0]));
});
