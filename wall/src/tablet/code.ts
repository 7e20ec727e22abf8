/**
 * @module wall/tablet/code
 * The six-digit pairing code a wall shows and a tablet types (or reads from the QR code's address,
 * `/tablet?code=123456`): what typing keeps, whether it is complete, and how it is shown. Pure.
 */
import { PairingCodeSchema } from '../../../server/contracts/index.ts';

export const CODE_LENGTH = 6;

/** What a code field keeps of what was typed or pasted: digits only, at most six ("123 456" → "123456"). */
export function typedCode(raw: string): string {
  return raw.replace(/\D/g, '').slice(0, CODE_LENGTH);
}

export type CodeProblem = 'empty' | 'too-short' | 'not-digits' | 'too-long';

export type CodeCheck = { ok: true; code: string } | { ok: false; problem: CodeProblem };

/**
 * Whether `raw` is a code to send. Spaces and dashes between digit groups are allowed ("123-456");
 * letters or any other sign are not, rather than being silently dropped.
 */
export function checkCode(raw: string): CodeCheck {
  const compact = raw.replace(/[\s-]/g, '');
  if (compact === '') return { ok: false, problem: 'empty' };
  if (!/^\d+$/.test(compact)) return { ok: false, problem: 'not-digits' };
  if (compact.length < CODE_LENGTH) return { ok: false, problem: 'too-short' };
  if (compact.length > CODE_LENGTH) return { ok: false, problem: 'too-long' };
  return PairingCodeSchema.safeParse(compact).success ? { ok: true, code: compact } : { ok: false, problem: 'not-digits' };
}

/** The code in a page address (`?code=123456`, as the wall's QR code gives it), or null. */
export function codeFromAddress(search: string): string | null {
  const raw = new URLSearchParams(search).get('code');
  if (raw === null) return null;
  const c = checkCode(raw);
  return c.ok ? c.code : null;
}

/** A code as people read it aloud: "123 456". */
export const groupedCode = (code: string): string => (code.length === CODE_LENGTH ? `${code.slice(0, 3)} ${code.slice(3)}` : code);

/** The address a wall's QR code carries. */
export const tabletAddress = (origin: string, code: string): string => `${origin.replace(/\/+$/, '')}/tablet?code=${encodeURIComponent(code)}`;
