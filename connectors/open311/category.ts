/**
 * @module connectors/open311/category
 * Pure: an Open311 `service_code` → a complaint category code (`ComplaintCategorySchema.code`,
 * `^[a-z][a-z0-9-]{1,39}$`). Compatibility forms folded and accents dropped (`Ｃａｆé` → `cafe`), lowercased,
 * every run of other characters a dash, dashes trimmed: `Pothole_Repair` → `pothole-repair`, `road-pothole`
 * → `road-pothole`. A code that then starts with a digit, or is one character, gets the prefix `service-`
 * (`006` → `service-006`, `A` → `service-a`), so such catalogues keep one category per code.
 * Null when nothing is left (`도로파손`, `???`) or the result is longer than 40 characters.
 */
import { ComplaintCategorySchema } from '../../server/contracts/index.ts';

export const NUMERIC_CODE_PREFIX = 'service-';

const CodeSchema = ComplaintCategorySchema.shape.code;

export const categoryOfServiceCode = (serviceCode: string): string | null => {
  const slug = serviceCode
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug === '') return null;
  const code = /^[0-9]/.test(slug) || slug.length < 2 ? `${NUMERIC_CODE_PREFIX}${slug}` : slug;
  return CodeSchema.safeParse(code).success ? code : null;
};
