/**
 * @module store/indicators-port
 * The IndicatorPort of the HTTP routes over the database; public cubes cached by data version; the
 * rollups read from the rollup tables (or continuous aggregates).
 */
import type { Queryable } from '../../db/client.ts';
import type { IndicatorPort } from '../http/routes/indicators.ts';
import { cachedCube } from './indicators-cache.ts';
import { drilldown, headlineObservations, indicatorCube, rollupGrid, series } from './indicators.ts';

/** Moves whenever an indicator's stored values may have: a newer release, or another load. */
const VERSION_SQL = `SELECT coalesce((SELECT max(released) FROM indicator_values WHERE indicator = $1)::text, '') || '|' ||
        coalesce((SELECT max(loaded_at) FROM indicator_loads)::text, '') AS version`;

export const dbIndicatorPort = (db: Queryable): IndicatorPort => ({
  series: (q) => series(db, q),
  drilldown: (q) => drilldown(db, q),
  cube: cachedCube({
    read: (q) => indicatorCube(db, q),
    version: async (indicator) => (await db.query<{ version: string }>(VERSION_SQL, [indicator]))[0]?.version ?? '',
  }),
  headline: (asOf) => headlineObservations(db, asOf),
  rollups: (q) => rollupGrid(db, q),
});
