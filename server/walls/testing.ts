/**
 * @module walls/testing
 * What every pairing store must do, asked of the memory store and of the PostgreSQL one alike.
 */
import { OFFER_TTL_MS, PAIRING_TTL_MS, type PairingStore } from './pairings.ts';

const T0 = Date.parse('2026-12-07T01:00:00Z');

interface Asserts {
  is(a: unknown, b: unknown, m?: string): void;
  deepEqual(a: unknown, b: unknown, m?: string): void;
  regex(s: string, r: RegExp): void;
}

export async function pairingBehaviour(t: Asserts, store: PairingStore): Promise<void> {
  const offer = await store.offer('situation-room', 'user:room.kim', T0);
  t.regex(offer.code, /^\d{6}$/);
  t.is(offer.expiresAt, new Date(T0 + OFFER_TTL_MS).toISOString());
  const r = await store.redeem(offer.code, 'head.lee', T0 + 1000);
  t.deepEqual(r, { ok: true, pairing: { wall: 'situation-room', login: 'head.lee', pairedAt: new Date(T0 + 1000).toISOString(), until: new Date(T0 + 1000 + PAIRING_TTL_MS).toISOString() } });
  t.deepEqual(await store.redeem(offer.code, 'someone.else', T0 + 2000), { ok: false, reason: 'used' });
  t.deepEqual(await store.pairedWalls('head.lee', T0 + 5000), ['situation-room']);
  t.deepEqual(await store.pairedWalls('head.lee', T0 + 1000 + PAIRING_TTL_MS), [], 'a pairing ends');

  const late = await store.offer('mayor', 'user:mayor.oh', T0);
  t.deepEqual(await store.redeem(late.code, 'head.lee', T0 + OFFER_TTL_MS), { ok: false, reason: 'expired' });
  const unknown = late.code === '000000' ? '000001' : '000000';
  t.deepEqual(await store.redeem(unknown, 'head.lee', T0), { ok: false, reason: 'unknown' });

  const again = await store.offer('gu-11680', 'user:head.lee', T0);
  await store.redeem(again.code, 'head.lee', T0);
  t.is(await store.unpair('head.lee', 'gu-11680', T0 + 10), true);
  t.is(await store.unpair('head.lee', 'gu-11680', T0 + 20), false);
  t.deepEqual(await store.pairedWalls('head.lee', T0 + 30), ['situation-room']);
}

