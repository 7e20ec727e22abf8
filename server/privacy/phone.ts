/**
 * @module privacy/phone
 * Korean telephone numbers: mobile (010, 011, 016–019), Seoul (02), the other area codes (031–064),
 * internet telephony (070) and personal safe numbers (0502–0508), with or without separators (`-`, `.`,
 * a space, `(02) `, `02)`), and the same with the country code (`+82 10-…`, `+82-2-…`, `+821012345678`,
 * `0082-…`). Business numbers (1588-xxxx and other 15xx/16xx/18xx) and toll-free 080 stay: they are
 * companies', not people's. A number glued to other digits (`2024-010-1234-5678`, `…-0212-3456`) is
 * taken for a code and left.
 */
import { matchesOf, type PersonalDataMatch } from './match.ts';

/** What replaces a telephone number. */
export const PHONE_PLACEHOLDER = '[전화번호]';

const SEP = String.raw`(?:\s?[-.]\s?|\s)`;
const DOMESTIC_PREFIX = String.raw`(?:01[016789]|02|0(?:3[1-3]|4[1-4]|5[1-5]|6[1-4])|070|050[2-8])`;
const INTL_PREFIX = String.raw`(?:1[016789]|2|3[1-3]|4[1-4]|5[1-5]|6[1-4]|70|50[2-8])`;
/** Not glued to a word, a number or a code before it. */
const BEFORE = String.raw`(?<![0-9A-Za-z_+])(?<![0-9][-./])`;
/** Nor to digits after it. */
const AFTER = String.raw`(?![0-9])(?!\s?[-./]\s?[0-9])`;

const DOMESTIC = String.raw`${BEFORE}(?:\(${DOMESTIC_PREFIX}\)\s?|${DOMESTIC_PREFIX}(?:\)\s?|${SEP})?)\d{3,4}${SEP}?\d{4}${AFTER}`;
const INTERNATIONAL = String.raw`(?<![0-9A-Za-z_])(?:\+|00)\s?82${SEP}?(?:\(0\)\s?)?${INTL_PREFIX}${SEP}?\d{3,4}${SEP}?\d{4}${AFTER}`;

const PHONE_RE = new RegExp(`${INTERNATIONAL}|${DOMESTIC}`, 'g');

export const findPhones = (s: string): PersonalDataMatch[] => matchesOf(s, PHONE_RE, 'phone');
