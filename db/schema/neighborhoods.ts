/**
 * @module db/schema/neighborhoods
 * Administrative dong (행정동), keyed by the 10-digit MOIS 행정기관코드 (adm_cd2).
 */
import { char, index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { districts } from './districts.ts';

export const neighborhoods = pgTable(
  'neighborhoods',
  {
    code: char('code', { length: 10 }).primaryKey(),
    /** 7-digit KOSTAT code (adm_cd). */
    kostatCode: text('kostat_code').notNull(),
    districtCode: char('district_code', { length: 5 })
      .notNull()
      .references(() => districts.code),
    nameKo: text('name_ko').notNull(),
    nameEn: text('name_en'),
    geometry: jsonb('geometry').notNull(),
  },
  (t) => [index('neighborhoods_district_idx').on(t.districtCode)],
);
