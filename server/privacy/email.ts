/**
 * @module privacy/email
 * E-mail addresses with an ASCII local part and domain, also with Korean glued on either side
 * (`메일hong@example.com으로`): Hangul is never part of the address, so it ends there. The top-level
 * domain is in one case (`com`, `KR`; a key like `Things@iot.navigationLink` is no address) and no file
 * ending (`icon@2x.png`). A full-width `＠` is read as `@` (the scanner folds full-width forms).
 */
import { matchesOf, type PersonalDataMatch } from './match.ts';

export const EMAIL_PLACEHOLDER = '[이메일]';

const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const EMAIL_RE = new RegExp(String.raw`(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+\s?@\s?(?:${LABEL}\.)+([a-z]{2,24}|[A-Z]{2,24})(?![A-Za-z0-9-])`, 'g');

/** Endings of file names, not top-level domains (`icon@2x.png`). */
const FILE_EXTENSIONS = new Set(
  'png jpg jpeg gif svg webp ico bmp tif tiff js mjs cjs ts css html htm json xml pdf zip gz tar mp3 mp4 mov avi wav txt csv md yaml yml map woff woff2 ttf'.split(' '),
);

export const findEmails = (s: string): PersonalDataMatch[] =>
  matchesOf(s, EMAIL_RE, 'email', (m) => !FILE_EXTENSIONS.has((m[1] ?? '').toLowerCase()));
