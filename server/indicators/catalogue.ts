/**
 * @module indicators/catalogue
 * Loads the indicator catalogue (db/reference/indicators/catalogue.json) and the plan (plan.json),
 * checks them with the contract's schemas, and checks the plan against the catalogue: every task's
 * indicators exist, and every area has tasks.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { CatalogueSchema, PlanSchema, type Catalogue, type Indicator, type Plan } from '../contracts/indicator.ts';

export const CATALOGUE_FILE = fileURLToPath(new URL('../../db/reference/indicators/catalogue.json', import.meta.url));
export const PLAN_FILE = fileURLToPath(new URL('../../db/reference/indicators/plan.json', import.meta.url));

export class PlanError extends Error {
  override readonly name = 'PlanError';
}

export const parseCatalogue = (text: string): Catalogue => CatalogueSchema.parse(JSON.parse(text));

export const loadCatalogue = async (file: string = CATALOGUE_FILE): Promise<Catalogue> => parseCatalogue(await readFile(file, 'utf8'));

export const indicatorIndex = (catalogue: Pick<Catalogue, 'indicators'>): Map<string, Indicator> => new Map(catalogue.indicators.map((i) => [i.id, i]));

/** The plan's references into the catalogue; a PlanError lists every broken one. */
export const checkPlan = (plan: Plan, catalogue: Pick<Catalogue, 'indicators'>): Plan => {
  const known = indicatorIndex(catalogue);
  const problems: string[] = [];
  for (const t of plan.tasks) {
    for (const { indicator } of t.indicators) if (!known.has(indicator)) problems.push(`task ${t.id}: no indicator ${indicator}`);
    if (new Set(t.indicators.map((i) => i.indicator)).size !== t.indicators.length) problems.push(`task ${t.id}: an indicator is linked twice`);
  }
  for (const a of plan.areas) if (!plan.tasks.some((t) => t.area === a.id)) problems.push(`area ${a.id} has no task`);
  if (problems.length > 0) throw new PlanError(problems.join('; '));
  return plan;
};

export const parsePlan = (text: string, catalogue: Pick<Catalogue, 'indicators'>): Plan => checkPlan(PlanSchema.parse(JSON.parse(text)), catalogue);

export const loadPlan = async (catalogue: Pick<Catalogue, 'indicators'>, file: string = PLAN_FILE): Promise<Plan> => parsePlan(await readFile(file, 'utf8'), catalogue);
