/**
 * @module simulator/cameras/child
 * The camera simulator run as a child process (its own media server has to live in a process of
 * its own), driven over its stdin/stdout protocol: wait until it is ready, stop and start cameras,
 * close it. Closing stdin ends it too, so it cannot outlive its parent's pipe.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { SimulatorEventSchema, type SimulatorEvent } from './control.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = fileURLToPath(new URL('../cameras.ts', import.meta.url));

export type ReadyEvent = Extract<SimulatorEvent, { event: 'ready' }>;

export interface SimulatorChild {
  readonly ready: ReadyEvent;
  readonly pid: number;
  /** `rtmp://127.0.0.1:<port>/cam/<camera>` */
  sourceOf(camera: string): string;
  stop(camera: string): Promise<void>;
  start(camera: string): Promise<void>;
  close(): Promise<void>;
}

export interface SimulatorChildOptions {
  count: number;
  size?: string;
  fps?: number;
  codec?: 'h264' | 'flv1';
  /** 0: any free port. */
  rtmpPort?: number;
  httpPort?: number;
  onLog?: (line: string) => void;
  readyTimeoutMs?: number;
  /** Publish any registry camera when it is played (`--on-demand`), instead of `count` fixed ones. */
  onDemand?: boolean;
}

export async function spawnCameraSimulator(o: SimulatorChildOptions): Promise<SimulatorChild> {
  const args = ['--import', 'tsx', CLI, '--stop-on-eof', '--count', String(o.count), '--rtmp-port', String(o.rtmpPort ?? 0), '--http-port', String(o.httpPort ?? 0)];
  if (o.size) args.push('--size', o.size);
  if (o.fps) args.push('--fps', String(o.fps));
  if (o.codec) args.push('--codec', o.codec);
  if (o.onDemand) args.push('--on-demand');
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn' } });
  const waiters: Array<(e: SimulatorEvent) => boolean> = [];
  let stderr = '';
  createInterface({ input: child.stderr }).on('line', (line) => {
    stderr = `${stderr}\n${line}`.slice(-4000);
    o.onLog?.(line);
  });
  createInterface({ input: child.stdout }).on('line', (line) => {
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      return o.onLog?.(line);
    }
    const e = SimulatorEventSchema.safeParse(json);
    if (!e.success) return;
    for (let i = waiters.length - 1; i >= 0; i -= 1) if (waiters[i]!(e.data)) waiters.splice(i, 1);
  });
  const exited = once(child, 'exit');
  const next = <T extends SimulatorEvent>(match: (e: SimulatorEvent) => e is T, ms: number, what: string): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`camera simulator: no ${what} within ${ms} ms${stderr}`)), ms);
      void exited.then(() => reject(new Error(`camera simulator exited before ${what}${stderr}`)));
      waiters.push((e) => {
        if (!match(e)) return false;
        clearTimeout(timer);
        resolve(e);
        return true;
      });
    });
  const ready = await next((e): e is ReadyEvent => e.event === 'ready', o.readyTimeoutMs ?? 60_000, 'ready event').catch((err: unknown) => {
    child.kill('SIGKILL');
    throw err;
  });
  const command = (op: 'stop' | 'start', camera: string): Promise<void> => {
    const done = next((e): e is SimulatorEvent => (e.event === (op === 'stop' ? 'stopped' : 'started') && 'camera' in e && e.camera === camera) || e.event === 'error', 15_000, `${op} ${camera}`);
    child.stdin.write(`${op} ${camera}\n`);
    return done.then((e) => {
      if (e.event === 'error') throw new Error(`camera simulator: ${e.message}`);
    });
  };
  return {
    ready,
    pid: ready.pid,
    sourceOf: (camera) => ready.rtmp.replace('{id}', camera),
    stop: (camera) => command('stop', camera),
    start: (camera) => command('start', camera),
    async close() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.stdin.end();
      const term = setTimeout(() => child.kill('SIGTERM'), 8000);
      const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(term);
      clearTimeout(kill);
    },
  };
}
