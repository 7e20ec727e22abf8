/**
 * @module contracts/command
 * What a person asks the wall to do, by voice, touch, tablet or keyboard: one discriminated union
 * on `type` with typed parameters. The command layer (server/commands) turns an utterance into one
 * of these; the wall applies it; the audit log keeps the issued command with its source.
 */
import { z } from 'zod';
import { DistrictCodeSchema } from './envelope.ts';
import { AgencySchema, IncidentIdSchema, IncidentTypeSchema, SeveritySchema } from './incident.ts';
import { LanguageSchema } from './layout.ts';

/** The screens of the built-in layouts; a stored layout may name others with the same id rule. */
export const KNOWN_SCREENS = ['glance', 'city', 'safety', 'opinion', 'administration', 'situation', 'air', 'sources'] as const;
export const ScreenIdSchema = z.string().regex(/^[a-z0-9-]{1,40}$/, 'a screen id of the layout');

/** The map layers the wall draws (server/layouts and wall/src/scene/layers). */
export const MAP_LAYERS = ['districts', 'neighborhoods', 'stations', 'labels', 'incidents'] as const;
export const MapLayerSchema = z.enum(MAP_LAYERS);
export type MapLayer = z.infer<typeof MapLayerSchema>;

/** Administrative dong: the 10-digit MOIS code (행정기관코드), as in the `neighborhoods` table. */
export const DongCodeSchema = z.string().regex(/^11\d{8}$/, 'a 10-digit Seoul administrative dong code');

/** The figures a mayor asks for by name. */
export const COMMAND_INDICATORS = [
  'cai', 'pm10', 'pm25', 'o3', 'no2',
  'employment-rate', 'unemployment-rate', 'consumer-prices', 'housing-prices',
  'population', 'births',
  'traffic-speed', 'subway-ridership', 'bike-rentals',
  'fires', 'crimes', 'response-time',
  'tourists',
] as const;
export const CommandIndicatorSchema = z.enum(COMMAND_INDICATORS);
export type CommandIndicator = z.infer<typeof CommandIndicatorSchema>;

export const TOPICS = ['environment', 'economy', 'population', 'mobility', 'safety', 'housing', 'welfare', 'culture'] as const;
export const TopicSchema = z.enum(TOPICS);
export type Topic = z.infer<typeof TopicSchema>;

/** A calendar date in Seoul time. */
export const IsoDateSchema = z.iso.date();

/** A period, both ends inclusive, as calendar dates in Seoul time. */
export const DateRangeSchema = z
  .object({ from: IsoDateSchema, to: IsoDateSchema })
  .refine((r) => r.from <= r.to, { message: 'from must not be after to', path: ['to'] });
export type DateRange = z.infer<typeof DateRangeSchema>;

/** Periods named relative to now; server/commands/periods resolves them against a clock. */
export const NAMED_PERIODS = ['today', 'yesterday', 'this-week', 'last-week', 'this-month', 'last-month', 'this-quarter', 'last-quarter', 'this-year', 'last-year'] as const;
export const NamedPeriodSchema = z.enum(NAMED_PERIODS);
export type NamedPeriod = z.infer<typeof NamedPeriodSchema>;

export const PeriodSchema = z.union([DateRangeSchema, NamedPeriodSchema]);
export type Period = z.infer<typeof PeriodSchema>;

/** Whom the mayor's office calls from the wall. */
export const OFFICIAL_ROLES = ['fire-commander', 'police-chief', 'district-head', 'department-head', 'deputy-mayor', 'situation-room', 'health-director'] as const;
export const OfficialRoleSchema = z.enum(OFFICIAL_ROLES);
export type OfficialRole = z.infer<typeof OfficialRoleSchema>;

/** An incident by reference: the newest one, the one selected on the wall, or its id. */
export const IncidentRefSchema = z.union([z.literal('latest'), z.literal('selected'), IncidentIdSchema]);
export const SelectedIncidentSchema = z.union([z.literal('selected'), IncidentIdSchema]);

