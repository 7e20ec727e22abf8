/**
 * @module video/progress
 * Reads ffmpeg's `-progress pipe:1` output: blocks of `key=value` lines, each closed by
 * `progress=continue` (or `progress=end`). Chunks may split lines anywhere. Pure.
 */
export interface ProgressBlock {
  /** Frames written so far (null when the block has none). */
  frame: number | null;
  /** Output time in microseconds (null when not yet known). */
  outTimeUs: number | null;
  end: boolean;
}

const numberOrNull = (v: string | undefined): number | null => {
  if (v === undefined || !/^-?\d+(\.\d+)?$/.test(v.trim())) return null;
  return Number(v);
};

/** Returns a function to feed chunks to; `onBlock` is called once per complete block. */
export function progressReader(onBlock: (block: ProgressBlock) => void): (chunk: string) => void {
  let partial = '';
  let fields = new Map<string, string>();
  return (chunk) => {
    const lines = (partial + chunk).split(/\r?\n/);
    partial = lines.pop() ?? '';
    for (const line of lines) {
      const eq = line.indexOf('=');
      if (eq <= 0) continue;
      const key = line.slice(0, eq).trim();
      const value = line.slice(eq + 1).trim();
      if (key !== 'progress') {
        fields.set(key, value);
        continue;
      }
      onBlock({ frame: numberOrNull(fields.get('frame')), outTimeUs: numberOrNull(fields.get('out_time_us') ?? fields.get('out_time_ms')), end: value === 'end' });
      fields = new Map();
    }
  };
}
