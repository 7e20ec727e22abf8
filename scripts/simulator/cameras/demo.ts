/**
 * @module simulator/cameras/demo
 * The cameras of `npm start`: the camera simulator in on-demand mode as a child process, so that
 * every camera of the registry plays (a SYNTHETIC picture with its id and clock) when someone opens
 * it. Without ffmpeg there is no camera video, and the log says so; the rest runs.
 */
import { spawnSync } from 'node:child_process';
import type { Logger } from 'pino';
import { spawnCameraSimulator } from './child.ts';

export interface DemoCameras {
  /** The address template the platform's relay pulls from (`CAMERA_STREAM_URL_TEMPLATE`). */
  template: string;
  close(): Promise<void>;
}

export async function startDemoCameras(o: { rtmpPort: number; httpPort: number; log: Logger; ffmpegPath?: string }): Promise<DemoCameras | null> {
  const ffmpeg = o.ffmpegPath ?? process.env['FFMPEG_PATH'] ?? 'ffmpeg';
  if (spawnSync(ffmpeg, ['-version'], { stdio: 'ignore' }).status !== 0) {
    o.log.warn({ ffmpeg }, 'no ffmpeg on this machine: cameras are listed but show no video (apt-get install ffmpeg)');
    return null;
  }
  const child = await spawnCameraSimulator({ count: 1, onDemand: true, size: '320x180', fps: 15, rtmpPort: o.rtmpPort, httpPort: o.httpPort, onLog: (line) => o.log.debug({ camera: line }, 'camera simulator') });
  o.log.info({ rtmp: child.ready.rtmp }, 'simulated cameras (SYNTHETIC pictures) publish on demand');
  return { template: child.ready.rtmp, close: () => child.close() };
}
