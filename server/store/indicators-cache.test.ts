import test from 'ava';
import type { Observation } from '../contracts/indicator.ts';
import { cachedCube, type CubeQuery } from './indicators-cache.ts';

const q = (indicator: string, asOf = '2026-01-01'): CubeQuery => ({ indicator, asOf, smallBelow: 5 });

function setup(max?: number) {
  const reads: string[] = [];
  const versions = new Map<string, string>();
  const cube = cachedCube({
    read: async (x) => {
      reads.push(`${x.indicator}@${x.asOf}`);
      return [] as Observation[];
    },
    version: async (id) => versions.get(id) ?? 'v1',
    ...(max === undefined ? {} : { max }),
  });
  return { reads, versions, cube };
}

test('a cube is read once per data version and date', async (t) => {
  const { reads, versions, cube } = setup();
  await cube(q('births'));
  await cube(q('births'));
  await cube(q('births', '2025-06-30'));
  t.deepEqual(reads, ['births@2026-01-01', 'births@2025-06-30']);
  versions.set('births', 'v2');
  await cube(q('births'));
  t.deepEqual(reads.length, 3, 'a new release is read again');
});

test('the least recently used cube goes first; a failed read is not kept', async (t) => {
  const { reads, cube } = setup(2);
  await cube(q('a'));
  await cube(q('b'));
  await cube(q('a'));
  await cube(q('c')); // drops b
  await cube(q('a'));
  await cube(q('b'));
  t.deepEqual(reads, ['a@2026-01-01', 'b@2026-01-01', 'c@2026-01-01', 'b@2026-01-01']);

  let fail = true;
  const flaky = cachedCube({ read: async () => { if (fail) throw new Error('down'); return []; }, version: async () => 'v' });
  await t.throwsAsync(flaky(q('a')), { message: 'down' });
  fail = false;
  t.deepEqual(await flaky(q('a')), []);
});
