import test from 'ava';
import { childrenOf, parseProcStat, readProcStat, treeCpuSeconds } from './proc-stat.ts';

test('a stat line is read after the command name, whatever it holds', (t) => {
  const line = '4242 (ffmpeg (relay) x) S 4200 4242 4200 0 -1 4194304 1234 0 0 0 150 37 12 8 20 0 3 0 99999 123456789 2048 18446744073709551615 0 0 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0';
  t.deepEqual(parseProcStat(line), { pid: 4242, ppid: 4200, ownTicks: 187, reapedChildTicks: 20 });
  t.throws(() => parseProcStat('garbage'));
});

test('this process and its parent are found in /proc', (t) => {
  const self = readProcStat(process.pid);
  t.truthy(self);
  t.is(self!.ppid, process.ppid);
  t.true(childrenOf(process.ppid).some((c) => c.pid === process.pid));
  t.true((treeCpuSeconds(process.pid)?.self ?? 0) > 0);
  t.is(readProcStat(2 ** 30), null);
});
