import test from 'ava';
import { progressReader, type ProgressBlock } from './progress.ts';

const BLOCK = 'frame=42\nfps=15.00\nstream_0_0_q=-1.0\nbitrate= 512.0kbits/s\nout_time_us=2800000\nout_time_ms=2800000\nspeed=1.00x\nprogress=continue\n';

test('a block is reported once its progress line arrives, however the chunks split it', (t) => {
  const blocks: ProgressBlock[] = [];
  const feed = progressReader((b) => blocks.push(b));
  const all = BLOCK + BLOCK.replace('frame=42', 'frame=57').replace('progress=continue', 'progress=end');
  for (let i = 0; i < all.length; i += 7) feed(all.slice(i, i + 7));
  t.deepEqual(blocks, [
    { frame: 42, outTimeUs: 2_800_000, end: false },
    { frame: 57, outTimeUs: 2_800_000, end: true },
  ]);
});

test('missing or unreadable values are null; stray lines are ignored', (t) => {
  const blocks: ProgressBlock[] = [];
  const feed = progressReader((b) => blocks.push(b));
  feed('garbage\r\nframe=N/A\r\nout_time_us=N/A\r\nprogress=continue\r\n');
  feed('frame=3\n');
  t.deepEqual(blocks, [{ frame: null, outTimeUs: null, end: false }]);
});
