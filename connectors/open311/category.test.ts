import test from 'ava';
import { ComplaintCategorySchema } from '../../server/contracts/index.ts';
import { categoryOfServiceCode } from './category.ts';

test('service codes become category codes', (t) => {
  t.is(categoryOfServiceCode('road-pothole'), 'road-pothole', 'the platform’s own codes pass unchanged');
  t.is(categoryOfServiceCode('Road_Pothole'), 'road-pothole');
  t.is(categoryOfServiceCode('  Graffiti - Public / Bike rack '), 'graffiti-public-bike-rack');
  t.is(categoryOfServiceCode('ＡＢＣ１'), 'abc1', 'full-width letters are folded');
  t.is(categoryOfServiceCode('006'), 'service-006');
  t.is(categoryOfServiceCode('4fc9-b2'), 'service-4fc9-b2');
});

test('codes with nothing left, or too long, are null', (t) => {
  t.is(categoryOfServiceCode('도로파손'), null);
  t.is(categoryOfServiceCode('???'), null);
  t.is(categoryOfServiceCode('A'), 'service-a', 'the contract wants at least two characters');
  t.is(categoryOfServiceCode('x'.repeat(40)), 'x'.repeat(40));
  t.is(categoryOfServiceCode('x'.repeat(41)), null);
  t.is(categoryOfServiceCode('9'.repeat(33)), null, 'the prefix counts');
});

test('every code returned fits the contract', (t) => {
  for (const c of ['A', 'ab', '0', '01', 'a-b', '-a-', 'Z9', 'café', '1-2-3', 'x_y.z']) {
    const code = categoryOfServiceCode(c);
    if (code !== null) t.true(ComplaintCategorySchema.shape.code.safeParse(code).success, c);
  }
  t.is(categoryOfServiceCode('Café'), 'cafe', 'accents are dropped');
});
