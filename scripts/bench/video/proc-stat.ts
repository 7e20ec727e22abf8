/**
 * @module scripts/bench/video/proc-stat
 * CPU time of processes from Linux's /proc: `/proc/<pid>/stat` user and system time of a process,
 * the time of its children it has already reaped, and the processes whose parent it is.
 * `parseProcStat` is pure; the readers return null for a process that is gone.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcStat {
  pid: number;
  ppid: number;
  /** utime + stime, in clock ticks. */
  ownTicks: number;
  /** cutime + cstime: children this process has waited for, in clock ticks. */
  reapedChildTicks: number;
}

/** Reads one `/proc/<pid>/stat` line (the command name may hold spaces and parentheses). */
export function parseProcStat(line: string): ProcStat {
  const open = line.indexOf('(');
  const close = line.lastIndexOf(')');
  if (open < 0 || close < open) throw new Error(`not a /proc stat line: ${line.slice(0, 80)}`);
  const f = line.slice(close + 2).trim().split(/\s+/);
  // after the name: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14)
  const n = (i: number): number => {
    const v = Number(f[i]);
    if (!Number.isFinite(v)) throw new Error(`field ${i} of /proc stat is not a number`);
    return v;
  };
  return { pid: Number(line.slice(0, open).trim()), ppid: n(1), ownTicks: n(11) + n(12), reapedChildTicks: n(13) + n(14) };
}

export function readProcStat(pid: number): ProcStat | null {
  try {
    return parseProcStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return null;
  }
}

/** Live processes whose parent is `ppid`. */
export function childrenOf(ppid: number): ProcStat[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .flatMap((d) => {
      const s = readProcStat(Number(d));
      return s !== null && s.ppid === ppid ? [s] : [];
    });
}

let ticks: number | null = null;
/** Clock ticks per second (`getconf CLK_TCK`, 100 on Linux). */
export function ticksPerSecond(): number {
  ticks ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  return ticks;
}

/**
 * CPU seconds spent so far by a process and every descendant one level down: its own time, the
 * time of the children it has reaped, and the time of its live children.
 */
export function treeCpuSeconds(pid: number): { self: number; children: number } | null {
  const root = readProcStat(pid);
  if (root === null) return null;
  const live = childrenOf(pid).reduce((s, c) => s + c.ownTicks, 0);
  const hz = ticksPerSecond();
  return { self: root.ownTicks / hz, children: (root.reapedChildTicks + live) / hz };
}

/** CPU seconds of a set of processes (each must still be running). */
export function cpuSecondsOf(pids: readonly number[]): number | null {
  let total = 0;
  for (const pid of pids) {
    const s = readProcStat(pid);
    if (s === null) return null;
    total += s.ownTicks;
  }
  return total / ticksPerSecond();
}
