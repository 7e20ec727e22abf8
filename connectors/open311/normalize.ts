/**
 * @module connectors/open311/normalize
 * Pure: one service request → its complaint events (server/contracts/complaint.ts). Services emit nothing.
 *   complaint.filed   id `<complaint>:filed`, observedAt requested_datetime
 *   complaint.status  `closed` when closed (note: status_notes), `assigned` when open with agency_responsible;
 *                     id `<complaint>:<status>:<observedAt>`, observedAt updated_datetime (never before the filing)
 * complaint `<connector id>:<service_request_id>`, entity `complaint:<complaint>`, district the Seoul gu
 * of lat/long (null outside Seoul). Quarantined: an id the contract refuses, a service_code that cannot
 * be a category code, a payload that does not fit the contract.
 */
import type { z } from 'zod';
import {
  COMPLAINT_EVENT_KINDS,
  ComplaintFiledSchema,
  ComplaintIdSchema,
  ComplaintStatusChangedSchema,
  type ComplaintFiled,
  type ComplaintStatusChanged,
  type EventEnvelope,
  type LocalizedText,
} from '../../server/contracts/index.ts';
import type { NormalizeContext } from '../_kit/define-connector.ts';
import { RecordRejectedError } from '../_kit/errors.ts';
import type { Open311ServiceRequest } from './api.ts';
import { categoryOfServiceCode } from './category.ts';
import { districtAt } from './district.ts';
import type { Open311Record } from './parse.ts';

/** The department of a request no agency has taken yet. */
export const UNASSIGNED: LocalizedText = { ko: '미배정', en: 'Unassigned' };

/** Positions the complaint contract can hold (Korea); others are not carried. */
const IN_RANGE = { lon: [124, 132], lat: [33, 39] } as const;

const clip = (s: string, max: number): string => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

const checked = <T>(schema: z.ZodType<T>, value: unknown, id: string): T => {
  const res = schema.safeParse(value);
  if (res.success) return res.data;
  const issue = res.error.issues[0];
  throw new RecordRejectedError(`request ${id} does not fit the complaint contract: ${issue?.path.map(String).join('.') ?? ''} ${issue?.message ?? ''}`.trim());
};

export const complaintIdOf = (source: string, requestId: string): string => {
  const id = `${source}:${requestId}`;
  if (!ComplaintIdSchema.safeParse(id).success) throw new RecordRejectedError(`service_request_id "${requestId}" is not usable as a complaint id (1–80 letters, digits, dots, dashes, underscores)`);
  return id;
};

const positionOf = (r: Open311ServiceRequest): { lon: number; lat: number } | null => {
  const { lat, long: lon } = r;
  if (lat === null || lon === null) return null;
  const ok = lon >= IN_RANGE.lon[0] && lon <= IN_RANGE.lon[1] && lat >= IN_RANGE.lat[0] && lat <= IN_RANGE.lat[1];
  return ok ? { lon, lat } : null;
};

const agencyOf = (r: Open311ServiceRequest): LocalizedText | null => {
  if (r.agency_responsible === null) return null;
  const name = clip(r.agency_responsible, 120);
  return { ko: name, en: name };
};

export const filedPayloadOf = (r: Open311ServiceRequest, complaint: string, category: string, synthetic: boolean): ComplaintFiled => {
  const at = positionOf(r);
  return checked(
    ComplaintFiledSchema,
    {
      complaint,
      category,
      channel: 'open311',
      district: at === null ? null : districtAt(at.lon, at.lat),
      dong: null,
      address: r.address === null ? null : clip(r.address, 200),
      lon: at?.lon ?? null,
      lat: at?.lat ?? null,
      title: clip(r.service_name ?? r.service_code, 200),
      description: clip(r.description ?? '', 4000),
      department: agencyOf(r) ?? UNASSIGNED,
      reporter: { name: null, phone: null, email: null },
      synthetic,
    },
    r.service_request_id,
  );
};

/** The status event a request calls for, or null (open and not yet with an agency). */
export const statusPayloadOf = (r: Open311ServiceRequest, complaint: string): ComplaintStatusChanged | null => {
  const department = agencyOf(r);
  if (r.status === 'open' && department === null) return null;
  const status = r.status === 'closed' ? 'closed' : 'assigned';
  const note = r.status_notes === null ? null : clip(r.status_notes, 4000);
  return checked(ComplaintStatusChangedSchema, { complaint, status, department, note }, r.service_request_id);
};

export interface Open311NormalizeOptions {
  synthetic: boolean;
}

export const normalizeOpen311 = (rec: Open311Record, ctx: NormalizeContext, o: Open311NormalizeOptions): EventEnvelope[] => {
  if (rec.kind === 'service') return [];
  const r = rec.request;
  const complaint = complaintIdOf(ctx.source, r.service_request_id);
  const category = categoryOfServiceCode(r.service_code);
  if (category === null) throw new RecordRejectedError(`service_code "${r.service_code}" of request ${r.service_request_id} cannot be a category code (letters or digits, at most 40)`);
  const filed = filedPayloadOf(r, complaint, category, o.synthetic);
  const head = { v: 1 as const, source: ctx.source, entity: `complaint:${complaint}`, district: filed.district };
  const events: EventEnvelope[] = [{ ...head, id: `${complaint}:filed`, kind: COMPLAINT_EVENT_KINDS.filed, observedAt: r.requested_datetime, payload: filed }];
  const status = statusPayloadOf(r, complaint);
  if (status !== null) {
    const updated = r.updated_datetime !== null && r.updated_datetime > r.requested_datetime ? r.updated_datetime : r.requested_datetime;
    events.push({ ...head, id: `${complaint}:${status.status}:${updated}`, kind: COMPLAINT_EVENT_KINDS.status, observedAt: updated, payload: status });
  }
  return events;
};
