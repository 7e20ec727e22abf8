/**
 * @module systems/pairing-effects
 * Pairing requests, run once per frame from the state: a code asked for (key P) is requested from
 * the server once; its answer or failure goes into the state; an expired code and an old failure
 * are taken away. The reducers in state/pairing never fetch.
 */
import type { PairingOffer } from '../../../server/contracts/index.ts';
import { applyPairingAction, expirePairing, type PairingState } from '../state/pairing.ts';

export interface PairingEffectDeps {
  state: PairingState & { version: number };
  request(wall: string): Promise<PairingOffer>;
  now(): number;
  /** The words of a failure (the server's `detail` when it gave one). */
  problem(err: unknown): string;
}

export function pairingEffects(d: PairingEffectDeps): () => void {
  const { state } = d;
  return () => {
    if (expirePairing(state, d.now())) state.version += 1;
    const req = state.pairingRequest;
    if (req?.status !== 'asked') return;
    const wall = req.wall;
    state.pairingRequest = { wall, status: 'loading' };
    state.version += 1;
    d.request(wall).then(
      (offer) => {
        if (applyPairingAction(state, { type: 'pairing.offered', offer })) state.version += 1;
      },
      (err: unknown) => {
        if (applyPairingAction(state, { type: 'pairing.failed', wall, message: d.problem(err), now: d.now() })) state.version += 1;
      },
    );
  };
}
