import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'ava';
import { populationLoader } from './population.ts';

test('the committed reference gives the city totals of 2025-04 with their source', async (t) => {
  const p = await populationLoader()();
  t.is(p.asOf, '2025-04');
  t.is(p.total, p.male + p.female);
  t.true(p.total > 9_000_000 && p.total < 10_000_000);
  t.regex(p.source, /resident registration/);
});

test('a file that is not the reference layer is refused', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'scpm-pop-'));
  const file = join(dir, 'population.json');
  writeFileSync(file, JSON.stringify({ asOf: 'April', city: {} }));
  await t.throwsAsync(populationLoader(file)());
});
