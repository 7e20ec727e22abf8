/**
 * @module keys/extract
 * Pure: the API key a request presents, from `Authorization: Bearer scpm_…` or `X-API-Key: scpm_…`.
 * A request that tries to present one and gets it wrong is told why, rather than being treated
 * as anonymous.
 */
import { isWellFormedKey, KEY_PREFIX } from './key-material.ts';

export type PresentedKey =
  | { kind: 'none' }
  | { kind: 'key'; key: string; from: 'authorization' | 'x-api-key' }
  | { kind: 'malformed'; reason: string };

/** Reads one request header by (case-insensitive) name: `c.req.header`, `Headers.get`, … */
export type HeaderReader = (name: string) => string | null | undefined;

const FORM = `an SCPM API key is ${KEY_PREFIX} followed by 43 base64url characters`;

function fromAuthorization(value: string): PresentedKey {
  const match = /^(\S+)(?:\s+(.*))?$/.exec(value.trim());
  const scheme = match?.[1] ?? '';
  const credentials = (match?.[2] ?? '').trim();
  if (scheme.toLowerCase() !== 'bearer') return { kind: 'malformed', reason: `Authorization scheme "${scheme}" is not supported; send Authorization: Bearer ${KEY_PREFIX}…` };
  if (credentials === '') return { kind: 'malformed', reason: 'Authorization: Bearer has no key after it' };
  if (!isWellFormedKey(credentials)) return { kind: 'malformed', reason: `the Bearer token is not an API key: ${FORM}` };
  return { kind: 'key', key: credentials, from: 'authorization' };
}

function fromApiKeyHeader(value: string): PresentedKey {
  const key = value.trim();
  if (key === '') return { kind: 'malformed', reason: 'X-API-Key is empty' };
  if (!isWellFormedKey(key)) return { kind: 'malformed', reason: `X-API-Key is not an API key: ${FORM}` };
  return { kind: 'key', key, from: 'x-api-key' };
}

export function extractApiKey(header: HeaderReader): PresentedKey {
  const authorization = header('authorization');
  const apiKey = header('x-api-key');
  const a = authorization === null || authorization === undefined ? null : fromAuthorization(authorization);
  const b = apiKey === null || apiKey === undefined ? null : fromApiKeyHeader(apiKey);
  if (a === null) return b ?? { kind: 'none' };
  if (b === null || a.kind === 'malformed') return a;
  if (b.kind === 'malformed') return b;
  if (a.kind === 'key' && b.kind === 'key' && a.key !== b.key) return { kind: 'malformed', reason: 'Authorization and X-API-Key present two different keys; send one' };
  return a;
}
