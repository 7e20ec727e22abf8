import test from 'ava';
import type { PairingOffer } from '../../../server/contracts/index.ts';
import { applyPairingAction, FAILURE_SHOWN_MS, initialPairing, PAIRING_TTL_MS } from '../state/pairing.ts';
import { pairingEffects } from './pairing-effects.ts';

const flush = () => new Promise((r) => setImmediate(r));
const T0 = Date.parse('2026-03-02T09:00:00Z');

function setup(answer: (wall: string) => Promise<PairingOffer>) {
  const state = { ...initialPairing(), version: 0 };
  let now = T0;
  const asked: string[] = [];
  const run = pairingEffects({
    state,
    request: (wall) => {
      asked.push(wall);
      return answer(wall);
    },
    now: () => now,
    problem: (err) => (err instanceof Error ? err.message : String(err)),
  });
  return { state, run, asked, at: (ms: number) => (now = ms) };
}

test('a code asked for is requested once and shown when it comes', async (t) => {
  const { state, run, asked } = setup(async (wall) => ({ wall, code: '042917', expiresAt: new Date(T0 + PAIRING_TTL_MS).toISOString() }));
  run();
  t.deepEqual(asked, [], 'nothing asked yet');
  applyPairingAction(state, { type: 'pairing.ask', wall: 'mayor', now: T0 });
  run();
  run();
  t.deepEqual(asked, ['mayor']);
  t.deepEqual(state.pairingRequest, { wall: 'mayor', status: 'loading' });
  await flush();
  t.deepEqual(state.pairing, { wall: 'mayor', code: '042917', expiresAt: T0 + PAIRING_TTL_MS });
  t.is(state.pairingRequest, null);
  t.true(state.version >= 2);
});

test("a refusal is shown in the server's words, then goes by itself", async (t) => {
  const { state, run, at } = setup(async () => {
    throw new Error('only the district head of Gangnam-gu may pair this wall');
  });
  applyPairingAction(state, { type: 'pairing.ask', wall: 'gu-11680', now: T0 });
  run();
  await flush();
  t.deepEqual(state.pairingRequest, { wall: 'gu-11680', status: 'failed', message: 'only the district head of Gangnam-gu may pair this wall', at: T0 });
  at(T0 + FAILURE_SHOWN_MS);
  const v = state.version;
  run();
  t.is(state.pairingRequest, null);
  t.is(state.version, v + 1);
});

test('the code on screen goes when it expires', async (t) => {
  const { state, run, at } = setup(async (wall) => ({ wall, code: '111111', expiresAt: new Date(T0 + 1000).toISOString() }));
  applyPairingAction(state, { type: 'pairing.ask', wall: 'mayor', now: T0 });
  run();
  await flush();
  t.not(state.pairing, null);
  at(T0 + 1000);
  run();
  t.is(state.pairing, null);
});
