/**
 * @module contracts/layout
 * A wall layout as data: which screens, which panels where, which metric, which language.
 * Stored per role or per user and edited through `/api/v1/layouts`; the wall renders whatever
 * layout it is given. Panel positions are cells of a grid over the 3840×2160 logical canvas.
 */
import { z } from 'zod';
import { AirMetricSchema } from './metrics.ts';

export const LANGUAGES = ['ko', 'en'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

/** The roles a layout can be stored for (the access issue gives them their permissions). */
export const WALL_ROLES = ['mayor', 'deputy-mayor', 'district-head', 'official', 'situation-room', 'auditor', 'administrator', 'public'] as const;
export const WallRoleSchema = z.enum(WALL_ROLES);
export type WallRole = z.infer<typeof WallRoleSchema>;

export const LocalizedSchema = z.object({ ko: z.string().min(1).max(120), en: z.string().min(1).max(120) });
export type LocalizedText = z.infer<typeof LocalizedSchema>;

/** What a panel shows. New domains add kinds here and a panel renderer in the wall. */
export const PANEL_KINDS = [
  'glance',
  'map',
  'air-ranking',
  'source-health',
  'district-detail',
  'citizen-opinion',
  'administration',
  'incidents',
  'incident-detail',
  'cctv',
  'complaint-map',
  'complaint-feed',
  'complaint-sla',
  'complaint-categories',
  'rising-issues',
  'media-trends',
  'participation',
  'indicator-grid',
  'indicator-detail',
  'pledge-board',
  'city-score',
  'budget-execution',
] as const;
export const PanelKindSchema = z.enum(PANEL_KINDS);
export type PanelKind = z.infer<typeof PanelKindSchema>;

/** The metric a map or ranking is coloured and sorted by: the integrated index or one pollutant. */
export const MapMetricSchema = z.union([z.literal('cai'), AirMetricSchema]);
export type MapMetric = z.infer<typeof MapMetricSchema>;

export const GRID = { cols: 24, rows: 12 } as const;

export const PanelAreaSchema = z
  .object({
    col: z.number().int().min(0).max(GRID.cols - 1),
    row: z.number().int().min(0).max(GRID.rows - 1),
    cols: z.number().int().min(1).max(GRID.cols),
    rows: z.number().int().min(1).max(GRID.rows),
  })
  .refine((a) => a.col + a.cols <= GRID.cols && a.row + a.rows <= GRID.rows, 'the panel must fit the 24×12 grid');
export type PanelArea = z.infer<typeof PanelAreaSchema>;

export const PanelSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'lowercase letters, digits and dashes'),
  kind: PanelKindSchema,
  area: PanelAreaSchema,
  title: LocalizedSchema.optional(),
  metric: MapMetricSchema.optional(),
  /** Map layers to show, by id (e.g. 'districts', 'neighborhoods', 'stations', 'labels'). */
  layers: z.array(z.string().regex(/^[a-z0-9-]{1,40}$/)).max(20).optional(),
  /** Rows of a list panel. */
  limit: z.number().int().min(1).max(50).optional(),
});
export type Panel = z.infer<typeof PanelSchema>;

const unique = (ids: readonly string[]): boolean => new Set(ids).size === ids.length;

export const ScreenSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  title: LocalizedSchema,
  panels: z.array(PanelSchema).min(1).max(24).refine((ps) => unique(ps.map((p) => p.id)), 'panel ids must be unique on a screen'),
});
export type Screen = z.infer<typeof ScreenSchema>;

export const LayoutSchema = z
  .object({
    version: z.literal(1),
    name: LocalizedSchema,
    language: LanguageSchema,
    /** A gu the wall centres on and details (a district head's wall), or null for the whole city. */
    focusDistrict: z.string().regex(/^11\d{3}$/).nullable(),
    screens: z.array(ScreenSchema).min(1).max(12).refine((ss) => unique(ss.map((s) => s.id)), 'screen ids must be unique'),
    startScreen: z.string(),
    /** Seconds per screen when the wall rotates through its screens; 0 stays on one. */
    rotateSeconds: z.number().int().min(0).max(3600),
  })
  .refine((l) => l.screens.some((s) => s.id === l.startScreen), { message: 'startScreen must name one of the screens', path: ['startScreen'] });
export type Layout = z.infer<typeof LayoutSchema>;

export const LayoutScopeSchema = z.enum(['role', 'user']);
export type LayoutScope = z.infer<typeof LayoutScopeSchema>;

/** A user id: lowercase login names as the access issue will issue them. */
export const LayoutOwnerSchema = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,62}$/);

/** A layout as served: the document, whose it is, and the revision to send back in `If-Match`. */
export const StoredLayoutSchema = z.object({
  scope: LayoutScopeSchema,
  owner: z.string(),
  layout: LayoutSchema,
  revision: z.number().int().nonnegative(),
  /** true when no one has stored one and this is the built-in default. */
  builtIn: z.boolean(),
  updatedAt: z.string().nullable(),
});
export type StoredLayout = z.infer<typeof StoredLayoutSchema>;
