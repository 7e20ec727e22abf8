/**
 * @module scripts/simulator/defaults
 * The bundled real data file (Seoul Open Data Plaza OA-2218, see data/ATTRIBUTION.md) and replay defaults.
 */
import { fileURLToPath } from 'node:url';

export const DEFAULT_FILE = fileURLToPath(new URL('./data/seoul_daily_air_by_station_20180101_20220630.csv', import.meta.url));
export const DEFAULT_SPEEDUP = 17_280; // one data day every 5 s
export const DEFAULT_PORT = 8090;
