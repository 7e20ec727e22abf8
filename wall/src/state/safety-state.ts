/**
 * @module wall/state/safety-state
 * The wall's urban-safety state: the incident board (every open incident and those resolved in the
 * last hour), the response-time KPIs, the escalations, the selected incident, the cameras the CCTV
 * panel shows and how each camera's video is doing. Pure data, no DOM.
 */
import type { Camera, CameraSignal, Incident, IncidentEscalation, IncidentKpi } from '../../../server/contracts/index.ts';

/** What a camera's video is doing in the browser (the video stream's own states). */
export type StreamState = 'connecting' | 'playing' | 'stalled' | 'no-signal' | 'error';

/** A camera the CCTV panel shows; `distanceM` when it was found near an incident or a point. */
export type CctvCamera = Camera & { distanceM: number | null };

/** Whose cameras the CCTV panel shows. */
export type CctvTarget =
  | { kind: 'incident'; incident: string }
  | { kind: 'district'; district: string }
  | { kind: 'point'; lon: number; lat: number };

/** The camera list for one target, as the API answered. */
export type CameraList =
  | { key: string; target: CctvTarget; status: 'loading'; requestedAt: number }
  | { key: string; target: CctvTarget; status: 'ready'; loadedAt: number; cameras: CctvCamera[] }
  | { key: string; target: CctvTarget; status: 'error'; loadedAt: number; message: string; forbidden: boolean };

/** The selected incident as its own channel or the API gave it (it may have left the board). */
export type IncidentRecord =
  | { id: string; status: 'loading' }
  | { id: string; status: 'ready'; incident: Incident }
  | { id: string; status: 'error'; message: string; loadedAt: number };

export interface SafetyState {
  /** The board by incident id: exact positions for city staff, coarsened for the public. */
  incidents: Map<string, Incident>;
  incidentsAt: string | null;
  incidentKpis: IncidentKpi[];
  incidentKpisAt: string | null;
  /** The latest escalation per incident. */
  escalations: Map<string, IncidentEscalation>;
  escalationsAt: string | null;
  selectedIncident: string | null;
  incidentRecord: IncidentRecord | null;
  /** The incident the CCTV panel shows cameras around (null: the layout's gu or the map centre). */
  cctvFor: string | null;
  /** A gu whose cameras were asked for (used when no incident is): over the layout's gu and the map centre. */
  cctvDistrict: string | null;
  /** How many tiles were asked for (null: each panel's own limit). */
  cctvCount: number | null;
  cameraList: CameraList | null;
  /** The relay's view of each camera's stream. */
  cameraSignals: Map<string, CameraSignal>;
  cameraSignalsAt: string | null;
  /** The browser's video of each camera being shown. */
  streams: Map<string, StreamState>;
}

export const initialSafety = (): SafetyState => ({
  incidents: new Map(),
  incidentsAt: null,
  incidentKpis: [],
  incidentKpisAt: null,
  escalations: new Map(),
  escalationsAt: null,
  selectedIncident: null,
  incidentRecord: null,
  cctvFor: null,
  cctvDistrict: null,
  cctvCount: null,
  cameraList: null,
  cameraSignals: new Map(),
  cameraSignalsAt: null,
  streams: new Map(),
});
