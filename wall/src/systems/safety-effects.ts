/**
 * @module wall/systems/safety-effects
 * The safety screens' requests, run once per frame from the state: the camera list of the CCTV
 * panel's target (on a new target at once, after a failure again later) and the selected incident
 * when it is on neither the board nor its own channel (resolved more than an hour ago). Answers go
 * into the state; an answer for a target no longer wanted is dropped.
 */
import type { Incident } from '../../../server/contracts/index.ts';
import { ApiError } from '../api/rest.ts';
import { beginList, cctvPanels, cctvTarget, finishList, listWanted, mapCentre, targetKey, tileLimit } from '../state/cctv.ts';
import type { Bounds } from '../state/map-view.ts';
import type { CctvCamera, CctvTarget } from '../state/safety-state.ts';
import type { WallState } from '../state/wall-state.ts';

export interface SafetyEffectDeps {
  state: WallState;
  bounds: Bounds;
  fetchCameras(target: CctvTarget, limit: number): Promise<CctvCamera[]>;
  fetchIncident(id: string): Promise<Incident>;
  now(): number;
}

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));
const forbidden = (err: unknown): boolean => err instanceof ApiError && (err.status === 401 || err.status === 403);

/** Seconds before an incident that could not be loaded is asked again. */
const INCIDENT_RETRY_MS = 30_000;
/** The board and the incident's channel get this long to bring a freshly selected incident. */
const INCIDENT_GRACE_MS = 1_500;

export function safetyEffects(d: SafetyEffectDeps): () => void {
  const { state } = d;
  let selectedAt = 0;
  let selectedId: string | null = null;

  const cameras = (now: number): void => {
    const panels = cctvPanels(state);
    // Camera lists are for signed-in staff: an anonymous wall says so instead of asking.
    if (panels.length === 0 || !state.signedIn) return;
    const limit = Math.max(...panels.map((p) => tileLimit(p, state)));
    const target = cctvTarget(state, mapCentre(state, d.bounds));
    if (!target) return;
    const key = targetKey(target, limit);
    if (!listWanted(state.cameraList, key, now)) return;
    beginList(state, target, key, now);
    d.fetchCameras(target, limit).then(
      (list) => finishList(state, key, { ok: true, cameras: list }, d.now()),
      (err: unknown) => finishList(state, key, { ok: false, message: messageOf(err), forbidden: forbidden(err) }, d.now()),
    );
  };

  const incident = (now: number): void => {
    const id = state.selectedIncident;
    if (id !== selectedId) {
      selectedId = id;
      selectedAt = now;
    }
    if (id === null || state.incidents.has(id)) return;
    const r = state.incidentRecord;
    if (r?.id === id && (r.status !== 'error' || now - r.loadedAt < INCIDENT_RETRY_MS)) return;
    if (now - selectedAt < INCIDENT_GRACE_MS) return;
    state.incidentRecord = { id, status: 'loading' };
    state.version += 1;
    d.fetchIncident(id).then(
      (i) => {
        if (state.incidentRecord?.id !== id || state.incidentRecord.status === 'ready') return;
        state.incidentRecord = { id, status: 'ready', incident: i };
        state.version += 1;
      },
      (err: unknown) => {
        if (state.incidentRecord?.id !== id || state.incidentRecord.status === 'ready') return;
        state.incidentRecord = { id, status: 'error', message: messageOf(err), loadedAt: d.now() };
        state.version += 1;
      },
    );
  };

  return () => {
    const now = d.now();
    cameras(now);
    incident(now);
  };
}
