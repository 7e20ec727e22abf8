/**
 * @module wall/setup/pairing
 * Pairing a tablet: the overlay with the code and its QR code above the scene, the effect that asks
 * the server for a code, `pair` (applies a pairing action; the next frame renders at once), and the
 * keys — P shows the code, Esc hides it.
 */
import type { Application } from 'pixi.js';
import { RemoteApiError, requestPairing } from '../api/remote.ts';
import { applyPairingAction, pairingKey, type PairingAction } from '../state/pairing.ts';
import type { WallState } from '../state/wall-state.ts';
import { PairingOverlay } from '../scene/pairing-overlay.ts';
import { pairingEffects } from '../systems/pairing-effects.ts';
import { qrMatrix } from '../tablet/qr.ts';
import type { View } from './display.ts';

export interface PairingDeps {
  base: string;
  app: Application;
  state: WallState;
  view: View;
  /** The wall a tablet pairs with (null: the public wall, which has none). */
  wallId: string | null;
}

export interface Pairing {
  overlay: PairingOverlay;
  /** Run once a frame: requests a code asked for, takes an expired one away. */
  effect: () => void;
  pair(action: PairingAction): void;
  /** P (by the key's place, any layout) shows the code, Esc hides it. */
  attachKeys(win: Window): void;
}

export function setupPairing({ base, app, state, view, wallId }: PairingDeps): Pairing {
  // Pairing a tablet (key P): the code and its QR code over the wall, until a tablet drives it.
  const overlay = new PairingOverlay(qrMatrix, base);
  app.stage.addChild(overlay.root);
  const effect = pairingEffects({
    state,
    request: (wall) => requestPairing(base, wall),
    now: Date.now,
    problem: (err) => (err instanceof RemoteApiError ? err.detail : err instanceof Error ? err.message : String(err)),
  });
  function pair(action: PairingAction): void {
    if (!applyPairingAction(state, action)) return;
    state.version += 1;
    view.urgent = true;
  }
  const attachKeys = (win: Window): void => {
    win.addEventListener('keydown', (ev) => {
      if (ev.repeat || ev.ctrlKey || ev.metaKey || ev.altKey) return;
      const target = ev.target as HTMLElement | null;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      // By the key's place, so that a Korean keyboard layout (ㅔ) works too.
      if (ev.code === 'KeyP' || ev.key === 'p' || ev.key === 'P') pair(pairingKey(state, wallId, Date.now()));
      else if (ev.key === 'Escape') pair({ type: 'pairing.hide' });
    });
  };
  return { overlay, effect, pair, attachKeys };
}
