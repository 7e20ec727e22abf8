/**
 * @module wall/scene/layers
 * The map layers a layout can name, in drawing order.
 */
import type { MapGeometry } from '../../map/geometry.ts';
import { DEFAULT_MAP_LAYERS } from '../../state/command-state.ts';
import { complaintsLayer } from './complaints-layer.ts';
import { districtsLayer } from './districts-layer.ts';
import { incidentsLayer } from './incidents.ts';
import { labelsLayer } from './labels-layer.ts';
import type { MapLayer } from './map-layer.ts';
import { neighborhoodsLayer } from './neighborhoods-layer.ts';
import { stationsLayer } from './stations-layer.ts';

export const MAP_LAYERS: ReadonlyArray<readonly [string, (g: MapGeometry) => MapLayer]> = [
  ['districts', districtsLayer],
  ['complaints', (g) => complaintsLayer(g, 'open')],
  ['complaints-per-10k', (g) => complaintsLayer(g, 'per10k')],
  ['neighborhoods', neighborhoodsLayer],
  ['stations', () => stationsLayer()],
  ['labels', labelsLayer],
  ['incidents', () => incidentsLayer()],
];

/** Without a list in the layout, a map shows its base layers (incidents and complaints are asked for by name). */
export const DEFAULT_LAYERS: readonly string[] = DEFAULT_MAP_LAYERS;

export function createLayers(ids: readonly string[], geometry: MapGeometry): MapLayer[] {
  return MAP_LAYERS.filter(([id]) => ids.includes(id)).map(([, make]) => make(geometry));
}
