/**
 * @module contracts/channels
 * Live channel addresses `scope/namespace/path` (after Grafana Live).
 * A new subscriber gets the last value, then every change.
 */
import { z } from 'zod';

export const ChannelSchema = z
  .string()
  .max(200)
  .regex(/^[a-z0-9_-]+\/[a-z0-9_-]+\/[a-z0-9_-]+$/i, 'a channel address scope/namespace/path');
export type Channel = z.infer<typeof ChannelSchema>;

export const channels = {
  /** One district's air quality state (CAI, grade, pollutant values, stations). */
  airDistrict: (code: string): Channel => `air/district/${code}`,
  /** All 25 districts' air summary as one value. */
  airCity: (): Channel => 'air/city/latest',
  /** One source system's health. */
  source: (id: string): Channel => `sources/source/${id}`,
  /** Every source system's health as one value. */
  sources: (): Channel => 'sources/city/all',
  /** The layout stored for a role or a user (a StoredLayout); the owner is encoded by `channelSegment`. */
  layout: (scope: 'role' | 'user', owner: string): Channel => `layouts/${scope}/${channelSegment(owner)}`,
  /** Every open incident and those resolved in the last hour (an IncidentBoard). */
  incidents: (): Channel => 'incidents/city/active',
  /** The same board for everyone: positions coarsened, derived by every API process. */
  publicIncidents: (): Channel => 'incidents/public/active',
  /** The latest complaints filed (a ComplaintBoard), as filed: officials only. */
  complaintFeed: (): Channel => 'complaints/city/feed',
  /** The same feed for everyone: titles redacted of personal data, derived by every API process. */
  publicComplaintFeed: (): Channel => 'complaints/public/feed',
  /** Answer-time KPIs of the city, every gu and every department (a ComplaintKpiBoard). */
  complaintKpis: (): Channel => 'complaints/kpi/all',
  /** The rising issues of the day (RisingIssues). */
  complaintRising: (): Channel => 'complaints/rising/all',
  /** Resident proposals and opinion polls (a ParticipationBoard): public, as Democracy Seoul is. */
  participation: (): Channel => 'opinion/city/participation',
  /** The day's media trend board (a TrendBoard): terms and item ids, no author. */
  trends: (): Channel => 'trends/city/board',
  /** One incident's full state, as it changes. */
  incident: (id: string): Channel => `incidents/incident/${channelSegment(id.replace(':', '.'))}`,
  /** Response-time KPIs of the city and every gu, per agency (an IncidentKpiBoard). */
  incidentKpis: (): Channel => 'incidents/kpi/all',
  /** The latest escalations (stages running late). */
  escalations: (): Channel => 'incidents/city/escalations',
  /** Every camera's signal state as the relay sees it (CameraSignals). */
  cameraSignals: (): Channel => 'cameras/city/signals',
  /** Emergency-room beds of every hospital (an EmergencyRoomBoard). */
  emergencyRooms: (): Channel => 'er/city/all',
  /** The commands issued to one wall (a WallFeed): its own command box, paired tablets, views sent to it. */
  wall: (id: string): Channel => `walls/wall/${id}`,
  /** One person's ringing and active calls (a CallInbox): for that person only. */
  callInbox: (login: string): Channel => `calls/user/${channelSegment(login)}`,
  /** One call's state (a Call): for its parties only. */
  call: (id: string): Channel => `calls/call/${id}`,
} as const;

/**
 * A name as one channel path segment (`[a-z0-9_-]+`), reversibly: `_` becomes `__` and `.` becomes `_d`,
 * so `kim.minsu` → `kim_dminsu` and `kim_d` → `kim__d` never collide.
 */
export function channelSegment(name: string): string {
  return name.replace(/[_.]/g, (c) => (c === '_' ? '__' : '_d'));
}
