/**
 * @module contracts/incident
 * Emergency incidents from the 119 (fire, rescue, EMS) and 112 (police) dispatch systems.
 * A source publishes one event per stage — reported → dispatched → arrived → resolved — and one
 * incident actor per incident keeps its state, its durations and its lateness against the targets.
 */
import { z } from 'zod';
import { DistrictCodeSchema } from './envelope.ts';
import { LocalizedSchema } from './layout.ts';

export const AGENCIES = ['fire', 'police'] as const;
export const AgencySchema = z.enum(AGENCIES);
export type Agency = z.infer<typeof AgencySchema>;

/** What the dispatch systems call the incident. Fire: 119; police: 112 (the 2016 crime categories). */
export const INCIDENT_TYPES = ['fire', 'rescue', 'ems', 'homicide', 'robbery', 'sexual-violence', 'theft', 'violence'] as const;
export const IncidentTypeSchema = z.enum(INCIDENT_TYPES);
export type IncidentType = z.infer<typeof IncidentTypeSchema>;

export const INCIDENT_TYPE_NAMES: Readonly<Record<IncidentType, { ko: string; en: string }>> = {
  fire: { ko: '화재', en: 'Fire' },
  rescue: { ko: '구조', en: 'Rescue' },
  ems: { ko: '구급', en: 'EMS' },
  homicide: { ko: '살인', en: 'Homicide' },
  robbery: { ko: '강도', en: 'Robbery' },
  'sexual-violence': { ko: '성범죄', en: 'Sexual violence' },
  theft: { ko: '절도', en: 'Theft' },
  violence: { ko: '폭력', en: 'Violence' },
};

export const SEVERITIES = ['minor', 'moderate', 'major', 'critical'] as const;
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;

export const INCIDENT_STAGES = ['reported', 'dispatched', 'arrived', 'resolved'] as const;
export const IncidentStageSchema = z.enum(INCIDENT_STAGES);
export type IncidentStage = z.infer<typeof IncidentStageSchema>;

/** Event kinds, one per stage. */
export const INCIDENT_EVENT_KINDS = {
  reported: 'incident.reported',
  dispatched: 'incident.dispatched',
  arrived: 'incident.arrived',
  resolved: 'incident.resolved',
} as const satisfies Record<IncidentStage, string>;

/** `fire-119:20210101-0000-0001`: the source's id, then its own incident number. */
export const IncidentIdSchema = z.string().regex(/^[a-z][a-z0-9-]*:[A-Za-z0-9_.-]{1,80}$/, 'source:number');

export const ResponderSchema = z.object({
  /** e.g. `fire-station:11680` or `police-station:gangnam`. */
  id: z.string().min(1).max(80),
  name: LocalizedSchema,
});
export type Responder = z.infer<typeof ResponderSchema>;

export const CasualtiesSchema = z.object({ deaths: z.number().int().nonnegative(), injuries: z.number().int().nonnegative() });

/** Payload of `incident.reported`. */
export const IncidentReportedSchema = z.object({
  incident: IncidentIdSchema,
  agency: AgencySchema,
  type: IncidentTypeSchema,
  severity: SeveritySchema,
  district: DistrictCodeSchema,
  /** Neighbourhood name (legal or administrative dong) as the source gives it, or null. */
  dong: z.string().max(40).nullable(),
  /** The address as a dispatcher reads it (gu and dong; exact addresses stay in the source system). */
  address: z.string().min(1).max(200),
  lon: z.number().min(124).max(132),
  lat: z.number().min(33).max(39),
  /** The unit responsible for the area. */
  responder: ResponderSchema,
  /** True when the incident itself is generated, not replayed from a real record. */
  synthetic: z.boolean(),
});
export type IncidentReported = z.infer<typeof IncidentReportedSchema>;

/** Payload of `incident.dispatched`, `incident.arrived` and `incident.resolved`. */
export const IncidentProgressSchema = z.object({
  incident: IncidentIdSchema,
  stage: IncidentStageSchema.exclude(['reported']),
  /**
   * Durations as the source system recorded them, in seconds. With a replay speed-up these are the
   * real figures, while the events' times are compressed.
   */
  recorded: z
    .object({
      /** reported → dispatched (call handling). */
      dispatchS: z.number().nonnegative().optional(),
      /** dispatched → arrived (travel). */
      travelS: z.number().nonnegative().optional(),
      /** arrived → resolved (suppression or on-scene time). */
      onSceneS: z.number().nonnegative().optional(),
    })
    .default({}),
  /** Names of recorded figures that the source estimated rather than measured. */
  estimated: z.array(z.enum(['dispatchS', 'travelS', 'onSceneS'])).default([]),
  /** Known at resolution. */
  casualties: CasualtiesSchema.optional(),
  /** Property damage in thousand KRW, known at resolution. */
  damageKrwThousands: z.number().nonnegative().optional(),
});
export type IncidentProgress = z.infer<typeof IncidentProgressSchema>;

