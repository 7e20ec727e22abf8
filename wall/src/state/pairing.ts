/**
 * @module wall/state/pairing
 * Pairing a tablet with this wall: the person asks (key P), the wall asks the server for a code
 * (`POST /api/v1/walls/{wall}/pairing`), shows it with a QR code and a countdown, and hides it when
 * a tablet has started driving the wall (its first command arrives on the wall's feed), when the
 * code expires, or when the person closes it. A failure is shown for a few seconds. Pure.
 */
import { channels, type LocalizedText, type PairingOffer, type WallFeed } from '../../../server/contracts/index.ts';
import type { Rect } from './frame.ts';

/** How long a code holds, as the server gives it (contracts/wall-remote: ten minutes). */
export const PAIRING_TTL_MS = 10 * 60_000;
/** How long a failed request stays on screen. */
export const FAILURE_SHOWN_MS = 8_000;

/** The code on screen. */
export interface PairingShown {
  wall: string;
  code: string;
  /** ms since epoch. */
  expiresAt: number;
}

export type PairingRequest =
  | { wall: string; status: 'asked' | 'loading' }
  | { wall: string | null; status: 'failed'; message: string | LocalizedText; at: number };

export interface PairingState {
  pairing: PairingShown | null;
  pairingRequest: PairingRequest | null;
}

export const initialPairing = (): PairingState => ({ pairing: null, pairingRequest: null });

export type PairingAction =
  /** Ask for a code for `wall` (null: a wall with no id, the public one, cannot be driven). */
  | { type: 'pairing.ask'; wall: string | null; now: number }
  | { type: 'pairing.hide' }
  | { type: 'pairing.offered'; offer: PairingOffer }
  | { type: 'pairing.failed'; wall: string; message: string; now: number };

export const NO_WALL: LocalizedText = { ko: '이 화면은 원격으로 조종할 수 없습니다 (공용 화면)', en: 'This screen cannot be driven remotely (the public wall)' };

/** The pairing panel as drawn, for tests and assistive tools (window.__scpm.pairing()). */
export interface PairingModel {
  visible: boolean;
  status: 'loading' | 'shown' | 'failed' | null;
  wall: string | null;
  code: string | null;
  /** What the QR code carries. */
  url: string | null;
  /** Time left, m:ss. */
  left: string | null;
  /** Modules per side of the QR code drawn (0 when none). */
  modules: number;
  message: string | null;
  qr: Rect | null;
}

/** Whether anything of the pairing is on screen (the code, the request, a failure). */
export const pairingShown = (s: PairingState): boolean => s.pairing !== null || s.pairingRequest !== null;

/** The key P: asks for a code, or closes what is shown. */
export const pairingKey = (s: PairingState, wall: string | null, now: number): PairingAction =>
  pairingShown(s) ? { type: 'pairing.hide' } : { type: 'pairing.ask', wall, now };

export function applyPairingAction(s: PairingState, a: PairingAction): boolean {
  switch (a.type) {
    case 'pairing.ask':
      s.pairing = null;
      s.pairingRequest = a.wall === null ? { wall: null, status: 'failed', message: NO_WALL, at: a.now } : { wall: a.wall, status: 'asked' };
      return true;
    case 'pairing.hide':
      if (!pairingShown(s)) return false;
      s.pairing = null;
      s.pairingRequest = null;
      return true;
    case 'pairing.offered': {
      // An answer for a request closed meanwhile is dropped.
      if (s.pairingRequest?.status !== 'loading' || s.pairingRequest.wall !== a.offer.wall) return false;
      s.pairing = { wall: a.offer.wall, code: a.offer.code, expiresAt: Date.parse(a.offer.expiresAt) };
      s.pairingRequest = null;
      return true;
    }
    case 'pairing.failed':
      if (s.pairingRequest?.status !== 'loading' || s.pairingRequest.wall !== a.wall) return false;
      s.pairingRequest = { wall: a.wall, status: 'failed', message: a.message, at: a.now };
      return true;
  }
}

/** Takes away an expired code and a failure shown long enough; true when something went. */
export function expirePairing(s: PairingState, now: number): boolean {
  let changed = false;
  if (s.pairing && now >= s.pairing.expiresAt) {
    s.pairing = null;
    changed = true;
  }
  if (s.pairingRequest?.status === 'failed' && now - s.pairingRequest.at >= FAILURE_SHOWN_MS) {
    s.pairingRequest = null;
    changed = true;
  }
  return changed;
}

/** The wall's feed while a code is shown: a tablet's first command there means it has paired. */
export const pairingChannels = (s: PairingState): string[] => (s.pairing ? [channels.wall(s.pairing.wall)] : []);

/** Whether the feed holds a command from a tablet issued since the code on screen was offered. */
export function pairedByFeed(s: PairingState, feed: WallFeed): boolean {
  const shown = s.pairing;
  if (!shown || feed.wall !== shown.wall) return false;
  const offeredAt = shown.expiresAt - PAIRING_TTL_MS;
  return feed.items.some((i) => i.issued.source === 'tablet' && Date.parse(i.issued.at) >= offeredAt);
}

/** Time left as m:ss ("9:05"), never below 0:00. */
export function countdown(expiresAt: number, now: number): string {
  const s = Math.max(0, Math.ceil((expiresAt - now) / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
