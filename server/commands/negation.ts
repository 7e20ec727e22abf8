/**
 * @module commands/negation
 * "A 말고 B", "A 대신 B", "B instead of A", "B rather than A": the speaker names what they do not
 * want next to what they do. The marks of A are dropped: the one nearest the negating word, then
 * its neighbours away from it while they are concepts without a value (다음 화면 말고 → 다음, 화면) or
 * repeat a kind that B also names; a value that B does not replace (강남구 미세먼지 말고 …) stays. Pure.
 */
import type { Mark } from './analyze.ts';
import { consume } from './normalize.ts';
import { isSlotKind } from './senses.ts';

const BEFORE = /(?<=^|[\s\u2591])(말고|말구|대신)(?=[\s\u2591]|$)/gu;
const AFTER = /(?<![a-z])(instead of|rather than|not)(?![a-z])/gu;

const kinds = (m: Mark): string[] => m.senses.map((s) => s.kind);
const valueless = (m: Mark): boolean => m.senses.every((s) => s.value === undefined && !isSlotKind(s.kind));

/** Marks from `near` outwards that the negation covers. */
function covered(near: readonly Mark[], other: readonly Mark[]): Set<Mark> {
  const out = new Set<Mark>();
  const otherKinds = new Set(other.flatMap(kinds));
  for (const [i, m] of near.entries()) {
    if (i > 0 && !valueless(m) && !kinds(m).some((k) => otherKinds.has(k))) break;
    out.add(m);
  }
  return out;
}

/** The marks without the negated ones, and the text with the negating words consumed. */
export function dropNegated(text: string, marks: readonly Mark[]): { text: string; marks: Mark[] } {
  let rest = text;
  let kept = [...marks];
  for (const [re, side] of [[BEFORE, 'before'], [AFTER, 'after']] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(rest); m !== null; m = re.exec(rest)) {
      const at = m.index;
      const left = kept.filter((k) => k.start < at).sort((a, b) => b.start - a.start);
      const right = kept.filter((k) => k.start > at).sort((a, b) => a.start - b.start);
      const gone = side === 'before' ? covered(left, right) : covered(right, left);
      if (gone.size === 0 || (side === 'before' ? right : left).length === 0) continue;
      kept = kept.filter((k) => !gone.has(k));
      rest = consume(rest, at, at + m[0].length);
    }
  }
  return { text: rest, marks: kept };
}
