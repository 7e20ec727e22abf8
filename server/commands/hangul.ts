/**
 * @module commands/hangul
 * Hangul syllables taken apart into their letters (jamo), and edit distances over letters, so that
 * a transcription slip of one letter (강난구 for 강남구, 고용율 for 고용률) counts as one edit, not a
 * whole syllable. Pure.
 */

const BASE = 0xac00;
const LAST = 0xd7a3;
const MEDIALS = 21;
const FINALS = 28;

export const isHangul = (ch: string): boolean => {
  const c = ch.codePointAt(0) ?? 0;
  return c >= BASE && c <= LAST;
};

/** True when the text has at least one Hangul syllable. */
export const hasHangul = (s: string): boolean => /[\uac00-\ud7a3]/.test(s);

/**
 * Each syllable as two or three symbols: initial, medial and (when present) final, drawn from
 * distinct private ranges so that an initial ㄹ never equals a final ㄹ. Other characters pass.
 */
export function toJamo(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < BASE || c > LAST) {
      out += ch;
      continue;
    }
    const i = c - BASE;
    const initial = Math.floor(i / (MEDIALS * FINALS));
    const medial = Math.floor((i % (MEDIALS * FINALS)) / FINALS);
    const final = i % FINALS;
    out += String.fromCharCode(0xe000 + initial, 0xe100 + medial);
    if (final > 0) out += String.fromCharCode(0xe200 + final);
  }
  return out;
}

/** Levenshtein distance; stops early and returns `max + 1` once the distance must exceed `max`. */
export function levenshtein(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** Edit distance counted in letters for Hangul, in characters otherwise. */
export const letterDistance = (a: string, b: string, max?: number): number => levenshtein(toJamo(a), toJamo(b), max);
