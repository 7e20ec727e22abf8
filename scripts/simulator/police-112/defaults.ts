/**
 * @module scripts/simulator/police-112/defaults
 * The bundled 2016 crime counts (see data/ATTRIBUTION.md) and the simulation defaults.
 */
import { fileURLToPath } from 'node:url';

export const DEFAULT_CRIME_FILE = fileURLToPath(new URL('../data/seoul_crime_by_police_station_2016.csv', import.meta.url));
/** Seoul reported 126,401 five-major crimes in 2016 (345 a day); the feed carries a 2 % sample. */
export const DEFAULT_INCIDENTS_PER_DAY = 7;
export const DEFAULT_POLICE_SPEEDUP = 720;
export const DEFAULT_POLICE_SEED = 112;
