import test from 'ava';
import { memoryPairingStore } from './pairings.ts';
import { pairingBehaviour } from './testing.ts';

test('a code pairs once, before it expires, for a working day', async (t) => {
  await pairingBehaviour(t, memoryPairingStore());
});
