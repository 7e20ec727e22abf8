import test from 'ava';
import type { WallFeed } from '../../../server/contracts/index.ts';
import { applyPairingAction, countdown, expirePairing, FAILURE_SHOWN_MS, initialPairing, NO_WALL, pairedByFeed, pairingChannels, pairingKey, PAIRING_TTL_MS, pairingShown, type PairingRequest } from './pairing.ts';

const T0 = Date.parse('2026-03-02T09:00:00Z');
const offer = { wall: 'mayor', code: '042917', expiresAt: new Date(T0 + PAIRING_TTL_MS).toISOString() };

function shown() {
  const s = initialPairing();
  applyPairingAction(s, { type: 'pairing.ask', wall: 'mayor', now: T0 });
  s.pairingRequest = { wall: 'mayor', status: 'loading' };
  applyPairingAction(s, { type: 'pairing.offered', offer });
  return s;
}

test('P asks for a code; the answer shows it; P again closes it', (t) => {
  const s = initialPairing();
  t.deepEqual(pairingKey(s, 'mayor', T0), { type: 'pairing.ask', wall: 'mayor', now: T0 });
  t.true(applyPairingAction(s, pairingKey(s, 'mayor', T0)));
  t.deepEqual(s.pairingRequest, { wall: 'mayor', status: 'asked' });
  s.pairingRequest = { wall: 'mayor', status: 'loading' };
  t.true(applyPairingAction(s, { type: 'pairing.offered', offer }));
  t.deepEqual(s.pairing, { wall: 'mayor', code: '042917', expiresAt: T0 + PAIRING_TTL_MS });
  t.is(s.pairingRequest as PairingRequest | null, null);
  t.deepEqual(pairingKey(s, 'mayor', T0), { type: 'pairing.hide' });
  t.true(applyPairingAction(s, { type: 'pairing.hide' }));
  t.false(pairingShown(s));
  t.false(applyPairingAction(s, { type: 'pairing.hide' }), 'nothing left to hide');
});

test('an answer that arrives after the person closed the request is dropped', (t) => {
  const s = initialPairing();
  applyPairingAction(s, { type: 'pairing.ask', wall: 'mayor', now: T0 });
  s.pairingRequest = { wall: 'mayor', status: 'loading' };
  applyPairingAction(s, { type: 'pairing.hide' });
  t.false(applyPairingAction(s, { type: 'pairing.offered', offer }));
  t.false(applyPairingAction(s, { type: 'pairing.failed', wall: 'mayor', message: 'x', now: T0 }));
  t.false(pairingShown(s));
});

test('a failure is shown for a while, then goes; a wall without an id cannot be paired', (t) => {
  const s = initialPairing();
  applyPairingAction(s, { type: 'pairing.ask', wall: 'gu-11680', now: T0 });
  s.pairingRequest = { wall: 'gu-11680', status: 'loading' };
  t.true(applyPairingAction(s, { type: 'pairing.failed', wall: 'gu-11680', message: 'only the district head of Gangnam-gu may pair this wall', now: T0 }));
  t.false(expirePairing(s, T0 + FAILURE_SHOWN_MS - 1));
  t.true(expirePairing(s, T0 + FAILURE_SHOWN_MS));
  t.false(pairingShown(s));
  applyPairingAction(s, { type: 'pairing.ask', wall: null, now: T0 });
  t.deepEqual(s.pairingRequest, { wall: null, status: 'failed', message: NO_WALL, at: T0 });
});

test('the code goes when it expires; the countdown reads m:ss', (t) => {
  const s = shown();
  t.is(countdown(s.pairing!.expiresAt, T0), '10:00');
  t.is(countdown(s.pairing!.expiresAt, T0 + 55_500), '9:05');
  t.is(countdown(s.pairing!.expiresAt, T0 + PAIRING_TTL_MS + 5000), '0:00');
  t.false(expirePairing(s, T0 + PAIRING_TTL_MS - 1));
  t.true(expirePairing(s, T0 + PAIRING_TTL_MS));
  t.is(s.pairing, null);
});

test("while the code is shown the wall listens to its feed; a tablet's new command there means paired", (t) => {
  const s = shown();
  t.deepEqual(pairingChannels(s), ['walls/wall/mayor']);
  const item = (source: 'tablet' | 'voice', at: number) => ({
    id: `c-${at}`,
    issued: { command: { type: 'show-pledges' as const }, source, at: new Date(at).toISOString() },
    by: { login: 'kim', role: 'mayor' as const },
  });
  const feed = (...items: ReturnType<typeof item>[]): WallFeed => ({ wall: 'mayor', items });
  t.false(pairedByFeed(s, feed(item('tablet', T0 - 60_000))), 'a tablet command from before the code');
  t.false(pairedByFeed(s, feed(item('voice', T0 + 5000))), 'the wall’s own voice command');
  t.false(pairedByFeed(s, { ...feed(item('tablet', T0 + 5000)), wall: 'gu-11680' }), 'another wall');
  t.true(pairedByFeed(s, feed(item('voice', T0 + 1000), item('tablet', T0 + 5000))));
  t.deepEqual(pairingChannels(initialPairing()), []);
});
