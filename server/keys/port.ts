/**
 * @module keys/port
 * What the server needs from the API-key store: create (the plain key is returned once and never
 * again), list, get, revoke, and resolve a presented key to a principal. Implemented on the database
 * (./api-keys.ts) and in memory for tests (./memory.ts). No shape here carries the key's hash.
 */
import type { KeyPrincipal, KeyScope } from '../contracts/access.ts';

/** A stored key as the store reads it (the hash only ever leaves the store to be compared). */
export interface ApiKeyRecord {
  id: string;
  name: string;
  /** The first 12 characters of the key, to recognise it (`scpm_AbCdEfG`). */
  prefix: string;
  keyHash: string;
  scope: KeyScope;
  /** Requests per minute. */
  rateLimit: number;
  /** `user:<login>` or `cli:<os user>`. */
  createdBy: string;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

export type KeyStatus = 'active' | 'expired' | 'revoked';

/** What listings show: everything but the hash, and the status at the time of asking. */
export type ApiKeyInfo = Omit<ApiKeyRecord, 'keyHash'> & { status: KeyStatus };

export interface NewKey {
  name: string;
  scope: KeyScope;
  /** Give one of `expiresAt` and `days`, or neither (90 days); at most a year ahead. */
  expiresAt?: Date;
  days?: number;
  /** Requests per minute (600 when not given). */
  rateLimit?: number;
  createdBy: string;
}

/** The plain key is here and nowhere else: show it once. */
export interface CreatedKey {
  key: string;
  info: ApiKeyInfo;
}

export type KeyRejection = 'unknown' | 'expired' | 'revoked';

export type KeyResolution = { ok: true; principal: KeyPrincipal; rateLimit: number } | { ok: false; reason: KeyRejection };

export type RevokeResult = { found: false } | { found: true; revokedNow: boolean; info: ApiKeyInfo };

/** Which districts and resources a scope may name: districts default to the 25 gu; resources, when not listed, are checked for form only. */
export interface ScopeRules {
  districts?: readonly string[];
  resources?: readonly string[];
}

export interface KeyStore {
  /** Throws `KeyRequestError` (./rules.ts) naming each invalid field. */
  create(input: NewKey, rules?: ScopeRules): Promise<CreatedKey>;
  list(): Promise<ApiKeyInfo[]>;
  get(id: string): Promise<ApiKeyInfo | null>;
  /** Sets revoked_at once; revoking a revoked key changes nothing (`revokedNow: false`). */
  revoke(id: string): Promise<RevokeResult>;
  /** The principal of a presented key, or why it is refused; notes its use at most once a minute. */
  resolve(presented: string): Promise<KeyResolution>;
}
