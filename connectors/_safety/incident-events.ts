/**
 * @module connectors/safety/incident-events
 * Pure: the events of one incident stage, shared by the 119 and 112 connectors.
 *   id        `<source>:<incident number>:<stage>`   (a natural key: a re-read publishes the same id)
 *   entity    `incident:<source>:<incident number>`
 *   kind      `incident.reported|dispatched|arrived|resolved`
 *   payload   IncidentReported (reported) or IncidentProgress (the others), checked against the contract.
 */
import {
  INCIDENT_EVENT_KINDS,
  IncidentIdSchema,
  IncidentProgressSchema,
  IncidentReportedSchema,
  type EventEnvelope,
  type IncidentProgress,
  type IncidentReported,
  type IncidentStage,
} from '../../server/contracts/index.ts';
import type { z } from 'zod';
import { RecordRejectedError } from '../_kit/errors.ts';

/** `fire-119` + `20240501-120312-000042` → `fire-119:20240501-120312-000042`; rejects numbers the contract refuses. */
export const incidentIdOf = (source: string, number: string): string => {
  const id = `${source}:${number}`;
  if (!IncidentIdSchema.safeParse(id).success) throw new RecordRejectedError(`incident number "${number}" is not usable as an id`);
  return id;
};

interface StageEventInput {
  source: string;
  incident: string;
  stage: IncidentStage;
  observedAt: string;
  district: string;
}

const envelope = (i: StageEventInput, payload: unknown): EventEnvelope => ({
  v: 1,
  id: `${i.incident}:${i.stage}`,
  source: i.source,
  kind: INCIDENT_EVENT_KINDS[i.stage],
  observedAt: i.observedAt,
  entity: `incident:${i.incident}`,
  district: i.district,
  payload,
});

const checked = <T>(schema: z.ZodType<T>, value: unknown): T => {
  const res = schema.safeParse(value);
  if (res.success) return res.data;
  const issue = res.error.issues[0];
  throw new RecordRejectedError(`payload does not fit the contract: ${issue?.path.map(String).join('.') ?? ''} ${issue?.message ?? ''}`.trim());
};

export const reportedEvent = (i: Omit<StageEventInput, 'stage'>, payload: IncidentReported): EventEnvelope =>
  envelope({ ...i, stage: 'reported' }, checked(IncidentReportedSchema, payload));

export const progressEvent = (i: Omit<StageEventInput, 'stage'>, payload: IncidentProgress): EventEnvelope =>
  envelope({ ...i, stage: payload.stage }, checked(IncidentProgressSchema, payload));
