import test from 'ava';
import fc from 'fast-check';
import type { Observation, PublicObservation } from '../contracts/indicator.ts';
import { linesOf, suppressSmallCells } from './suppress.ts';

const cell = (district: string, age: string, gender: string, value: number, indicator = 'traffic-deaths'): Observation =>
  ({ indicator, period: '2024', district, age, gender, value, released: '2025-03-31', revision: 0, synthetic: true }) as Observation;

/** A full cube with every margin: parts[d][a][g] plus all totals. */
const cube = (parts: number[][][], indicator = 'traffic-deaths'): Observation[] => {
  const ds = parts.map((_, i) => `111${String(i + 10)}`);
  const ages = ['0-9', '10-19', '20-29', '30-39'].slice(0, parts[0]?.length ?? 0);
  const gs = ['male', 'female'].slice(0, parts[0]?.[0]?.length ?? 0);
  const v = (d: number | null, a: number | null, g: number | null): number => {
    let s = 0;
    parts.forEach((pa, i) => pa.forEach((pg, j) => pg.forEach((x, k) => {
      if ((d === null || d === i) && (a === null || a === j) && (g === null || g === k)) s += x;
    })));
    return s;
  };
  const out: Observation[] = [];
  for (const d of [null, ...ds.keys()]) {
    for (const a of [null, ...ages.keys()]) {
      for (const g of [null, ...gs.keys()]) out.push(cell(d === null ? 'city' : (ds[d] as string), a === null ? 'all' : (ages[a] as string), g === null ? 'all' : (gs[g] as string), v(d, a, g), indicator));
    }
  }
  return out;
};

/** Independent check: a line (one dimension varies, its total present) with exactly one unknown gives it away. */
const derivable = (published: readonly PublicObservation[]): string[] => {
  const leaks: string[] = [];
  const dims = [['district', 'city'], ['age', 'all'], ['gender', 'all']] as const;
  for (const [dim, total] of dims) {
    const groups = new Map<string, PublicObservation[]>();
    for (const o of published) {
      const others = dims.filter(([d]) => d !== dim).map(([d]) => o[d]).join('/');
      groups.set(others, [...(groups.get(others) ?? []), o]);
    }
    for (const [others, members] of groups) {
      if (!members.some((o) => o[dim] === total) || members.length < 2) continue;
      const unknown = members.filter((o) => o.value === null);
      if (unknown.length === 1) leaks.push(`${dim} line ${others}: ${JSON.stringify(unknown[0])}`);
    }
  }
  return leaks;
};

const options = { k: 10, isCount: (id: string) => id === 'traffic-deaths' };

test('a small cell is withheld with a partner in its row and column, and the totals', (t) => {
  // two gu × two age bands × two genders: 3 is small; each line through it needs a second withheld cell
  const cells = cube([[[3, 40], [20, 30]], [[25, 50], [60, 70]]]);
  const out = suppressSmallCells(cells, options);
  t.deepEqual(derivable(out), []);
  const withheld = out.filter((o) => o.suppressed !== null);
  t.is(withheld.filter((o) => o.suppressed === 'primary').length, 1);
  t.true(withheld.length >= 4);
  t.true(out.every((o) => (o.suppressed === null) === (o.value !== null)));
  t.is(out.find((o) => o.district === 'city' && o.age === 'all' && o.gender === 'all')?.value, 298);
});

test('zero cells, large cells and other measures are published as they are', (t) => {
  const cells = cube([[[0, 12]], [[30, 44]]]);
  t.true(suppressSmallCells(cells, options).every((o) => o.suppressed === null && o.value !== null));
  const shares = cube([[[1, 2]], [[3, 4]]], 'employment-rate');
  t.true(suppressSmallCells(shares, options).every((o) => o.suppressed === null));
});

test('lines are built only where the total is present', (t) => {
  const cells = cube([[[5, 6]], [[7, 8]]]);
  // 2 gu × 1 band × 2 genders with margins: district lines 2 × 3, age lines 3 × 3, gender lines 3 × 2
  t.is(linesOf(cells).length, 6 + 9 + 6);
  // without the city total: no district lines; age lines 2 × 3, gender lines 2 × 2
  t.is(linesOf(cells.filter((o) => o.district !== 'city')).length, 6 + 4);
});

test('bad k is refused', (t) => {
  t.throws(() => suppressSmallCells([], { ...options, k: 0 }), { instanceOf: RangeError });
});

test('property: no withheld value can be derived from the published totals by one subtraction', (t) => {
  const count = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 10, max: 300 }));
  const shape = fc.record({ d: fc.integer({ min: 1, max: 5 }), a: fc.integer({ min: 1, max: 4 }), g: fc.integer({ min: 1, max: 2 }) });
  fc.assert(
    fc.property(
      shape.chain(({ d, a, g }) => fc.array(fc.array(fc.array(count, { minLength: g, maxLength: g }), { minLength: a, maxLength: a }), { minLength: d, maxLength: d })),
      (parts) => {
        const cells = cube(parts);
        const out = suppressSmallCells(cells, options);
        const primaryOk = out.every((o, i) => {
          const v = (cells[i] as Observation).value;
          return v > 0 && v < options.k ? o.suppressed === 'primary' : o.suppressed !== 'primary';
        });
        return primaryOk && derivable(out).length === 0;
      },
    ),
    { numRuns: 300, seed: 20250501 },
  );
  t.pass();
});
