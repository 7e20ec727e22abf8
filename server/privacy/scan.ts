/**
 * @module privacy/scan
 * The scanner: every piece of personal data the detectors find in a string, overlaps settled. The
 * public routes' tests run it over their whole output; redacted text gives nothing, since no
 * placeholder (`○○○`, `[전화번호]`, `[주민등록번호]`, `[이메일]`) matches any detector.
 * Full-width letters, digits and signs (`０１０－１２３４－５６７８`) are read as their ASCII forms.
 * Text is read in Unicode NFC; `index` refers to the NFC form (the same string unless it was decomposed).
 */
import { findAddressNumbers } from './address-text.ts';
import { findEmails } from './email.ts';
import { settleOverlaps, type PersonalDataMatch } from './match.ts';
import { findKoreanNames } from './names.ts';
import { findKnownNames, findLatinNames } from './names-other.ts';
import { findPhones } from './phone.ts';
import { findRrns } from './rrn.ts';

export interface ScanOptions {
  /** Names known to belong to people here (a complaint's reporter): found wherever they stand as a word. */
  readonly knownNames?: readonly string[];
}

/** Full-width ASCII and the ideographic space as ASCII: one UTF-16 unit for one, so indices hold. */
export const foldWidth = (s: string): string =>
  s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');

export function findPersonalData(s: string, opts: ScanOptions = {}): PersonalDataMatch[] {
  const text = s.normalize('NFC');
  const folded = foldWidth(text);
  const phones = findPhones(folded);
  const found = settleOverlaps([
    ...findEmails(folded),
    ...findRrns(folded),
    ...phones,
    ...findAddressNumbers(folded),
    ...findKoreanNames(folded, phones),
    ...findLatinNames(folded),
    ...findKnownNames(folded, (opts.knownNames ?? []).map((n) => foldWidth(n.normalize('NFC')))),
  ]);
  return folded === text ? found : found.map((m) => ({ ...m, text: text.slice(m.index, m.index + m.text.length) }));
}
