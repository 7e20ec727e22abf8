/**
 * @module keys/rules
 * Pure rules for API keys: what a new key may ask for (scope, expiry, rate limit, name), the record
 * it becomes, whether a stored key is accepted now, and when its last use is worth writing down.
 */
import { SEOUL_GU_CODES } from '../auth/districts.ts';
import { KeyScopeSchema, type KeyScope } from '../contracts/access.ts';
import { displayPrefix, generateKey, generateKeyId, hashKey, type RandomBytes } from './key-material.ts';
import type { ApiKeyInfo, ApiKeyRecord, KeyResolution, KeyStatus, NewKey, ScopeRules } from './port.ts';

const DAY_MS = 86_400_000;
export const DEFAULT_RATE_LIMIT = 600;
export const MAX_RATE_LIMIT = 60_000;
export const DEFAULT_LIFETIME_DAYS = 90;
export const MAX_LIFETIME_DAYS = 365;
export const MAX_NAME_LENGTH = 100;
/** `last_used_at` is written at most this often per key. */
export const TOUCH_INTERVAL_MS = 60_000;

export const SHOWN_ONCE_WARNING = 'Store this key now: it is kept only as a hash and cannot be shown again. If it is lost, revoke it and create another.';

export interface FieldIssue {
  field: string;
  message: string;
}

/** A key request that cannot be honoured; `issues` name each field (HTTP: 400, CLI: exit 2). */
export class KeyRequestError extends Error {
  override name = 'KeyRequestError';
  constructor(readonly issues: FieldIssue[]) {
    super(issues.map((i) => `${i.field}: ${i.message}`).join('; '));
  }
}

const unique = (xs: readonly string[]): string[] => [...new Set(xs)].sort();

/** Scopes name real gu unless the caller says otherwise; resource names are checked only when listed. */
export const DEFAULT_SCOPE_RULES: ScopeRules = { districts: SEOUL_GU_CODES };

/**
 * The scope as stored: valid, known names only, lists deduplicated and sorted. No districts means
 * all 25 (the policy layer reads it so); a district system names its own.
 */
export function validateScope(input: unknown, given: ScopeRules = {}): KeyScope {
  const rules: ScopeRules = { ...DEFAULT_SCOPE_RULES, ...given };
  const parsed = KeyScopeSchema.safeParse(input);
  if (!parsed.success) {
    throw new KeyRequestError(parsed.error.issues.map((i) => ({ field: ['scope', ...i.path.map(String)].join('.'), message: i.message })));
  }
  const scope: KeyScope = { districts: unique(parsed.data.districts), resources: unique(parsed.data.resources), access: parsed.data.access };
  const issues: FieldIssue[] = [];
  const unknownOf = (xs: string[], known: readonly string[] | undefined): string[] => (known ? xs.filter((x) => !known.includes(x)) : []);
  const badDistricts = unknownOf(scope.districts, rules.districts);
  if (badDistricts.length > 0) issues.push({ field: 'scope.districts', message: `not a Seoul gu code: ${badDistricts.join(', ')}` });
  const badResources = unknownOf(scope.resources, rules.resources);
  if (badResources.length > 0) {
    issues.push({ field: 'scope.resources', message: `unknown resource ${badResources.join(', ')}; one of ${(rules.resources ?? []).join(', ')}` });
  }
  if (issues.length > 0) throw new KeyRequestError(issues);
  return scope;
}

