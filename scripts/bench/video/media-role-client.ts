/**
 * @module scripts/bench/video/media-role-client
 * Starts media-role.ts as a child process and follows it: its address, and the latest signal of
 * every camera it relays. `startRelays()` starts the relays; closing stdin stops it.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CameraSignalSchema, type CameraSignal } from '../../../server/contracts/camera.ts';

const ENTRY = fileURLToPath(new URL('./media-role.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const EventSchema = z.discriminatedUnion('event', [
  z.object({ event: z.literal('ready'), pid: z.number().int(), wsBase: z.string(), rtmpPort: z.number().int() }),
  z.object({ event: z.literal('signal'), signal: CameraSignalSchema }),
]);

export interface MediaRole {
  pid: number;
  wsBase: string;
  signals: Map<string, CameraSignal>;
  /** Signal changes seen so far. */
  changes(): number;
  /** Starts relaying every camera. */
  startRelays(): void;
  close(): Promise<void>;
}

export async function startMediaRole(input: { secret: string; sources: Record<string, string> }, onLog: (line: string) => void): Promise<MediaRole> {
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, JSON.stringify(input)], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  const signals = new Map<string, CameraSignal>();
  let changes = 0;
  createInterface({ input: child.stderr }).on('line', onLog);
  const ready = new Promise<{ pid: number; wsBase: string }>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`media role exited (${code}) before it was ready`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        return onLog(line);
      }
      const e = EventSchema.safeParse(json);
      if (!e.success) return;
      if (e.data.event === 'ready') resolve(e.data);
      else {
        signals.set(e.data.signal.camera, e.data.signal);
        changes += 1;
      }
    });
  });
  const exited = once(child, 'exit');
  const r = await ready;
  return {
    pid: r.pid,
    wsBase: r.wsBase,
    signals,
    changes: () => changes,
    startRelays: () => void child.stdin.write('relay\n'),
    async close() {
      if (child.exitCode !== null) return;
      child.stdin.end();
      const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(kill);
    },
  };
}
