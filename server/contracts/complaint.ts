/**
 * @module contracts/complaint
 * Civil complaints (민원): requests filed through the 120 Dasan call centre, the web and apps, or any
 * Open311 GeoReport v2 system. A source publishes `complaint.filed` once and `complaint.status` per
 * status change; one complaint actor per request keeps its history, its SLA clock and its reopenings.
 * Texts are kept in full for officials; everything public passes through server/privacy first.
 */
import { z } from 'zod';
import { DistrictCodeSchema } from './envelope.ts';
import { LocalizedSchema } from './layout.ts';

/** The life of a complaint. `reopened` returns it to work after an answer the citizen did not accept. */
export const COMPLAINT_STATUSES = ['received', 'assigned', 'in-progress', 'answered', 'closed', 'reopened'] as const;
export const ComplaintStatusSchema = z.enum(COMPLAINT_STATUSES);
export type ComplaintStatus = z.infer<typeof ComplaintStatusSchema>;

/** Statuses in which the city still owes an answer. */
export const OPEN_COMPLAINT_STATUSES: readonly ComplaintStatus[] = ['received', 'assigned', 'in-progress', 'reopened'];

/** Open311 knows two statuses only. */
export function open311StatusOf(s: ComplaintStatus): 'open' | 'closed' {
  return s === 'answered' || s === 'closed' ? 'closed' : 'open';
}

export const COMPLAINT_CHANNELS = ['phone', 'web', 'app', 'open311', 'visit'] as const;
export const ComplaintChannelSchema = z.enum(COMPLAINT_CHANNELS);

export const COMPLAINT_EVENT_KINDS = { filed: 'complaint.filed', status: 'complaint.status' } as const;

/** `dasan-120:2026-000123` or `open311-<city>:<service_request_id>`. */
export const ComplaintIdSchema = z.string().regex(/^[a-z][a-z0-9-]*:[A-Za-z0-9_.-]{1,80}$/, 'source:number');

/** A category of complaint and the answer time the city promises for it. */
export const ComplaintCategorySchema = z.object({
  /** Also the Open311 service_code. */
  code: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/),
  name: LocalizedSchema,
  /** Open311 group. */
  group: LocalizedSchema,
  /** The department that answers by default. */
  department: LocalizedSchema,
  /** Answer within this many days (Korea's civil petitions act: 7 days for most, 14 for some). */
  slaDays: z.number().positive(),
  keywords: z.array(z.string()).default([]),
});
export type ComplaintCategory = z.infer<typeof ComplaintCategorySchema>;

/** Who filed it: officials may see it, the public never does. */
export const ReporterSchema = z.object({
  name: z.string().max(80).nullable(),
  phone: z.string().max(40).nullable(),
  email: z.string().max(120).nullable(),
});
export type Reporter = z.infer<typeof ReporterSchema>;

/** Payload of `complaint.filed`. */
export const ComplaintFiledSchema = z.object({
  complaint: ComplaintIdSchema,
  category: z.string().min(1).max(40),
  channel: ComplaintChannelSchema,
  district: DistrictCodeSchema.nullable(),
  dong: z.string().max(40).nullable(),
  /** Exact address as filed (officials only; the public sees it coarsened to the block). */
  address: z.string().max(200).nullable(),
  lon: z.number().min(124).max(132).nullable(),
  lat: z.number().min(33).max(39).nullable(),
  title: z.string().max(200),
  /** Free text, usually Korean, as filed. */
  description: z.string().max(4000),
  department: LocalizedSchema,
  reporter: ReporterSchema,
  synthetic: z.boolean(),
});
export type ComplaintFiled = z.infer<typeof ComplaintFiledSchema>;

/** Payload of `complaint.status`. */
export const ComplaintStatusChangedSchema = z.object({
  complaint: ComplaintIdSchema,
  status: ComplaintStatusSchema,
  /** The department now holding it (on assignment and transfer). */
  department: LocalizedSchema.nullable(),
  /** The official's note or answer. */
  note: z.string().max(4000).nullable(),
});
export type ComplaintStatusChanged = z.infer<typeof ComplaintStatusChangedSchema>;

export const ComplaintHistoryEntrySchema = z.object({
  status: ComplaintStatusSchema,
  at: z.iso.datetime(),
  department: LocalizedSchema.nullable(),
  note: z.string().nullable(),
});
export type ComplaintHistoryEntry = z.infer<typeof ComplaintHistoryEntrySchema>;

/** One complaint as the actors keep it and officials see it. */
export const ComplaintSchema = z.object({
  id: ComplaintIdSchema,
  source: z.string(),
  category: z.string(),
  channel: ComplaintChannelSchema,
  status: ComplaintStatusSchema,
  district: DistrictCodeSchema.nullable(),
  dong: z.string().nullable(),
  address: z.string().nullable(),
  lon: z.number().nullable(),
  lat: z.number().nullable(),
  title: z.string(),
  description: z.string(),
  department: LocalizedSchema,
  reporter: ReporterSchema,
  synthetic: z.boolean(),
  requestedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** requestedAt + the category's SLA (restarted on reopening). */
  dueAt: z.iso.datetime(),
  answeredAt: z.iso.datetime().nullable(),
  closedAt: z.iso.datetime().nullable(),
  reopened: z.number().int().nonnegative(),
  history: z.array(ComplaintHistoryEntrySchema),
});
export type Complaint = z.infer<typeof ComplaintSchema>;
