/**
 * @module video/relay-plan
 * How one camera is relayed, decided from its probe: **remux** (`-c:v copy`, a fraction of a per
 * cent of a core) when the source is H.264 in 4:2:0 within the size limit — what every browser
 * decodes — else **transcode** to a 640×360 H.264 sub-stream (x264 veryfast, zerolatency, 4:2:0,
 * a keyframe every second). Builds the exact ffmpeg arguments: low-latency input, video only,
 * FLV over RTMP to `/live/<camera>` on the media server, progress on stdout. Pure.
 */
import { CameraIdSchema } from '../contracts/camera.ts';
import { streamPathOf } from './play-url.ts';

export interface ProbeResult {
  codec: string;
  width: number;
  height: number;
  /** Frames per second, null when the source does not say. */
  fps: number | null;
  pixFmt: string | null;
  profile: string | null;
}

export interface RelayLimits {
  maxWidth: number;
  maxHeight: number;
  /** Size of the transcoded sub-stream. */
  subWidth: number;
  subHeight: number;
}

export const DEFAULT_LIMITS: RelayLimits = { maxWidth: 1920, maxHeight: 1080, subWidth: 640, subHeight: 360 };

export type RelayMode = 'remux' | 'transcode';

export interface RelayPlan {
  mode: RelayMode;
  /** Why this mode, in words (for logs and the signal's error-free explanation). */
  reason: string;
  /** Everything up to and including the input. */
  input: string[];
  /** Stream selection and codec settings. */
  codec: string[];
  /** `rtmp://…/live/<camera>` */
  target: string;
  /** The whole argument list for ffmpeg. */
  args: string[];
}

export class RelayInputError extends Error {
  override name = 'RelayInputError';
}

const SCHEMES = new Set(['rtsp:', 'rtsps:', 'rtmp:', 'rtmps:', 'http:', 'https:']);
const BROWSER_PIXEL_FORMATS = new Set(['yuv420p', 'yuvj420p']);
const UNKNOWN_FPS_GOP = 15;

/** Throws unless `url` is an rtsp, rtmp or http(s) address (ffmpeg must never be handed a file or a flag). */
export function checkSourceUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (err) {
    throw new RelayInputError(`not a URL: ${JSON.stringify(url)}`, { cause: err });
  }
  if (!SCHEMES.has(parsed.protocol)) throw new RelayInputError(`unsupported source scheme ${parsed.protocol} (rtsp, rtmp or http)`);
  return parsed;
}

export function checkCamera(camera: string): string {
  if (!CameraIdSchema.safeParse(camera).success) throw new RelayInputError(`not a camera id: ${JSON.stringify(camera)}`);
  return camera;
}

export function decideMode(p: ProbeResult, limits: RelayLimits = DEFAULT_LIMITS): { mode: RelayMode; reason: string } {
  if (p.codec !== 'h264') return { mode: 'transcode', reason: `${p.codec} is not played by browsers` };
  if (p.pixFmt !== null && !BROWSER_PIXEL_FORMATS.has(p.pixFmt)) return { mode: 'transcode', reason: `H.264 in ${p.pixFmt} is not played by browsers` };
  if (p.width > limits.maxWidth || p.height > limits.maxHeight) {
    return { mode: 'transcode', reason: `${p.width}x${p.height} is above ${limits.maxWidth}x${limits.maxHeight}` };
  }
  return { mode: 'remux', reason: `H.264 ${p.width}x${p.height} passes through` };
}

/** One keyframe a second at the source's frame rate (clamped to 1..60). */
export const gopOf = (fps: number | null): number => (fps !== null && fps > 0 ? Math.min(60, Math.max(1, Math.round(fps))) : UNKNOWN_FPS_GOP);

function inputArgs(source: URL): string[] {
  const scheme = source.protocol;
  // a source that goes silent ends ffmpeg by itself too (microseconds)
  const transport = scheme === 'rtsp:' || scheme === 'rtsps:' ? ['-rtsp_transport', 'tcp', '-timeout', '10000000'] : ['-rw_timeout', '10000000'];
  return [...transport, '-fflags', 'nobuffer', '-flags', 'low_delay', '-analyzeduration', '1000000', '-probesize', '1000000'];
}

function codecArgs(mode: RelayMode, p: ProbeResult, limits: RelayLimits): string[] {
  const select = ['-map', '0:v:0', '-an', '-sn', '-dn'];
  if (mode === 'remux') return [...select, '-c:v', 'copy'];
  const { subWidth: w, subHeight: h } = limits;
  const gop = String(gopOf(p.fps));
  return [
    ...select,
    '-vf', `scale=${w}:${h}:force_original_aspect_ratio=decrease,pad=${w}:${h}:(ow-iw)/2:(oh-ih)/2,format=yuv420p`,
    '-c:v', 'libx264', '-preset', 'veryfast', '-tune', 'zerolatency', '-pix_fmt', 'yuv420p',
    '-g', gop, '-keyint_min', gop, '-sc_threshold', '0',
    '-b:v', '800k', '-maxrate', '800k', '-bufsize', '1600k',
  ];
}

export const GLOBAL_ARGS = ['-hide_banner', '-nostdin', '-loglevel', 'error', '-nostats', '-progress', 'pipe:1', '-stats_period', '0.5'];

export interface PlanInput {
  camera: string;
  sourceUrl: string;
  probe: ProbeResult;
  /** The media server's RTMP origin, e.g. `rtmp://127.0.0.1:1935`. */
  rtmpBase: string;
  limits?: RelayLimits;
}

export function planRelay(o: PlanInput): RelayPlan {
  const camera = checkCamera(o.camera);
  const source = checkSourceUrl(o.sourceUrl);
  const limits = o.limits ?? DEFAULT_LIMITS;
  const { mode, reason } = decideMode(o.probe, limits);
  const input = [...inputArgs(source), '-i', o.sourceUrl];
  const codec = codecArgs(mode, o.probe, limits);
  const target = `${o.rtmpBase.replace(/\/+$/, '')}${streamPathOf(camera)}`;
  return { mode, reason, input, codec, target, args: [...GLOBAL_ARGS, ...input, ...codec, '-f', 'flv', '-flvflags', 'no_duration_filesize', target] };
}

/** The same work with the output sent elsewhere (e.g. `/dev/null`), for comparisons. */
export const argsWithOutput = (plan: RelayPlan, output: string): string[] => [...GLOBAL_ARGS, ...plan.input, ...plan.codec, '-f', 'flv', '-flvflags', 'no_duration_filesize', '-y', output];

/** A source address fit for logs: no credentials, no query (which may carry a signature). */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return '(not a URL)';
  }
}
