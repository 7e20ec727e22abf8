/**
 * @module live/public-incidents
 * What citizens see of incidents: the same board with positions coarsened — fire and rescue to about
 * 100 m (a block), police incidents to about 1 km (victims of crimes must not be locatable) — derived by
 * every API process from `incidents/city/active` into `incidents/public/active`.
 */
import { channels, IncidentBoardSchema, type Incident, type IncidentBoard } from '../contracts/index.ts';
import type { LiveHub } from './hub.ts';

export const PUBLIC_INCIDENTS_CHANNEL = channels.publicIncidents();

const round = (v: number, decimals: number): number => Math.round(v * 10 ** decimals) / 10 ** decimals;

/** Pure: the public view of one incident. */
export function publicIncident(i: Incident): Incident {
  const decimals = i.agency === 'police' ? 2 : 3;
  return { ...i, lon: round(i.lon, decimals), lat: round(i.lat, decimals) };
}

export const publicBoard = (b: IncidentBoard): IncidentBoard => ({ ...b, incidents: b.incidents.map(publicIncident) });

/** Keeps the public board current; returns the function that stops it. */
export function derivePublicIncidents(hub: LiveHub): () => void {
  const compute = (): void => {
    const v = hub.get(channels.incidents());
    const parsed = v ? IncidentBoardSchema.safeParse(v.data) : null;
    if (v && parsed?.success) hub.set(PUBLIC_INCIDENTS_CHANNEL, publicBoard(parsed.data), v.at);
  };
  const stop = hub.watch(channels.incidents(), compute);
  compute();
  return stop;
}
