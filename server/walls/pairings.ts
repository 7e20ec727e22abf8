/**
 * @module walls/pairings
 * Pairing a tablet with a wall by a short code: the wall's page is offered a six-digit code for
 * {@link OFFER_TTL_MS}; a signed-in person who enters it may drive that wall for {@link PAIRING_TTL_MS}.
 * A code is redeemed once. The port is implemented in memory (here) and over PostgreSQL (./pairings-store.ts).
 */
import { randomInt } from 'node:crypto';
import type { Pairing, PairingOffer } from '../contracts/wall-remote.ts';

export const OFFER_TTL_MS = 10 * 60_000;
/** A working day: a tablet paired in the morning drives the wall until the evening. */
export const PAIRING_TTL_MS = 12 * 3_600_000;

export type Redemption = { ok: true; pairing: Pairing } | { ok: false; reason: 'unknown' | 'expired' | 'used' };

export interface PairingStore {
  /** A fresh code for `wall`, offered by `offeredBy` (`user:<login>`). */
  offer(wall: string, offeredBy: string, now: number): Promise<PairingOffer>;
  redeem(code: string, login: string, now: number): Promise<Redemption>;
  /** The walls `login` is paired with at `now`. */
  pairedWalls(login: string, now: number): Promise<string[]>;
  /** Ends every pairing of `login` with `wall`; whether there was one. */
  unpair(login: string, wall: string, now: number): Promise<boolean>;
}

/** A random six-digit code (leading zeros kept): one in a million to guess, and offers expire. */
export const newCode = (): string => String(randomInt(0, 1_000_000)).padStart(6, '0');

/** Tries fresh codes until `tryCode` takes one (a collision with a live offer is retried). */
export async function offerWithFreshCode(tryCode: (code: string) => Promise<boolean>): Promise<string> {
  for (let i = 0; i < 20; i++) {
    const code = newCode();
    if (await tryCode(code)) return code;
  }
  throw new Error('no free pairing code after 20 tries: too many live offers');
}

interface Entry {
  wall: string;
  offeredBy: string;
  expiresAt: number;
  login: string | null;
  pairedAt: number | null;
  until: number | null;
}

export function memoryPairingStore(): PairingStore {
  const entries = new Map<string, Entry>();
  return {
    async offer(wall, offeredBy, now) {
      const expiresAt = now + OFFER_TTL_MS;
      const code = await offerWithFreshCode(async (c) => {
        const held = entries.get(c);
        if (held && (held.login !== null || held.expiresAt > now)) return false;
        entries.set(c, { wall, offeredBy, expiresAt, login: null, pairedAt: null, until: null });
        return true;
      });
      return { wall, code, expiresAt: new Date(expiresAt).toISOString() };
    },
    async redeem(code, login, now) {
      const e = entries.get(code);
      if (!e) return { ok: false, reason: 'unknown' };
      if (e.login !== null) return { ok: false, reason: 'used' };
      if (e.expiresAt <= now) return { ok: false, reason: 'expired' };
      Object.assign(e, { login, pairedAt: now, until: now + PAIRING_TTL_MS });
      return { ok: true, pairing: { wall: e.wall, login, pairedAt: new Date(now).toISOString(), until: new Date(now + PAIRING_TTL_MS).toISOString() } };
    },
    async pairedWalls(login, now) {
      const walls = [...entries.values()].filter((e) => e.login === login && (e.until ?? 0) > now).map((e) => e.wall);
      return [...new Set(walls)].sort();
    },
    async unpair(login, wall, now) {
      let ended = false;
      for (const e of entries.values()) {
        if (e.login === login && e.wall === wall && (e.until ?? 0) > now) {
          e.until = now;
          ended = true;
        }
      }
      return ended;
    },
  };
}
