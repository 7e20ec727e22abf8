/**
 * @module wall/state/cctv
 * Which cameras the CCTV panel shows and how each tile is doing. Around the incident the panel was
 * opened for; without one, the layout's gu (a district head's wall) or the centre of the map, rounded
 * to about a kilometre so that panning does not fetch a new list every frame. The list arrives from
 * the API; each camera's video reports its own state. Pure.
 */
import type { CameraSignal, Panel } from '../../../server/contracts/index.ts';
import { unproject } from '../map/projection.ts';
import { homeView, type Bounds } from './map-view.ts';
import type { CameraList, CctvCamera, CctvTarget, StreamState } from './safety-state.ts';
import { currentScreen, type WallState } from './wall-state.ts';

/** At most this many live tiles per panel. */
export const MAX_TILES = 16;
const DEFAULT_TILES = 9;
/** A failed list is asked again after this long; a refused one (not signed in) much later. */
export const LIST_RETRY_MS = 15_000;
export const FORBIDDEN_RETRY_MS = 5 * 60_000;

const round2 = (v: number): number => Math.round(v * 100) / 100;

export function cctvTarget(state: WallState, centre: readonly [number, number] | null): CctvTarget | null {
  if (state.cctvFor) return { kind: 'incident', incident: state.cctvFor };
  if (state.cctvDistrict) return { kind: 'district', district: state.cctvDistrict };
  if (state.layout.focusDistrict) return { kind: 'district', district: state.layout.focusDistrict };
  if (centre) return { kind: 'point', lon: round2(centre[0]), lat: round2(centre[1]) };
  return null;
}

/** The centre (lon, lat) of the current screen's first map, as the person left it. */
export function mapCentre(state: WallState, bounds: Bounds): [number, number] | null {
  const map = currentScreen(state).panels.find((p) => p.kind === 'map');
  if (!map) return null;
  const view = state.views.get(map.id) ?? homeView(bounds);
  return unproject(view.cx, view.cy);
}

export function targetKey(t: CctvTarget, limit: number): string {
  switch (t.kind) {
    case 'incident':
      return `incident:${t.incident}|${limit}`;
    case 'district':
      return `district:${t.district}|${limit}`;
    case 'point':
      return `point:${t.lon.toFixed(2)},${t.lat.toFixed(2)}|${limit}`;
  }
}

/** The CCTV panels of the current screen. */
export const cctvPanels = (state: WallState): Panel[] => currentScreen(state).panels.filter((p) => p.kind === 'cctv');

/** Tiles a panel shows: as many as were asked for, else its `limit`; at most 16. */
export const tileLimit = (panel: Panel | undefined, state: Pick<WallState, 'cctvCount'>): number =>
  Math.min(MAX_TILES, state.cctvCount ?? panel?.limit ?? DEFAULT_TILES);

/** Whether the list for `key` must be fetched now. */
export function listWanted(list: CameraList | null, key: string, now: number): boolean {
  if (!list || list.key !== key) return true;
  if (list.status !== 'error') return false;
  return now - list.loadedAt >= (list.forbidden ? FORBIDDEN_RETRY_MS : LIST_RETRY_MS);
}

export function beginList(state: WallState, target: CctvTarget, key: string, now: number): void {
  // A list being replaced keeps its cameras out of view: the tiles of the old target go at once.
  state.cameraList = { key, target, status: 'loading', requestedAt: now };
  state.version += 1;
}

export type ListResult = { ok: true; cameras: CctvCamera[] } | { ok: false; message: string; forbidden: boolean };

/** Applies an answer; an answer for a target no longer wanted changes nothing. */
export function finishList(state: WallState, key: string, result: ListResult, now: number): boolean {
  const list = state.cameraList;
  if (!list || list.key !== key) return false;
  state.cameraList = result.ok
    ? { key, target: list.target, status: 'ready', loadedAt: now, cameras: result.cameras }
    : { key, target: list.target, status: 'error', loadedAt: now, message: result.message, forbidden: result.forbidden };
  state.version += 1;
  return true;
}

/** The cameras the panel shows as tiles, nearest first. */
export function shownCameras(state: WallState, limit: number): CctvCamera[] {
  const list = state.cameraList;
  if (list?.status !== 'ready') return [];
  return [...list.cameras].sort((a, b) => (a.distanceM ?? 0) - (b.distanceM ?? 0) || a.id.localeCompare(b.id)).slice(0, limit);
}

export interface StreamRequest {
  camera: string;
  /** The incident the camera is opened for (sent with the play request, recorded in the audit log). */
  incident: string | null;
}

/** The videos the current screen needs: every relayed camera of every CCTV panel. */
export function wantedStreams(state: WallState): StreamRequest[] {
  const panels = cctvPanels(state);
  if (panels.length === 0) return [];
  const limit = Math.max(...panels.map((p) => tileLimit(p, state)));
  const target = state.cameraList?.target;
  const incident = target?.kind === 'incident' ? target.incident : null;
  return shownCameras(state, limit).filter((c) => c.streaming).map((c) => ({ camera: c.id, incident }));
}

export function setStreamState(state: WallState, camera: string, s: StreamState): boolean {
  if (state.streams.get(camera) === s) return false;
  state.streams.set(camera, s);
  state.version += 1;
  return true;
}

export function dropStreamState(state: WallState, camera: string): void {
  if (state.streams.delete(camera)) state.version += 1;
}

/** What a tile shows: the picture only while the video plays; otherwise why not. */
export type TileStatus = 'playing' | 'connecting' | 'stalled' | 'no-signal' | 'error' | 'not-relayed';

export function tileStatus(camera: CctvCamera, stream: StreamState | undefined, signal: CameraSignal | undefined): TileStatus {
  if (!camera.streaming) return 'not-relayed';
  if (stream === undefined) return 'connecting';
  // The relay knows first when a camera has gone dark; the player keeps reconnecting meanwhile.
  if (stream !== 'playing' && (signal?.state === 'no-signal' || signal?.state === 'failed')) return 'no-signal';
  return stream;
}

/** Whether any video is playing (the wall then redraws at the video rate). */
export const anyPlaying = (state: WallState): boolean => [...state.streams.values()].includes('playing');
