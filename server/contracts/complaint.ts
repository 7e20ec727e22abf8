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

// What the complaint board publishes: KPIs per scope, the live feed, the rising issues.

/** Where a KPI applies: the whole city, one gu, or one department (the one holding each complaint now). */
export const ComplaintKpiScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('city') }),
  z.object({ kind: z.literal('district'), district: DistrictCodeSchema }),
  z.object({ kind: z.literal('department'), department: LocalizedSchema }),
]);
export type ComplaintKpiScope = z.infer<typeof ComplaintKpiScopeSchema>;

export const CategoryCountSchema = z.object({
  category: z.string().min(1),
  count: z.number().int().positive(),
});
export type CategoryCount = z.infer<typeof CategoryCountSchema>;

/**
 * Answer-time figures for one scope over a window [from, to) of feed time. `open` and `overdue` are
 * the backlog as of `to`, whenever the complaints were filed; the other counts are what happened in
 * the window. An answer is the first one after filing or after a reopening.
 */
export const ComplaintKpiSchema = z.object({
  scope: ComplaintKpiScopeSchema,
  from: z.iso.datetime(),
  to: z.iso.datetime(),
  /** Filed in the window. */
  received: z.number().int().nonnegative(),
  /** Open now (received, assigned, in progress or reopened). */
  open: z.number().int().nonnegative(),
  /** Open and past their due time. */
  overdue: z.number().int().nonnegative(),
  /** Answers given in the window. */
  answered: z.number().int().nonnegative(),
  /** Of those, given by their due time. */
  answeredWithinSla: z.number().int().nonnegative(),
  /** answeredWithinSla / answered, or null with no answers. */
  shareWithinSla: z.number().min(0).max(1).nullable(),
  /** Filing (or reopening) to answer, hours, 0.1 h. */
  medianAnswerHours: z.number().nonnegative().nullable(),
  /** Reopenings in the window. */
  reopened: z.number().int().nonnegative(),
  /** reopened / answered, or null with no answers. */
  reopenRate: z.number().nonnegative().nullable(),
  /** The most frequent categories filed in the window, most first. */
  topCategories: z.array(CategoryCountSchema).max(10),
});
export type ComplaintKpi = z.infer<typeof ComplaintKpiSchema>;

export const ComplaintKpiBoardSchema = z.object({
  kpis: z.array(ComplaintKpiSchema),
  asOf: z.iso.datetime(),
});
export type ComplaintKpiBoard = z.infer<typeof ComplaintKpiBoardSchema>;

/** One line of the live feed. Officials only: titles are as filed. */
export const ComplaintFeedItemSchema = z.object({
  id: ComplaintIdSchema,
  category: z.string(),
  district: DistrictCodeSchema.nullable(),
  status: ComplaintStatusSchema,
  requestedAt: z.iso.datetime(),
  title: z.string(),
});
export type ComplaintFeedItem = z.infer<typeof ComplaintFeedItemSchema>;

/** The latest complaints filed, newest first. */
export const ComplaintBoardSchema = z.object({
  complaints: z.array(ComplaintFeedItemSchema),
  asOf: z.iso.datetime(),
});
export type ComplaintBoard = z.infer<typeof ComplaintBoardSchema>;

/** A (gu, category) pair filed far more often today than its own recent days predict. */
export const RisingIssueSchema = z.object({
  district: DistrictCodeSchema,
  category: z.string().min(1),
  /** The calendar day in Seoul (KST). */
  day: z.iso.date(),
  /** Filed so far that day. */
  count: z.number().int().nonnegative(),
  /** What the baseline predicts for a whole day like it. */
  expected: z.number().nonnegative(),
  /** count / expected, or null when nothing was expected. */
  ratio: z.number().nonnegative().nullable(),
  /** (count − expected) / √(expected + 1). */
  score: z.number(),
  /** Days the baseline was taken from. */
  baselineDays: z.number().int().positive(),
  raisedAt: z.iso.datetime(),
});
export type RisingIssue = z.infer<typeof RisingIssueSchema>;

export const RisingIssuesSchema = z.object({
  issues: z.array(RisingIssueSchema),
  asOf: z.iso.datetime(),
});
export type RisingIssues = z.infer<typeof RisingIssuesSchema>;
