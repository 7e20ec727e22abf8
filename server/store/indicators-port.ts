/**
 * @module store/indicators-port
 * The IndicatorPort of the HTTP routes over the database.
 */
import type { Queryable } from '../../db/client.ts';
import type { IndicatorPort } from '../http/routes/indicators.ts';
import { drilldown, headlineObservations, indicatorCube, series } from './indicators.ts';

export const dbIndicatorPort = (db: Queryable): IndicatorPort => ({
  series: (q) => series(db, q),
  drilldown: (q) => drilldown(db, q),
  cube: (q) => indicatorCube(db, q),
  headline: (asOf) => headlineObservations(db, asOf),
});
