import test from 'ava';
import { readFile } from 'node:fs/promises';
import { isSeoulGu, SEOUL_GU_CODES } from './districts.ts';

test('the gu codes are exactly those of the reference layer', async (t) => {
  const file = new URL('../../db/reference/districts.json', import.meta.url);
  const reference = (JSON.parse(await readFile(file, 'utf8')) as { code: string }[]).map((d) => d.code).sort();
  t.deepEqual([...SEOUL_GU_CODES].sort(), reference);
  t.is(reference.length, 25);
  t.true(isSeoulGu('11680'));
  t.false(isSeoulGu('11000'));
  t.false(isSeoulGu('26110'));
});