/** When the key stops working: `expiresAt`, or `days` from now, or 90 days; never more than a year ahead. */
export function expiryOf(input: { expiresAt?: Date | undefined; days?: number | undefined }, now: number): Date {
  const { expiresAt, days } = input;
  if (expiresAt !== undefined && days !== undefined) throw new KeyRequestError([{ field: 'expiresAt', message: 'give expiresAt or days, not both' }]);
  if (days !== undefined) {
    if (!Number.isInteger(days) || days < 1 || days > MAX_LIFETIME_DAYS) {
      throw new KeyRequestError([{ field: 'days', message: `a whole number of days from 1 to ${MAX_LIFETIME_DAYS}` }]);
    }
    return new Date(now + days * DAY_MS);
  }
  if (expiresAt === undefined) return new Date(now + DEFAULT_LIFETIME_DAYS * DAY_MS);
  const at = expiresAt.getTime();
  if (Number.isNaN(at) || at <= now) throw new KeyRequestError([{ field: 'expiresAt', message: 'must be in the future' }]);
  if (at > now + MAX_LIFETIME_DAYS * DAY_MS) {
    throw new KeyRequestError([{ field: 'expiresAt', message: `at most ${MAX_LIFETIME_DAYS} days ahead` }]);
  }
  return new Date(at);
}

function checkNameAndRate(input: NewKey): { name: string; rateLimit: number } {
  const name = input.name.trim();
  const rateLimit = input.rateLimit ?? DEFAULT_RATE_LIMIT;
  const issues: FieldIssue[] = [];
  if (name.length === 0 || name.length > MAX_NAME_LENGTH || /\p{Cc}/u.test(name)) {
    issues.push({ field: 'name', message: `1–${MAX_NAME_LENGTH} characters without control characters` });
  }
  if (!Number.isInteger(rateLimit) || rateLimit < 1 || rateLimit > MAX_RATE_LIMIT) {
    issues.push({ field: 'rateLimit', message: `requests per minute, a whole number from 1 to ${MAX_RATE_LIMIT}` });
  }
  if (issues.length > 0) throw new KeyRequestError(issues);
  return { name, rateLimit };
}

/** A new key and the record to store for it; throws `KeyRequestError` when the request is invalid. */
export function planKey(input: NewKey, now: number, rules: ScopeRules = {}, random?: RandomBytes): { key: string; record: ApiKeyRecord } {
  const { name, rateLimit } = checkNameAndRate(input);
  const scope = validateScope(input.scope, rules);
  const expiresAt = expiryOf(input, now);
  const key = generateKey(random);
  const record: ApiKeyRecord = {
    id: generateKeyId(random),
    name,
    prefix: displayPrefix(key),
    keyHash: hashKey(key),
    scope,
    rateLimit,
    createdBy: input.createdBy,
    createdAt: new Date(now),
    expiresAt,
    revokedAt: null,
    lastUsedAt: null,
  };
  return { key, record };
}

export const statusOf = (r: Pick<ApiKeyRecord, 'revokedAt' | 'expiresAt'>, now: number): KeyStatus =>
  r.revokedAt !== null ? 'revoked' : r.expiresAt.getTime() <= now ? 'expired' : 'active';

export function toInfo(r: ApiKeyRecord, now: number): ApiKeyInfo {
  const { keyHash: _hash, ...rest } = r;
  return { ...rest, status: statusOf(r, now) };
}

/** Accept or refuse the key found under a presented key's hash (null: none). Revoked wins over expired. */
export function judgeKey(r: ApiKeyRecord | null, now: number): KeyResolution {
  if (r === null) return { ok: false, reason: 'unknown' };
  const status = statusOf(r, now);
  if (status !== 'active') return { ok: false, reason: status };
  return { ok: true, principal: { kind: 'key', id: r.id, name: r.name, scope: r.scope }, rateLimit: r.rateLimit };
}

/** Is the stored `last_used_at` old enough to write the current use down? */
export const shouldTouch = (lastUsedAt: Date | null, now: number): boolean => lastUsedAt === null || now - lastUsedAt.getTime() >= TOUCH_INTERVAL_MS;

/** What the audit log keeps about a key: enough to know which one and what it may do. */
export const auditDetails = (k: ApiKeyInfo): Record<string, unknown> => ({
  id: k.id,
  name: k.name,
  scope: k.scope,
  rateLimit: k.rateLimit,
  expiresAt: k.expiresAt.toISOString(),
});
