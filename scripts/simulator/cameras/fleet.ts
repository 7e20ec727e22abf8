/**
 * @module simulator/cameras/fleet
 * The synthetic cameras of one simulator: one ffmpeg each publishing to `<target>/<camera>`. A
 * camera that dies on its own (the media server went away) is started again after a second; one
 * stopped on purpose stays off until `start()`, which is how tests cut a camera's signal.
 */
import type { Logger } from 'pino';
import { spawnFfmpeg, type FfmpegProcess } from '../../../server/video/ffmpeg-process.ts';
import { cameraArgs, midnightOf, type CameraCodec } from './camera-args.ts';

export interface FleetOptions {
  ffmpegPath: string;
  target: string;
  cameras: readonly string[];
  width: number;
  height: number;
  fps: number;
  codec: CameraCodec;
  fontFile: string | null;
  log: Logger;
  /** Cameras that may be started beyond `cameras` (on demand); default none. */
  accept?: (camera: string) => boolean;
  /** Wait before a camera that died on its own is started again. */
  respawnMs?: number;
}

export interface CameraFleet {
  readonly cameras: readonly string[];
  start(camera: string): void;
  stop(camera: string): Promise<void>;
  /** Running ffmpeg pids by camera. */
  pids(): Map<string, number>;
  close(): Promise<void>;
}

export class UnknownCameraError extends Error {
  override name = 'UnknownCameraError';
}

export function startFleet(o: FleetOptions): CameraFleet {
  const procs = new Map<string, FfmpegProcess>();
  const wanted = new Set<string>();
  const timers = new Map<string, NodeJS.Timeout>();
  const known = new Set(o.cameras);
  const check = (camera: string): void => {
    if (!known.has(camera) && !(o.accept?.(camera) ?? false)) throw new UnknownCameraError(`no synthetic camera ${camera}`);
  };

  function launch(camera: string): void {
    if (!wanted.has(camera) || procs.has(camera)) return;
    const args = cameraArgs({ camera, width: o.width, height: o.height, fps: o.fps, codec: o.codec, target: o.target, midnightMs: midnightOf(Date.now()), fontFile: o.fontFile });
    const proc = spawnFfmpeg(o.ffmpegPath, args);
    procs.set(camera, proc);
    void proc.exited.then((exit) => {
      if (procs.get(camera) === proc) procs.delete(camera);
      if (!wanted.has(camera)) return;
      o.log.warn({ camera, code: exit.code, error: exit.spawnError?.message ?? exit.stderr }, 'camera ended by itself; starting it again');
      timers.set(camera, setTimeout(() => launch(camera), o.respawnMs ?? 1000));
    });
  }

  async function stop(camera: string): Promise<void> {
    check(camera);
    wanted.delete(camera);
    clearTimeout(timers.get(camera));
    await procs.get(camera)?.kill();
    procs.delete(camera);
  }

  for (const camera of o.cameras) {
    wanted.add(camera);
    launch(camera);
  }
  return {
    cameras: o.cameras,
    start(camera) {
      check(camera);
      wanted.add(camera);
      launch(camera);
    },
    stop,
    pids: () => new Map([...procs].flatMap(([c, p]) => (p.pid === undefined ? [] : [[c, p.pid] as const]))),
    async close() {
      await Promise.all([...new Set([...o.cameras, ...wanted, ...procs.keys()])].map(stop));
    },
  };
}
