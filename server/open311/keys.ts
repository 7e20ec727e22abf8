/**
 * @module open311/keys
 * Open311's `api_key` on the platform's API keys (server/keys): a key is valid when the key store
 * accepts it (known, not expired, not revoked). Filing needs `complaints` with write access
 * (./file-route.ts); reading complaints unredacted needs `complaints-private`, and then only for
 * complaints in the key's districts (./http.ts applies that part).
 */
import { keyMay } from '../access/decision.ts';
import { isWellFormedKey } from '../keys/key-material.ts';
import type { KeyStore } from '../keys/port.ts';
import type { Filer } from './port.ts';

/** The resource family that lets a key read complaints as officials do (full text and address). */
export const COMPLAINTS_PRIVATE_RESOURCE = 'complaints-private';

/** `Open311Deps.authorize` over the key store. */
export function authorizeWithKeyStore(keys: Pick<KeyStore, 'resolve'>): (apiKey: string | undefined) => Promise<Filer | null> {
  return async (apiKey) => {
    if (apiKey === undefined || !isWellFormedKey(apiKey)) return null;
    const found = await keys.resolve(apiKey);
    return found.ok ? found.principal : null;
  };
}

/** `Open311Deps.isPrivileged`: keys given `complaints-private`. */
export const isPrivilegedKey = (filer: Filer | null): boolean => filer !== null && keyMay(filer.scope, COMPLAINTS_PRIVATE_RESOURCE, 'read');
