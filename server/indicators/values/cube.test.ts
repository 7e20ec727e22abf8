import test from 'ava';
import { aggregate, cellsOf, finestSize, fullSize, layoutOf } from './cube.ts';

test('the layout follows the dimensions; age bands of the indicator or all of them', (t) => {
  const none = layoutOf({ dimensions: [] }, ['11110', '11140']);
  t.deepEqual([none.districts, none.ages, none.genders], [['city'], ['all'], ['all']]);
  t.is(fullSize(none), 1);
  const all = layoutOf({ dimensions: ['district', 'age', 'gender'] }, ['11110', '11140']);
  t.is(all.ages.length, 9);
  t.is(finestSize(all), 2 * 9 * 2);
  t.is(fullSize(all), 3 * 10 * 3);
  const some = layoutOf({ dimensions: ['district', 'age'], ageBands: ['20-29', '30-39'] }, ['11110']);
  t.deepEqual(cellsOf(some).map((c) => `${c.district}/${c.age}/${c.gender}`), ['11110/20-29/all', '11110/30-39/all', '11110/all/all', 'city/20-29/all', 'city/30-39/all', 'city/all/all']);
});

test('margins are sums, or weighted means with weights', (t) => {
  const l = layoutOf({ dimensions: ['district', 'gender'] }, ['11110', '11140']);
  // finest: 11110 male, 11110 female, 11140 male, 11140 female
  const values = [1, 2, 3, 4];
  const cells = cellsOf(l).map((c) => `${c.district}/${c.gender}`);
  const sums = aggregate(l, values, null);
  const at = (xs: Float64Array, key: string) => xs[cells.indexOf(key)];
  t.is(at(sums, '11110/all'), 3);
  t.is(at(sums, 'city/female'), 6);
  t.is(at(sums, 'city/all'), 10);
  t.is(at(sums, '11140/male'), 3);
  const means = aggregate(l, values, [1, 3, 0, 0]);
  t.is(at(means, '11110/all'), (1 * 1 + 2 * 3) / 4);
  t.is(at(means, 'city/all'), 7 / 4);
  t.true(Number.isNaN(at(means, '11140/all') as number));
});
