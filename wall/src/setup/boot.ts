/**
 * @module wall/setup/boot
 * The first step of the wall: reads its address, asks who is signed in, loads the layout this wall
 * shows and the map asset (sending a visitor who may not see the layout to sign in), and makes the
 * wall state from them. `fail` puts a boot error on the page.
 */
import { defaultWallId, type StoredLayout, type UserPrincipal } from '../../../server/contracts/index.ts';
import { ApiError, fetchLayout, fetchMapAsset, fetchMe } from '../api/rest.ts';
import { parseWallParams } from '../boot/params.ts';
import type { MapAsset } from '../map/map-asset.ts';
import { createWallState, type WallState } from '../state/wall-state.ts';
import { loadReferences } from './data.ts';

export interface Boot {
  state: WallState;
  stored: StoredLayout;
  asset: MapAsset;
  /** The signed-in person, or null. */
  me: UserPrincipal | null;
  /** `?hz=`: live data redrawn up to this many times a second (null: the default). */
  hz: number | null;
  /** The wall this page is (its commands' feed), or null on the public wall. */
  wallId: string | null;
}

/** Shows `message` in the page's boot line and stops. */
export function fail(message: string): never {
  const boot = document.getElementById('boot');
  if (boot) {
    boot.hidden = false;
    boot.textContent = `SCPM: ${message}`;
  }
  throw new Error(message);
}

export async function bootWall(base: string): Promise<Boot> {
  const params = parseWallParams(location.search);
  if (!params.ok) fail(`invalid address: ${params.error}`);
  const { screen, lang, hz } = params.params;
  const me = await fetchMe(base).catch(() => null);
  // Without an explicit role or user, the wall is the signed-in person's own, or the public one.
  const own = params.params.role === null && params.params.user === null;
  const role = params.params.role ?? me?.role ?? 'public';
  const user = own ? (me?.login ?? null) : params.params.user;
  const self = me !== null && (own || params.params.user === me.login);
  const district = params.params.district ?? (self ? (me.districts[0] ?? null) : null);
  const mapUrl = document.querySelector<HTMLMetaElement>('meta[name="scpm-map"]')?.content ?? fail('map asset missing from the page');
  const [stored, asset] = await Promise.all([fetchLayout(base, { role, user, district }), fetchMapAsset(new URL(mapUrl, location.href).href)]).catch((err: unknown) => {
    // A layout this visitor may not see: sign in, then come back here.
    if (err instanceof ApiError && (err.status === 401 || err.status === 403)) {
      location.assign(`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}${lang ? `&lang=${lang}` : ''}`);
    }
    return fail(err instanceof Error ? err.message : String(err));
  });
  const state = createWallState(stored.layout, Date.now(), { screen, language: lang });
  state.signedIn = me?.login ?? null;
  void loadReferences(base, state);
  // The wall this page is: named in the address, else the person's role's (the public wall has none).
  const wallId = params.params.wall ?? (me ? defaultWallId(role, district) : null);
  return { state, stored, asset, me, hz, wallId };
}
