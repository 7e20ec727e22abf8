/**
 * @module keys/key-material
 * The API key itself: `scpm_` and 32 random bytes in base64url (48 characters). Only its SHA-256
 * is stored; the first 12 characters are kept to recognise a key in listings (`scpm_AbCdEfG`).
 */
import { createHash, randomBytes } from 'node:crypto';

export const KEY_PREFIX = 'scpm_';
/** `scpm_` + 43 base64url characters (32 bytes, no padding). */
export const KEY_PATTERN = /^scpm_[A-Za-z0-9_-]{43}$/;
export const DISPLAY_PREFIX_LENGTH = 12;
/** Key ids: `key_` + 16 hex digits; they name a key in URLs, listings and the audit log (never the key). */
export const KEY_ID_PATTERN = /^key_[0-9a-f]{16}$/;

export type RandomBytes = (size: number) => Buffer;

export const generateKey = (random: RandomBytes = randomBytes): string => KEY_PREFIX + random(32).toString('base64url');

export const generateKeyId = (random: RandomBytes = randomBytes): string => `key_${random(8).toString('hex')}`;

/** SHA-256 of the whole key, hex: what the `api_keys.key_hash` unique index is looked up by. */
export const hashKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

export const displayPrefix = (key: string): string => key.slice(0, DISPLAY_PREFIX_LENGTH);

export const isWellFormedKey = (key: string): boolean => KEY_PATTERN.test(key);
