import test from 'ava';
import { COMPLAINT_CATEGORIES } from '../../../server/complaints/categories.ts';
import { categoryName, COMPLAINT_CATEGORY_INFO, slaDaysOf } from './complaint-categories.ts';

test('the wall names every category as the complaint service defines it, with its answer time', (t) => {
  t.deepEqual(
    COMPLAINT_CATEGORY_INFO,
    Object.fromEntries(COMPLAINT_CATEGORIES.map((c) => [c.code, { name: { ko: c.name.ko, en: c.name.en }, slaDays: c.slaDays }])),
  );
});

test('names by language; an unknown code shows as it came', (t) => {
  t.is(categoryName('noise', 'ko'), '소음');
  t.is(categoryName('illegal-parking', 'en'), 'Illegal parking');
  t.is(categoryName('potholes-xyz', 'en'), 'potholes-xyz');
  t.is(slaDaysOf('road-damage'), 3);
  t.is(slaDaysOf('potholes-xyz'), null);
});
