/**
 * @module cameras/port
 * What the camera routes need from the rest of the server: the registry (filtered by the caller's
 * scope, which the routes work out), where an incident is, and how play addresses are signed.
 * The platform implements it over the store (server/store/cameras.ts); memory.ts over a list.
 */
import type { Camera, CameraAgency, NearbyCamera } from '../contracts/camera.ts';
import type { CameraViewer } from './viewers.ts';

export interface CameraListQuery {
  /** Only cameras this viewer may view; null: the whole registry. */
  viewer: CameraViewer | null;
  district?: string;
  /** [west, south, east, north] in degrees. */
  bbox?: readonly [number, number, number, number];
  limit: number;
  /** The last id of the previous page. */
  cursor?: string;
}

export interface CameraNearestQuery {
  lon: number;
  lat: number;
  limit: number;
  /** Only cameras this viewer may view; null: the whole registry. */
  viewer: CameraViewer | null;
  maxDistanceM?: number;
}

export interface CameraDistrictCount {
  district: string;
  cameras: number;
  byAgency: Record<CameraAgency, number>;
  /** How many of them are generated (positions synthetic). */
  synthetic: number;
}

/** Where an incident is, for `nearest?incident=` and to check the incident a play request names. */
export interface IncidentPlace {
  lon: number;
  lat: number;
  district: string;
}

export interface CameraPort {
  list(q: CameraListQuery): Promise<{ cameras: Camera[]; next: string | null }>;
  nearest(q: CameraNearestQuery): Promise<NearbyCamera[]>;
  get(id: string): Promise<Camera | null>;
  counts(): Promise<CameraDistrictCount[]>;
  /** null when no such incident is known. */
  incident(id: string): Promise<IncidentPlace | null>;
}

/** How play addresses are made (config: MEDIA_PUBLIC_URL, MEDIA_SECRET, PLAY_TTL_S). */
export interface PlaySettings {
  /** The media server's WebSocket origin as browsers reach it. */
  base: string;
  secret: string;
  ttlS: number;
}
