/**
 * @module db/schema/stations
 * Measuring stations (air quality first), each in one district.
 */
import { char, doublePrecision, index, pgTable, text } from 'drizzle-orm/pg-core';
import { districts } from './districts.ts';

export const STATION_KINDS = ['urban', 'roadside', 'background'] as const;
export type StationKind = (typeof STATION_KINDS)[number];

export const stations = pgTable(
  'stations',
  {
    code: text('code').primaryKey(),
    nameKo: text('name_ko').notNull(),
    nameEn: text('name_en').notNull(),
    kind: text('kind', { enum: STATION_KINDS }).notNull(),
    districtCode: char('district_code', { length: 5 })
      .notNull()
      .references(() => districts.code),
    lon: doublePrecision('lon').notNull(),
    lat: doublePrecision('lat').notNull(),
    /** The connector that reports this station. */
    sourceId: text('source_id').notNull(),
    note: text('note'),
  },
  (t) => [index('stations_district_idx').on(t.districtCode)],
);
