/**
 * @module actors/complaint/sla
 * The answer time promised per category, from the list of categories the city keeps
 * (ComplaintCategory.slaDays). A category not in the list gets `DEFAULT_SLA_DAYS` and keeps its own
 * code everywhere else. Days are calendar days of 24 hours.
 */
import { z } from 'zod';
import { ComplaintCategorySchema, type ComplaintCategory } from '../../contracts/index.ts';

/** Korea's civil petitions act: 7 days unless a law says otherwise. */
export const DEFAULT_SLA_DAYS = 7;
export const DAY_MS = 86_400_000;

export class ComplaintCategoriesError extends Error {
  override readonly name = 'ComplaintCategoriesError';
}

/** Answer time in days for a category code. */
export type SlaDaysOf = (category: string) => number;

const CategoriesSchema = z.array(ComplaintCategorySchema);

/** Checks the list (shape, one entry per code) and returns the lookup. */
export const slaLookup = (categories: readonly ComplaintCategory[], defaultDays = DEFAULT_SLA_DAYS): SlaDaysOf => {
  const parsed = CategoriesSchema.safeParse(categories);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new ComplaintCategoriesError(`invalid complaint category at ${i?.path.map(String).join('.') ?? '?'}: ${i?.message ?? ''}`);
  }
  const days = new Map<string, number>();
  for (const c of parsed.data) {
    if (days.has(c.code)) throw new ComplaintCategoriesError(`complaint category ${c.code} is listed twice`);
    days.set(c.code, c.slaDays);
  }
  return (category) => days.get(category) ?? defaultDays;
};
