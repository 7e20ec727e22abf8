/**
 * @module privacy/match
 * What the detectors report: the kind of personal data, where it starts and the text found. Overlaps
 * between detectors are settled by the kind's priority (an e-mail holding digits stays one e-mail).
 */

export const PERSONAL_DATA_KINDS = ['email', 'rrn', 'phone', 'address-number', 'name'] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

export interface PersonalDataMatch {
  kind: PersonalDataKind;
  /** UTF-16 index of the first character in the scanned string. */
  index: number;
  text: string;
}

const PRIORITY: Readonly<Record<PersonalDataKind, number>> = { email: 0, rrn: 1, phone: 2, 'address-number': 3, name: 4 };

const end = (m: PersonalDataMatch): number => m.index + m.text.length;

/** Keeps, of overlapping matches, the one whose kind comes first, then the earlier and the longer; sorted by index. */
export function settleOverlaps(matches: readonly PersonalDataMatch[]): PersonalDataMatch[] {
  const ranked = [...matches].sort(
    (a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || a.index - b.index || b.text.length - a.text.length,
  );
  const kept: PersonalDataMatch[] = [];
  for (const m of ranked) {
    if (m.text.length === 0) continue;
    if (kept.every((k) => end(m) <= k.index || m.index >= end(k))) kept.push(m);
  }
  return kept.sort((a, b) => a.index - b.index);
}

/** Every match of a global regex as `kind`, optionally only those `accept` agrees with. */
export function matchesOf(
  s: string,
  re: RegExp,
  kind: PersonalDataKind,
  accept: (m: RegExpExecArray) => boolean = () => true,
): PersonalDataMatch[] {
  const out: PersonalDataMatch[] = [];
  for (const m of s.matchAll(re)) if (accept(m)) out.push({ kind, index: m.index, text: m[0] });
  return out;
}
