/**
 * @module wall/state/live-reducer
 * Applies `/live` messages to the wall state. Unknown channels are ignored; a payload that does not
 * match its contract is rejected (reported to the caller) and leaves the state as it was.
 */
import { z } from 'zod';
import {
  CameraSignalsSchema, channels, ComplaintBoardSchema, ComplaintKpiBoardSchema, DistrictAirSchema, IncidentBoardSchema, IncidentEscalationsSchema, IncidentKpiBoardSchema,
  IncidentSchema, RisingIssuesSchema, SourceHealthSchema, TrendBoardSchema,
  type CameraSignals, type ComplaintBoard, type ComplaintKpiBoard, type DistrictAir, type Incident, type IncidentBoard, type IncidentKpiBoard, type RisingIssues,
  type ServerMessage, type SourceHealth, type TrendBoard,
} from '../../../server/contracts/index.ts';
import { PUBLIC_COMPLAINTS_CHANNEL } from './complaints.ts';
import { PUBLIC_INCIDENTS_CHANNEL } from './incidents.ts';
import { PARTICIPATION_CHANNEL, WallParticipationBoardSchema, type WallParticipationBoard } from './participation.ts';
import { TRENDS_CHANNEL } from './trends.ts';
import type { WallState } from './wall-state.ts';

export type ApplyResult = { changed: boolean; rejected?: string };

const issueOf = (e: z.ZodError): string => e.issues.map((i) => `${i.path.join('.')}: ${i.message}`).slice(0, 3).join('; ');

/** A channel family: which channels, the payload contract, and how a valid payload changes the state. */
interface Binding<T> {
  matches(channel: string): boolean;
  schema: z.ZodType<T>;
  /** Changes the state; false when the value is not for this wall (nothing changed). */
  apply(state: WallState, value: T, at: string | null): void | false;
}

const bind = <T>(b: Binding<T>): Binding<unknown> => b as Binding<unknown>;

const newest = (a: string | null, b: string | null): string | null => (a === null || (b !== null && b > a) ? b : a);

const BINDINGS: ReadonlyArray<Binding<unknown>> = [
  bind({
    matches: (c) => c === 'air/city/latest',
    schema: z.array(DistrictAirSchema),
    apply(state, districts: DistrictAir[], at) {
      for (const d of districts) state.air.set(d.district, d);
      state.airAt = at;
    },
  }),
  bind({
    matches: (c) => c.startsWith('air/district/'),
    schema: DistrictAirSchema,
    apply(state, d: DistrictAir, at) {
      state.air.set(d.district, d);
      state.airAt = newest(state.airAt, at);
    },
  }),
  bind({
    matches: (c) => c === 'sources/city/all',
    schema: z.array(SourceHealthSchema),
    apply(state, list: SourceHealth[], at) {
      for (const h of list) state.health.set(h.source, h);
      state.healthAt = at;
    },
  }),
  bind({
    matches: (c) => c.startsWith('sources/source/'),
    schema: SourceHealthSchema,
    apply(state, h: SourceHealth) {
      state.health.set(h.source, h);
    },
  }),
  // The board replaces the last one: an incident that left it is no longer shown.
  bind({
    matches: (c) => c === channels.incidents() || c === PUBLIC_INCIDENTS_CHANNEL,
    schema: IncidentBoardSchema,
    apply(state, board: IncidentBoard) {
      state.incidents = new Map(board.incidents.map((i) => [i.id, i]));
      state.incidentsAt = board.asOf;
    },
  }),
  bind({
    matches: (c) => c === channels.incidentKpis(),
    schema: IncidentKpiBoardSchema,
    apply(state, board: IncidentKpiBoard) {
      state.incidentKpis = board.kpis;
      state.incidentKpisAt = board.asOf;
    },
  }),
  bind({
    matches: (c) => c === channels.escalations(),
    schema: IncidentEscalationsSchema,
    apply(state, list: z.infer<typeof IncidentEscalationsSchema>) {
      const latest = new Map<string, (typeof list.escalations)[number]>();
      for (const e of list.escalations) if ((latest.get(e.incident)?.at ?? '') <= e.at) latest.set(e.incident, e);
      state.escalations = latest;
      state.escalationsAt = list.asOf;
    },
  }),
  // One incident's own channel: kept for the selected incident only.
  bind({
    matches: (c) => c.startsWith('incidents/incident/'),
    schema: IncidentSchema,
    apply(state, i: Incident) {
      if (i.id === state.selectedIncident) state.incidentRecord = { id: i.id, status: 'ready', incident: i };
    },
  }),
  bind({
    matches: (c) => c === channels.cameraSignals(),
    schema: CameraSignalsSchema,
    apply(state, s: CameraSignals) {
      state.cameraSignals = new Map(s.signals.map((x) => [x.camera, x]));
      state.cameraSignalsAt = s.asOf;
    },
  }),
  // The complaint feed replaces the last one. Titles as filed are for signed-in staff only: a wall
  // without a person keeps to the redacted feed, whatever reaches it.
  bind({
    matches: (c) => c === channels.complaintFeed(),
    schema: ComplaintBoardSchema,
    apply(state, board: ComplaintBoard) {
      if (state.signedIn === null) return false;
      state.complaints = board.complaints;
      state.complaintsAt = board.asOf;
    },
  }),
  bind({
    matches: (c) => c === PUBLIC_COMPLAINTS_CHANNEL,
    schema: ComplaintBoardSchema,
    apply(state, board: ComplaintBoard) {
      if (state.signedIn !== null) return false;
      state.complaints = board.complaints;
      state.complaintsAt = board.asOf;
    },
  }),
  bind({
    matches: (c) => c === channels.complaintKpis(),
    schema: ComplaintKpiBoardSchema,
    apply(state, board: ComplaintKpiBoard) {
      state.complaintKpis = board.kpis;
      state.complaintKpisAt = board.asOf;
    },
  }),
  bind({
    matches: (c) => c === channels.complaintRising(),
    schema: RisingIssuesSchema,
    apply(state, r: RisingIssues) {
      state.rising = r.issues;
      state.risingAt = r.asOf;
    },
  }),
  // The trend board carries its day, not a time: the channel's time dates it.
  bind({
    matches: (c) => c === TRENDS_CHANNEL,
    schema: TrendBoardSchema,
    apply(state, board: TrendBoard, at) {
      state.trends = board;
      state.trendsAt = at;
    },
  }),
  bind({
    matches: (c) => c === PARTICIPATION_CHANNEL,
    schema: WallParticipationBoardSchema,
    apply(state, board: WallParticipationBoard) {
      state.participation = board;
      state.participationAt = board.asOf;
    },
  }),
];

function applyData(state: WallState, channel: string, data: unknown, at: string | null): ApplyResult {
  const binding = BINDINGS.find((b) => b.matches(channel));
  // A channel nobody shows, or one with no value yet (null snapshot), changes nothing.
  if (!binding || data === null) return { changed: false };
  const parsed = binding.schema.safeParse(data);
  if (!parsed.success) return { changed: false, rejected: issueOf(parsed.error) };
  return { changed: binding.apply(state, parsed.data, at) !== false };
}

/** Applies one server message; `now` stamps the connection's last message and update times. */
export function applyServerMessage(state: WallState, msg: ServerMessage, now: number): ApplyResult {
  state.connection.lastMessageAt = now;
  if (msg.type !== 'snapshot' && msg.type !== 'update') return { changed: false };
  const result = applyData(state, msg.channel, msg.data, msg.at);
  if (result.changed) {
    state.connection.lastUpdateAt = now;
    state.version += 1;
  }
  return result;
}
