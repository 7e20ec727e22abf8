import test from 'ava';
import { migratedTempDatabase } from '../../db/testing/temp-database.ts';
import { pairingBehaviour } from './testing.ts';
import { storePairingStore } from './pairings-store.ts';

test('PostgreSQL: a code pairs once, before it expires, for a working day', async (t) => {
  const { db, done } = await migratedTempDatabase();
  try {
    await pairingBehaviour(t, storePairingStore(db));
  } finally {
    await done();
  }
});

test('PostgreSQL: two tablets racing for one code, one wins', async (t) => {
  const { db, done } = await migratedTempDatabase();
  try {
    const store = storePairingStore(db);
    const offer = await store.offer('mayor', 'user:mayor.oh', Date.now());
    const results = await Promise.all(['a.kim', 'b.lee', 'c.park'].map((login) => store.redeem(offer.code, login, Date.now())));
    t.is(results.filter((r) => r.ok).length, 1);
  } finally {
    await done();
  }
});
