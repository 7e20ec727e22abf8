/**
 * @module walls/pairings-store
 * The pairing codes in PostgreSQL (`wall_pairings`), so that any API replica can redeem a code
 * another one offered. Redeeming is one conditional UPDATE: two tablets racing for a code, one wins.
 */
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { wallPairings } from '../../db/schema/index.ts';
import { OFFER_TTL_MS, offerWithFreshCode, PAIRING_TTL_MS, type PairingStore } from './pairings.ts';

export function storePairingStore(db: Database): PairingStore {
  return {
    async offer(wall, offeredBy, now) {
      const offeredAt = new Date(now);
      const expiresAt = new Date(now + OFFER_TTL_MS);
      const code = await offerWithFreshCode(async (c) => {
        // a code is free when nobody holds it, or when its offer lapsed unused
        const rows = await db.orm
          .insert(wallPairings)
          .values({ code: c, wall, offeredBy, offeredAt, expiresAt })
          .onConflictDoUpdate({
            target: wallPairings.code,
            set: { wall, offeredBy, offeredAt, expiresAt, login: null, pairedAt: null, until: null },
            setWhere: sql`${wallPairings.login} is null and ${wallPairings.expiresAt} <= excluded.offered_at`,
          })
          .returning({ code: wallPairings.code });
        return rows.length === 1;
      });
      return { wall, code, expiresAt: expiresAt.toISOString() };
    },
    async redeem(code, login, now) {
      const at = new Date(now);
      const until = new Date(now + PAIRING_TTL_MS);
      const [won] = await db.orm
        .update(wallPairings)
        .set({ login, pairedAt: at, until })
        .where(and(eq(wallPairings.code, code), isNull(wallPairings.login), gt(wallPairings.expiresAt, at)))
        .returning({ wall: wallPairings.wall });
      if (won) return { ok: true, pairing: { wall: won.wall, login, pairedAt: at.toISOString(), until: until.toISOString() } };
      const [held] = await db.orm.select({ login: wallPairings.login }).from(wallPairings).where(eq(wallPairings.code, code));
      return { ok: false, reason: !held ? 'unknown' : held.login !== null ? 'used' : 'expired' };
    },
    async pairedWalls(login, now) {
      const rows = await db.orm
        .selectDistinct({ wall: wallPairings.wall })
        .from(wallPairings)
        .where(and(eq(wallPairings.login, login), gt(wallPairings.until, new Date(now))))
        .orderBy(wallPairings.wall);
      return rows.map((r) => r.wall);
    },
    async unpair(login, wall, now) {
      const at = new Date(now);
      const rows = await db.orm
        .update(wallPairings)
        .set({ until: at })
        .where(and(eq(wallPairings.login, login), eq(wallPairings.wall, wall), gt(wallPairings.until, at)))
        .returning({ code: wallPairings.code });
      return rows.length > 0;
    },
  };
}
