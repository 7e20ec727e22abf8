import test from 'ava';
import { pino } from 'pino';
import { createSnapshotWriter, type Snapshot } from './snapshot-writer.ts';

const log = pino({ level: 'silent' });

test('coalesces per channel and retries after a failed save', async (t) => {
  const saved: Snapshot[][] = [];
  let fail = true;
  const w = createSnapshotWriter({
    log,
    intervalMs: 60_000,
    save: async (items) => {
      if (fail) {
        fail = false;
        throw new Error('db down');
      }
      saved.push(items);
    },
  });
  w.queue('a/b/c', 1, new Date(1));
  w.queue('a/b/c', 2, new Date(2));
  w.queue('a/b/d', 3, new Date(3));
  await w.flush(); // fails, kept
  w.queue('a/b/d', 4, new Date(4)); // newer value wins over the retried one
  await w.stop();
  t.deepEqual(saved.length, 1);
  t.deepEqual(saved[0]?.map((s) => [s.channel, s.data]).sort(), [['a/b/c', 2], ['a/b/d', 4]]);
});
