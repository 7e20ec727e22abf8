/**
 * @module db/drizzle.config
 * drizzle-kit configuration. `readings` and `readings_hourly` are left out on purpose:
 * the storage-mode step of `migrate` creates them (see db/README.md).
 */
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: [
    './db/schema/sources.ts',
    './db/schema/districts.ts',
    './db/schema/neighborhoods.ts',
    './db/schema/stations.ts',
    './db/schema/connector-runs.ts',
    './db/schema/quarantine.ts',
    './db/schema/live-snapshots.ts',
    './db/schema/layouts.ts',
    './db/schema/access.ts',
    './db/schema/incidents.ts',
    './db/schema/cameras.ts',
    './db/schema/complaints.ts',
    './db/schema/media-items.ts',
    './db/schema/budget.ts',
    './db/schema/walls.ts',
  ],
  out: './db/migrations',
});
