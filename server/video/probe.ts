/**
 * @module video/probe
 * What a camera sends, asked of ffprobe with a deadline: codec, size, frame rate, pixel format of
 * its first video stream. `parseProbe` (pure) reads ffprobe's JSON through zod; `probeSource` runs
 * ffprobe (`-analyzeduration 1000000`: video-only FLV would otherwise wait for audio for 5 s).
 */
import { spawn } from 'node:child_process';
import { z } from 'zod';
import type { ProbeResult } from './relay-plan.ts';
import { checkSourceUrl } from './relay-plan.ts';
import { ToolMissingError } from './ffmpeg-process.ts';

export class ProbeError extends Error {
  override name = 'ProbeError';
}

const StreamSchema = z.object({
  codec_type: z.string().optional(),
  codec_name: z.string().min(1),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  avg_frame_rate: z.string().optional(),
  r_frame_rate: z.string().optional(),
  pix_fmt: z.string().optional(),
  profile: z.string().optional(),
});
const FfprobeSchema = z.object({ streams: z.array(z.unknown()) });

/** `"30000/1001"` → 29.97; `"0/0"`, absurd or missing → null. */
export function parseRate(rate: string | undefined): number | null {
  const m = /^(\d+)\/(\d+)$/.exec(rate ?? '');
  if (!m) return null;
  const value = Number(m[1]) / Number(m[2]);
  return Number.isFinite(value) && value > 0 && value <= 240 ? value : null;
}

export function parseProbe(json: unknown): ProbeResult {
  const parsed = FfprobeSchema.safeParse(json);
  if (!parsed.success) throw new ProbeError('ffprobe gave no stream list', { cause: parsed.error });
  const video = parsed.data.streams.map((s) => StreamSchema.safeParse(s)).find((s) => s.success && (s.data.codec_type ?? 'video') === 'video');
  if (!video?.success) throw new ProbeError('the source has no video stream with a size');
  const s = video.data;
  return {
    codec: s.codec_name,
    width: s.width,
    height: s.height,
    fps: parseRate(s.avg_frame_rate) ?? parseRate(s.r_frame_rate),
    pixFmt: s.pix_fmt ?? null,
    profile: s.profile ?? null,
  };
}

export interface ProbeOptions {
  ffprobePath: string;
  timeoutMs: number;
  signal?: AbortSignal;
}

export function probeArgs(sourceUrl: string): string[] {
  const rtsp = /^rtsps?:/i.test(sourceUrl) ? ['-rtsp_transport', 'tcp'] : [];
  return ['-v', 'error', '-print_format', 'json', '-show_streams', '-select_streams', 'v:0', '-analyzeduration', '1000000', '-probesize', '1000000', ...rtsp, sourceUrl];
}

export function probeSource(sourceUrl: string, o: ProbeOptions): Promise<ProbeResult> {
  checkSourceUrl(sourceUrl);
  return new Promise((resolve, reject) => {
    const child = spawn(o.ffprobePath, probeArgs(sourceUrl), { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err = (err + d).slice(-2000)));
    const give = (e: ProbeError): void => {
      child.kill('SIGKILL');
      reject(e);
    };
    const timer = setTimeout(() => give(new ProbeError(`no answer within ${o.timeoutMs} ms`)), o.timeoutMs);
    const onAbort = (): void => give(new ProbeError('probe cancelled'));
    if (o.signal?.aborted) onAbort();
    o.signal?.addEventListener('abort', onAbort, { once: true });
    child.once('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      const missing = e.code === 'ENOENT' || e.code === 'EACCES';
      reject(missing ? new ToolMissingError(`cannot run ${o.ffprobePath}: ${e.code}`, { cause: e }) : new ProbeError(`ffprobe failed: ${e.message}`, { cause: e }));
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      o.signal?.removeEventListener('abort', onAbort);
      if (code !== 0) return reject(new ProbeError(lastLine(err) || `ffprobe exited with ${code}`));
      try {
        resolve(parseProbe(JSON.parse(out)));
      } catch (e) {
        reject(e instanceof ProbeError ? e : new ProbeError('ffprobe printed no JSON', { cause: e }));
      }
    });
  });
}

const lastLine = (s: string): string => s.trim().split('\n').pop()?.trim() ?? '';
