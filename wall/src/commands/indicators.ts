/**
 * @module wall/commands/indicators
 * The figures a person asks for by name (contracts/command COMMAND_INDICATORS) as the wall holds
 * them: an indicator of the catalogue (db/reference/indicators, shown on the administration screen,
 * with its plan area), the live air index on an air map, or a figure the platform does not carry
 * (then the area it would belong to, if any). And the plan area of each topic. Pure.
 */
import type { CommandIndicator, PlanAreaId, Topic } from '../../../server/contracts/index.ts';

export type IndicatorTarget =
  | { kind: 'catalogue'; id: string; area: PlanAreaId }
  /** A live air figure: the maps and rankings coloured by this metric. */
  | { kind: 'air'; metric: 'cai' | 'o3' }
  | { kind: 'missing'; area: PlanAreaId | null };

const cat = (id: string, area: PlanAreaId): IndicatorTarget => ({ kind: 'catalogue', id, area });
const missing = (area: PlanAreaId | null): IndicatorTarget => ({ kind: 'missing', area });

export const INDICATOR_TARGETS: Readonly<Record<CommandIndicator, IndicatorTarget>> = {
  cai: { kind: 'air', metric: 'cai' },
  pm10: cat('pm10-mean', 'climate-environment'),
  pm25: cat('pm25-mean', 'climate-environment'),
  o3: { kind: 'air', metric: 'o3' },
  no2: cat('no2-mean', 'climate-environment'),
  'employment-rate': cat('employment-rate', 'jobs-economy'),
  'unemployment-rate': cat('unemployment-rate', 'jobs-economy'),
  'consumer-prices': missing('jobs-economy'),
  'housing-prices': missing('welfare-housing'),
  population: cat('population-total', 'welfare-housing'),
  births: missing('welfare-housing'),
  'traffic-speed': missing('mobility-governance'),
  'subway-ridership': cat('subway-ridership', 'mobility-governance'),
  'bike-rentals': cat('public-bike-rentals', 'mobility-governance'),
  fires: cat('fires-per-10k', 'safety'),
  crimes: cat('crime-rate', 'safety'),
  'response-time': cat('fire-arrival-7min', 'safety'),
  tourists: missing(null),
};

/** The plan area a topic's indicators are in (culture has none in the plan). */
export const TOPIC_AREAS: Readonly<Record<Topic, PlanAreaId | null>> = {
  environment: 'climate-environment',
  economy: 'jobs-economy',
  population: 'welfare-housing',
  mobility: 'mobility-governance',
  safety: 'safety',
  housing: 'welfare-housing',
  welfare: 'welfare-housing',
  culture: null,
};

/** The name a catalogue indicator is asked for by, or null when no name leads to it. */
export function commandIndicatorOf(catalogueId: string): CommandIndicator | null {
  for (const [name, target] of Object.entries(INDICATOR_TARGETS) as Array<[CommandIndicator, IndicatorTarget]>) {
    if (target.kind === 'catalogue' && target.id === catalogueId) return name;
  }
  return null;
}
