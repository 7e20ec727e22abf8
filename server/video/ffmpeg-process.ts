/**
 * @module video/ffmpeg-process
 * One ffmpeg child: stdout handed over as text (for `-progress pipe:1`), the tail of stderr kept for
 * the error message, `kill()` that asks politely (SIGTERM) and then insists (SIGKILL), and an exit
 * hook that kills every child still running when this process exits, so none is left orphaned.
 */
import { spawn, type ChildProcess } from 'node:child_process';

export class ToolMissingError extends Error {
  override name = 'ToolMissingError';
}

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The last lines ffmpeg wrote to stderr. */
  stderr: string;
  /** Set when the child could not be started at all. */
  spawnError: Error | null;
}

export interface FfmpegProcess {
  readonly pid: number | undefined;
  readonly exited: Promise<ExitInfo>;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when the child is gone. */
  kill(graceMs?: number): Promise<ExitInfo>;
}

const running = new Set<ChildProcess>();
let hooked = false;

function hookExit(): void {
  if (hooked) return;
  hooked = true;
  process.once('exit', () => {
    for (const child of running) child.kill('SIGKILL');
  });
}

/** PIDs of every ffmpeg child of this process that is still running (for measurements). */
export const runningChildren = (): number[] => [...running].flatMap((c) => (c.pid === undefined ? [] : [c.pid]));

export function spawnFfmpeg(path: string, args: readonly string[], onStdout?: (chunk: string) => void): FfmpegProcess {
  hookExit();
  const child = spawn(path, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let stderr = '';
  let spawnError: Error | null = null;
  child.stdout?.setEncoding('utf8').on('data', (d: string) => onStdout?.(d));
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr = (stderr + d).slice(-4000)));
  const exited = new Promise<ExitInfo>((resolve) => {
    child.once('error', (err: NodeJS.ErrnoException) => {
      spawnError = err.code === 'ENOENT' || err.code === 'EACCES' ? new ToolMissingError(`cannot run ${path}: ${err.code}`, { cause: err }) : err;
      // 'close' does not always follow a failed spawn
      if (child.pid === undefined) {
        running.delete(child);
        resolve({ code: null, signal: null, stderr, spawnError });
      }
    });
    child.once('close', (code, signal) => {
      running.delete(child);
      resolve({ code, signal, stderr: tail(stderr), spawnError });
    });
  });
  return {
    pid: child.pid,
    exited,
    async kill(graceMs = 1500) {
      if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        const info = await exited;
        clearTimeout(timer);
        return info;
      }
      return exited;
    },
  };
}

const tail = (s: string): string => s.trim().split('\n').slice(-3).join(' | ');
