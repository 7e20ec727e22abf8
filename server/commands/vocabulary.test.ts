import test from 'ava';
import { z } from 'zod';
import {
  ComplaintCategoryCodeSchema, CommandIndicatorSchema, MapLayerSchema, OfficialRoleSchema, ScreenIdSchema, TopicSchema, WallIdSchema,
} from '../contracts/command.ts';
import { AgencySchema, IncidentTypeSchema, SeveritySchema } from '../contracts/incident.ts';
import { LanguageSchema } from '../contracts/layout.ts';
import { CONCEPT_TERMS } from './lexicon.ts';
import type { SlotKind, Term } from './senses.ts';
import { SURFACES } from './surfaces.ts';
import { FIGURE_TERMS } from './vocabulary-figures.ts';
import { PRIORITY_TERMS, VALUE_TERMS } from './vocabulary.ts';

/** What each slot's values must be, by the command contract. */
const VALUE_OF: Partial<Record<SlotKind, z.ZodType>> = {
  screen: ScreenIdSchema, layer: MapLayerSchema, itype: IncidentTypeSchema, agency: AgencySchema, severity: SeveritySchema,
  indicator: CommandIndicatorSchema, topic: TopicSchema, category: ComplaintCategoryCodeSchema, lang: LanguageSchema, wall: WallIdSchema,
  official: OfficialRoleSchema, zoom: z.enum(['in', 'out']), pan: z.enum(['north', 'south', 'east', 'west']),
};

test('every value a word stands for is a valid value of the contract', (t) => {
  const terms: Term[] = [...VALUE_TERMS, ...FIGURE_TERMS, ...PRIORITY_TERMS];
  for (const term of terms) {
    for (const sense of term.senses) {
      if (sense.value === undefined) continue;
      const schema = VALUE_OF[sense.kind as SlotKind];
      t.truthy(schema, `no contract value for ${sense.kind}`);
      t.true(schema?.safeParse(sense.value).success, `${sense.kind}=${String(sense.value)} (${[...term.ko, ...term.en].join(', ')})`);
    }
  }
});

test('concept words carry no value, and every form compiles', (t) => {
  for (const term of CONCEPT_TERMS) for (const s of term.senses) t.is(s.value, undefined);
  t.true(SURFACES.length > 2000);
  for (const s of SURFACES) t.true(s.re.global, s.form);
});

test('no form is listed twice with different meanings', (t) => {
  const seen = new Map<string, string>();
  for (const term of [...VALUE_TERMS, ...FIGURE_TERMS, ...PRIORITY_TERMS, ...CONCEPT_TERMS]) {
    const meaning = term.senses.map((s) => `${s.kind}=${String(s.value)}`).join('/');
    for (const form of [...term.ko, ...term.en]) {
      const held = seen.get(form);
      t.true(held === undefined || held === meaning, `"${form}" is both ${held} and ${meaning}`);
      seen.set(form, meaning);
    }
  }
});
