/**
 * @module simulator/cameras/camera-args
 * The ffmpeg command of one synthetic camera: a `testsrc2` picture at the wall clock's pace with
 * the clock burned in (clock-filter.ts), encoded as a camera would (H.264 4:2:0, x264 veryfast,
 * zerolatency, a keyframe a second; or Sorenson `flv1`, a codec browsers cannot play, to exercise
 * the relay's transcoding) and published over RTMP. One thread each, to be kind to small machines.
 */
import { clockFilter } from './clock-filter.ts';

export const CAMERA_CODECS = ['h264', 'flv1'] as const;
export type CameraCodec = (typeof CAMERA_CODECS)[number];

export interface CameraArgsInput {
  camera: string;
  width: number;
  height: number;
  fps: number;
  codec: CameraCodec;
  /** `rtmp://127.0.0.1:1936/cam`: the camera publishes to `<target>/<camera>`. */
  target: string;
  midnightMs: number;
  fontFile: string | null;
}

/** Bits per second for a picture of this size and rate (about 0.2 bit per pixel). */
export const bitrateOf = (width: number, height: number, fps: number): number => Math.round((width * height * fps * 0.2) / 1000) * 1000;

function encoder(o: CameraArgsInput): string[] {
  const gop = String(Math.max(1, Math.round(o.fps)));
  const rate = bitrateOf(o.width, o.height, o.fps);
  if (o.codec === 'flv1') return ['-c:v', 'flv', '-q:v', '5', '-g', gop];
  return [
    '-c:v', 'libx264', '-preset', 'veryfast', '-tune', 'zerolatency', '-pix_fmt', 'yuv420p', '-threads', '1',
    '-g', gop, '-keyint_min', gop, '-sc_threshold', '0',
    '-b:v', String(rate), '-maxrate', String(rate), '-bufsize', String(rate),
  ];
}

export function cameraArgs(o: CameraArgsInput): string[] {
  return [
    '-hide_banner', '-nostdin', '-loglevel', 'error', '-nostats',
    '-re', '-f', 'lavfi', '-i', `testsrc2=size=${o.width}x${o.height}:rate=${o.fps}`,
    '-filter_threads', '1',
    '-vf', `${clockFilter(o)},format=yuv420p`,
    '-an', ...encoder(o),
    '-f', 'flv', `${o.target.replace(/\/+$/, '')}/${o.camera}`,
  ];
}

export const midnightOf = (epochMs: number): number => epochMs - (((epochMs % 86_400_000) + 86_400_000) % 86_400_000);
