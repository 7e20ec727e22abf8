import test from 'ava';
import { ownedDistricts } from './shards.ts';

test('every district has exactly one owner', (t) => {
  const all = Array.from({ length: 25 }, (_, i) => String(11000 + i * 10));
  const parts = [0, 1, 2].map((s) => ownedDistricts(all, 3, s));
  t.deepEqual(parts.flat().sort(), [...all].sort());
  t.is(new Set(parts.flat()).size, 25);
  t.deepEqual(ownedDistricts(all, 1, 0), [...all].sort());
});
