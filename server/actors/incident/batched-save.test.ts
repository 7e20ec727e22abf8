import test from 'ava';
import type { Incident } from '../../contracts/index.ts';
import { sleep } from '../runtime/testing.ts';
import { batchedSave } from './batched-save.ts';
import { foldAll, reported } from './testing.ts';

const inc = (n: string): Incident => foldAll([reported(n)]);

test('saves close together go out as one write; each caller learns its outcome', async (t) => {
  const writes: string[][] = [];
  const save = batchedSave(async (list) => void writes.push(list.map((i) => i.id)), { maxDelayMs: 10 });
  await Promise.all([save(inc('1')), save(inc('2')), save(inc('3'))]);
  await save(inc('4'));
  t.deepEqual(writes, [['fire-119:1', 'fire-119:2', 'fire-119:3'], ['fire-119:4']]);
});

test('a full batch goes at once; one write at a time, in order', async (t) => {
  const log: string[] = [];
  let inFlight = 0;
  const save = batchedSave(async (list) => {
    inFlight += 1;
    t.is(inFlight, 1);
    log.push(list.map((i) => i.id.slice(-1)).join(''));
    await sleep(15);
    inFlight -= 1;
  }, { maxBatch: 2, maxDelayMs: 1000 });
  const started = Date.now();
  await Promise.all(['1', '2', '3', '4', '5'].map((n) => save(inc(n))).slice(0, 4));
  t.true(Date.now() - started < 500, 'full batches do not wait for the delay');
  t.deepEqual(log, ['12', '34']);
});

test('a failed write rejects the saves it carried, and only those', async (t) => {
  let fail = true;
  const save = batchedSave(async () => {
    if (fail) throw new Error('database down');
  }, { maxDelayMs: 1 });
  const a = save(inc('1'));
  const b = save(inc('2'));
  await t.throwsAsync(a, { message: 'database down' });
  await t.throwsAsync(b, { message: 'database down' });
  fail = false;
  await t.notThrowsAsync(save(inc('3')));
});
