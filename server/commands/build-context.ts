/**
 * @module commands/build-context
 * What the parser knows besides the words: the time (for "last month"), the wall's language (for
 * "switch language"), and what is selected on the wall (for "this incident", "compare with 서초구",
 * "the district head"). Validated at the boundary.
 */
import { z } from 'zod';
import { DongCodeSchema } from '../contracts/command.ts';
import { DistrictCodeSchema } from '../contracts/envelope.ts';
import { IncidentIdSchema } from '../contracts/incident.ts';
import { LanguageSchema } from '../contracts/layout.ts';

export const SelectionSchema = z.object({
  district: DistrictCodeSchema.optional(),
  dong: DongCodeSchema.optional(),
  incident: IncidentIdSchema.optional(),
  screen: z.string().optional(),
});
export type Selection = z.infer<typeof SelectionSchema>;

export const ParseContextSchema = z.object({
  now: z.date(),
  lang: LanguageSchema.optional(),
  selection: SelectionSchema.optional(),
});
export type ParseContext = z.infer<typeof ParseContextSchema>;
