/**
 * @module db/schema/districts
 * The 25 gu of Seoul, keyed by the 5-digit MOIS code (SIG_CD).
 */
import { char, doublePrecision, jsonb, pgTable, text } from 'drizzle-orm/pg-core';

export const districts = pgTable('districts', {
  /** 5-digit MOIS/JUSO gu code, e.g. 11680 (강남구). */
  code: char('code', { length: 5 }).primaryKey(),
  nameKo: text('name_ko').notNull(),
  nameEn: text('name_en').notNull(),
  /** GeoJSON Polygon or MultiPolygon, WGS84. */
  geometry: jsonb('geometry').notNull(),
  centroidLon: doublePrecision('centroid_lon').notNull(),
  centroidLat: doublePrecision('centroid_lat').notNull(),
});
