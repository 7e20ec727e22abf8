/**
 * @module db/schema/cameras
 * The camera registry: where each camera is, whose it is, who may view it, and (server side only)
 * the address the relay pulls its stream from. Nearest-camera queries use a GiST index on
 * `ll_to_earth(lat, lon)` (cube and earthdistance), created in migration 0005.
 */
import { boolean, char, doublePrecision, index, integer, pgTable, text } from 'drizzle-orm/pg-core';

export const cameras = pgTable(
  'cameras',
  {
    id: text('id').primaryKey(),
    nameKo: text('name_ko').notNull(),
    nameEn: text('name_en').notNull(),
    districtCode: char('district_code', { length: 5 }).notNull(),
    lon: doublePrecision('lon').notNull(),
    lat: doublePrecision('lat').notNull(),
    agency: text('agency').notNull(),
    purpose: text('purpose').notNull(),
    /** Roles that may view its video (contracts/camera.ts CameraViewersSchema). */
    viewers: text('viewers').array().notNull(),
    synthetic: boolean('synthetic').notNull(),
    installedYear: integer('installed_year'),
    /** rtsp:// or rtmp:// address of the camera or its video management system; null when not streamed. */
    streamUrl: text('stream_url'),
  },
  (t) => [index('cameras_district_idx').on(t.districtCode)],
);
