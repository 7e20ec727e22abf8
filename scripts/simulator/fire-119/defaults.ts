/**
 * @module scripts/simulator/fire-119/defaults
 * The bundled real fire-dispatch file (see data/ATTRIBUTION.md) and replay defaults.
 */
import { fileURLToPath } from 'node:url';

export const DEFAULT_FIRE_FILE = fileURLToPath(new URL('../data/seoul_fire_dispatch_incidents_2021_jan_nov.csv', import.meta.url));
/** One data day every 2 minutes. */
export const DEFAULT_FIRE_SPEEDUP = 720;
/** Each incident's own stages at real time. */
export const DEFAULT_LIFECYCLE_SPEEDUP = 1;
export const DEFAULT_FIRE_SEED = 119;