/** A stage that ran past its target. */
export const LatenessSchema = z.object({
  /** The stage that was expected and had not happened. */
  awaiting: IncidentStageSchema.exclude(['reported']),
  targetS: z.number().positive(),
  /** When it became late (ISO UTC). */
  at: z.iso.datetime(),
});
export type Lateness = z.infer<typeof LatenessSchema>;

/** One incident as the actors keep it and the API and the live channels serve it. */
export const IncidentSchema = z.object({
  id: IncidentIdSchema,
  source: z.string(),
  agency: AgencySchema,
  type: IncidentTypeSchema,
  severity: SeveritySchema,
  stage: IncidentStageSchema,
  district: DistrictCodeSchema,
  dong: z.string().nullable(),
  address: z.string(),
  lon: z.number(),
  lat: z.number(),
  responder: ResponderSchema,
  synthetic: z.boolean(),
  times: z.object({
    reported: z.iso.datetime(),
    dispatched: z.iso.datetime().nullable(),
    arrived: z.iso.datetime().nullable(),
    resolved: z.iso.datetime().nullable(),
  }),
  /** Seconds, from the source's recorded figures when it gave them, else from the stage times. */
  durations: z.object({
    dispatchS: z.number().nullable(),
    travelS: z.number().nullable(),
    onSceneS: z.number().nullable(),
  }),
  estimated: z.array(z.enum(['dispatchS', 'travelS', 'onSceneS'])),
  casualties: CasualtiesSchema.nullable(),
  damageKrwThousands: z.number().nullable(),
  late: z.array(LatenessSchema),
  updatedAt: z.iso.datetime(),
});
export type Incident = z.infer<typeof IncidentSchema>;

/** The live list of incidents the wall draws: every open one and those resolved in the last hour. */
export const IncidentBoardSchema = z.object({
  incidents: z.array(IncidentSchema),
  asOf: z.iso.datetime(),
});
export type IncidentBoard = z.infer<typeof IncidentBoardSchema>;

/** Response-time figures for one agency in one area (the city or one gu) over a window. */
export const IncidentKpiSchema = z.object({
  scope: z.union([z.literal('city'), DistrictCodeSchema]),
  agency: AgencySchema,
  /** The window the figures cover, e.g. the last 24 hours of feed time. */
  from: z.iso.datetime(),
  to: z.iso.datetime(),
  reported: z.number().int().nonnegative(),
  open: z.number().int().nonnegative(),
  arrived: z.number().int().nonnegative(),
  /** Arrivals whose travel time met the target. */
  withinTarget: z.number().int().nonnegative(),
  /** withinTarget / arrived, or null with no arrivals. */
  shareWithinTarget: z.number().min(0).max(1).nullable(),
  /** The travel-time target in seconds (fire: 7 minutes, Korea's golden time). */
  targetS: z.number().positive(),
  /** The share of arrivals the city aims to have within the target. */
  goalShare: z.number().min(0).max(1),
  medianTravelS: z.number().nullable(),
  p90TravelS: z.number().nullable(),
  medianDispatchS: z.number().nullable(),
  late: z.number().int().nonnegative(),
  deaths: z.number().int().nonnegative(),
  injuries: z.number().int().nonnegative(),
});
export type IncidentKpi = z.infer<typeof IncidentKpiSchema>;

export const IncidentKpiBoardSchema = z.object({
  kpis: z.array(IncidentKpiSchema),
  asOf: z.iso.datetime(),
});
export type IncidentKpiBoard = z.infer<typeof IncidentKpiBoardSchema>;

/** Published when a stage runs late: the wall flashes the incident, the situation room is told. */
export const IncidentEscalationSchema = z.object({
  incident: IncidentIdSchema,
  agency: AgencySchema,
  type: IncidentTypeSchema,
  district: DistrictCodeSchema,
  awaiting: IncidentStageSchema.exclude(['reported']),
  targetS: z.number().positive(),
  at: z.iso.datetime(),
});
export type IncidentEscalation = z.infer<typeof IncidentEscalationSchema>;

export const IncidentEscalationsSchema = z.object({
  escalations: z.array(IncidentEscalationSchema),
  asOf: z.iso.datetime(),
});
