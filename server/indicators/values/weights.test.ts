import test from 'ava';
import { bandIndex, loadPopulationWeights, toNineBands, weightsFromPopulation } from './weights.ts';

test('ten bands become nine: 80–89 and 90+ join', (t) => {
  t.deepEqual(toNineBands([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), [1, 2, 3, 4, 5, 6, 7, 8, 19]);
  t.throws(() => toNineBands([1, 2]), { instanceOf: RangeError });
  t.is(bandIndex('80+'), 8);
});

test('weights per gu from the population layer; the committed one has the 25 gu', async (t) => {
  const w = weightsFromPopulation({ districts: [{ code: '11110', maleByAge: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1], femaleByAge: [2, 2, 2, 2, 2, 2, 2, 2, 2, 2] }] });
  t.deepEqual(w.get('11110'), { male: [1, 1, 1, 1, 1, 1, 1, 1, 2], female: [2, 2, 2, 2, 2, 2, 2, 2, 4] });
  const committed = await loadPopulationWeights();
  t.is(committed.size, 25);
  const total = [...committed.values()].reduce((s, r) => s + [...r.male, ...r.female].reduce((a, b) => a + b, 0), 0);
  t.is(total, 9_331_860);
});