/** A complaint category code (contracts/complaint ComplaintCategory.code). */
export const ComplaintCategoryCodeSchema = z.string().regex(/^[a-z][a-z0-9-]{1,39}$/);
export const WallIdSchema = z.string().regex(/^[a-z0-9-]{1,40}$/);

/** `type` is the discriminator, so no parameter may be called `type` (an incident's is `incidentType`). */
const cmd = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) => {
  if ('type' in shape) throw new Error(`${type}: a parameter may not be called "type"`);
  return z.object({ type: z.literal(type), ...shape }).strict();
};
const none = <T extends string>(type: T) => cmd(type, {});

export const CommandSchema = z.discriminatedUnion('type', [
  cmd('show-screen', { screen: ScreenIdSchema }),
  none('next-screen'),
  none('previous-screen'),
  none('go-back'),
  none('play'),
  none('pause'),
  none('show-help'),
  none('refresh'),
  cmd('select-district', { district: DistrictCodeSchema }),
  cmd('compare-districts', {
    districts: z.array(DistrictCodeSchema).min(2).max(4).refine((ds) => new Set(ds).size === ds.length, 'districts must differ'),
  }),
  cmd('select-dong', { dong: DongCodeSchema, district: DistrictCodeSchema }),
  none('clear-selection'),
  cmd('open-indicator', {
    indicator: CommandIndicatorSchema.optional(),
    topic: TopicSchema.optional(),
    district: DistrictCodeSchema.optional(),
    period: PeriodSchema.optional(),
  }),
  cmd('open-cameras', {
    incident: SelectedIncidentSchema.optional(),
    district: DistrictCodeSchema.optional(),
    count: z.number().int().min(1).max(16).optional(),
  }),
  none('close-cameras'),
  cmd('open-incident', { incident: IncidentRefSchema, incidentType: IncidentTypeSchema.optional() }),
  cmd('filter-incidents', {
    incidentType: IncidentTypeSchema.optional(),
    agency: AgencySchema.optional(),
    severity: SeveritySchema.optional(),
    district: DistrictCodeSchema.optional(),
  }),
  cmd('call-official', {
    role: OfficialRoleSchema,
    district: DistrictCodeSchema.optional(),
    incident: SelectedIncidentSchema.optional(),
  }),
  none('hang-up'),
  cmd('change-language', { lang: LanguageSchema }),
  cmd('zoom-map', { direction: z.enum(['in', 'out']), level: z.number().int().min(1).max(10).optional() }),
  cmd('pan-map', { direction: z.enum(['north', 'south', 'east', 'west']) }),
  none('reset-view'),
  cmd('show-layer', { layer: MapLayerSchema }),
  cmd('hide-layer', { layer: MapLayerSchema }),
  cmd('show-complaints', { district: DistrictCodeSchema.optional(), category: ComplaintCategoryCodeSchema.optional() }),
  cmd('show-trends', { period: PeriodSchema.optional() }),
  none('show-pledges'),
  none('show-city-score'),
  cmd('show-budget', { period: PeriodSchema.optional() }),
  cmd('send-to-wall', { wall: WallIdSchema.optional() }),
  none('mute'),
  none('unmute'),
]);
export type Command = z.infer<typeof CommandSchema>;
export type CommandType = Command['type'];
export const COMMAND_TYPES = CommandSchema.options.map((o) => o.shape.type.value) as readonly CommandType[];

/** How the command reached the platform. */
export const COMMAND_SOURCES = ['voice', 'touch', 'tablet', 'keyboard'] as const;
export const CommandSourceSchema = z.enum(COMMAND_SOURCES);
export type CommandSource = z.infer<typeof CommandSourceSchema>;

/** A command as issued: what, how, the words said (voice), how sure the parser was, and when. */
export const IssuedCommandSchema = z.object({
  command: CommandSchema,
  source: CommandSourceSchema,
  utterance: z.string().min(1).max(500).optional(),
  confidence: z.number().min(0).max(1).optional(),
  at: z.iso.datetime(),
});
export type IssuedCommand = z.infer<typeof IssuedCommandSchema>;
