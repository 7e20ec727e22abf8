/**
 * @module privacy/redact
 * Redacts free text for the public: names become `○○○`, telephone numbers `[전화번호]`, resident
 * registration numbers `[주민등록번호]`, e-mail addresses `[이메일]`; building, lot and unit numbers are
 * dropped (the road or dong name stays). Everything else is left as written (in NFC). Redacting
 * again changes nothing: the text is scanned until no detector finds anything.
 */
import type { PersonalDataKind, PersonalDataMatch } from './match.ts';
import { NAME_PLACEHOLDER } from './names.ts';
import { EMAIL_PLACEHOLDER } from './email.ts';
import { PHONE_PLACEHOLDER } from './phone.ts';
import { RRN_PLACEHOLDER } from './rrn.ts';
import { findPersonalData, type ScanOptions } from './scan.ts';

export const PLACEHOLDERS: Readonly<Record<PersonalDataKind, string>> = {
  name: NAME_PLACEHOLDER,
  phone: PHONE_PLACEHOLDER,
  rrn: RRN_PLACEHOLDER,
  email: EMAIL_PLACEHOLDER,
  'address-number': '',
};

const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);

/** Replaces each match (sorted, not overlapping) by its placeholder; a dropped number takes one space with it. */
export function applyRedactions(s: string, matches: readonly PersonalDataMatch[]): string {
  let out = '';
  let at = 0;
  for (const m of matches) {
    let start = m.index;
    let end = m.index + m.text.length;
    if (m.kind === 'address-number') {
      if (isSpace(s[start - 1]) && start - 1 >= at) start -= 1;
      else if (isSpace(s[end]) && (start === 0 || /[\s([{"'“‘]/.test(s[start - 1] ?? ''))) end += 1;
    }
    out += s.slice(at, start) + PLACEHOLDERS[m.kind];
    at = end;
  }
  return out + s.slice(at);
}

/** Passes before giving up; every pass removes digits, `@`, letters or syllables, so a handful suffice. */
const MAX_PASSES = 50;

export function redactText(s: string, opts: ScanOptions = {}): string {
  let text = s.normalize('NFC');
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const found = findPersonalData(text, opts);
    if (found.length === 0) return text;
    text = applyRedactions(text, found);
  }
  throw new Error(`redactText: personal data still found after ${MAX_PASSES} passes`);
}
