/**
 * @module commands/normalize
 * The text as the parser reads it: Unicode-normalized (full-width digits and letters folded),
 * lower case, punctuation gone except the marks that belong to names and numbers (the middle dot
 * of 종로1·2·3·4가동, the decimal point of pm2.5, the slash of 1/4분기), one space between words.
 */

/** What stands in for text already recognized, so that nothing else matches across it. */
export const CONSUMED = '\u2591';

export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/(\d)\.(\d)/g, '$1\u0000$2')
    .replace(/'/g, '')
    .replace(/[^\p{L}\p{N}\s·/\u0000]/gu, ' ')
    .replace(/\u0000/g, '.')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text with [start, end) replaced by the consumed marker, keeping every offset. */
export const consume = (text: string, start: number, end: number): string =>
  text.slice(0, start) + CONSUMED.repeat(end - start) + text.slice(end);
