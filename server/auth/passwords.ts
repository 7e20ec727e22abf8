/**
 * @module auth/passwords
 * Password hashing with scrypt (node:crypto): `scrypt$N$r$p$saltB64$hashB64`, a 16-byte random salt
 * and a 32-byte key. Verification recomputes with the parameters stored in the hash and compares in
 * constant time. The policy (length only: 12 to 256 characters) applies when a password is set,
 * never when one is checked.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { z } from 'zod';

export const SCRYPT_PARAMS = { N: 2 ** 15, r: 8, p: 1 } as const;
const SALT_BYTES = 16;
const KEY_BYTES = 32;
/** Stored hashes may name other parameters (older or newer); these bounds keep a forged hash from exhausting memory. */
const MAX_N = 2 ** 20;
const MAX_R = 32;
const MAX_P = 16;

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

export const PasswordSchema = z
  .string()
  .min(PASSWORD_MIN, `a password needs at least ${PASSWORD_MIN} characters (a few unrelated words make a good one)`)
  .max(PASSWORD_MAX, `a password may have at most ${PASSWORD_MAX} characters`)
  .refine((s) => s.trim().length >= PASSWORD_MIN, `a password needs at least ${PASSWORD_MIN} characters that are not spaces`);

interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** Enough memory for the parameters (scrypt needs about 128·N·r bytes), with room to spare. */
const maxmemFor = ({ N, r, p }: ScryptParams): number => 128 * N * r + 128 * r * p + 32 * 1024 * 1024;

const derive = (password: string, salt: Buffer, keyLength: number, params: ScryptParams): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: maxmemFor(params) };
    scrypt(password.normalize('NFC'), salt, keyLength, options, (err, key) => (err ? reject(err) : resolve(key)));
  });

/** Hashes a password (the policy is not checked here: parse with PasswordSchema first). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, KEY_BYTES, SCRYPT_PARAMS);
  const { N, r, p } = SCRYPT_PARAMS;
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

interface ParsedHash extends ScryptParams {
  salt: Buffer;
  key: Buffer;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const isPowerOfTwo = (n: number): boolean => n > 1 && (n & (n - 1)) === 0;

/** The parts of a stored hash, or null when it is not one this module wrote. */
export function parsePasswordHash(stored: string): ParsedHash | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map((s) => (/^\d{1,8}$/.test(s ?? '') ? Number(s) : NaN)) as [number, number, number];
  if (!isPowerOfTwo(N) || N > MAX_N || !(r >= 1 && r <= MAX_R) || !(p >= 1 && p <= MAX_P)) return null;
  const [saltB64, keyB64] = [parts[4] ?? '', parts[5] ?? ''];
  if (!BASE64.test(saltB64) || !BASE64.test(keyB64)) return null;
  const salt = Buffer.from(saltB64, 'base64');
  const key = Buffer.from(keyB64, 'base64');
  if (salt.length < 8 || key.length < 16 || key.length > 64) return null;
  return { N, r, p, salt, key };
}

/** Whether `password` matches `stored`; false (after the same work) when `stored` is not a valid hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parsePasswordHash(stored);
  if (!parsed) {
    await burnScryptTime(password);
    return false;
  }
  const candidate = await derive(password, parsed.salt, parsed.key.length, parsed);
  return timingSafeEqual(candidate, parsed.key);
}

/** Whether a stored hash uses weaker parameters than the current ones (rehash it at the next sign-in). */
export function needsRehash(stored: string): boolean {
  const parsed = parsePasswordHash(stored);
  return !parsed || parsed.N < SCRYPT_PARAMS.N || parsed.r < SCRYPT_PARAMS.r || parsed.key.length < KEY_BYTES;
}

let dummy: Promise<string> | null = null;

/**
 * Spends the time of one verification without a user: a sign-in with an unknown login must take as
 * long as one with a wrong password, or the answer time tells which logins exist.
 */
export async function burnScryptTime(password: string): Promise<void> {
  dummy ??= hashPassword(randomBytes(24).toString('base64'));
  const parsed = parsePasswordHash(await dummy);
  if (parsed) await derive(password, parsed.salt, parsed.key.length, parsed);
}
