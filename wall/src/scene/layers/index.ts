/**
 * @module wall/scene/layers
 * The map layers a layout can name, in drawing order.
 */
import type { MapGeometry } from '../../map/geometry.ts';
import { districtsLayer } from './districts-layer.ts';
import { labelsLayer } from './labels-layer.ts';
import type { MapLayer } from './map-layer.ts';
import { neighborhoodsLayer } from './neighborhoods-layer.ts';
import { stationsLayer } from './stations-layer.ts';

export const MAP_LAYERS: ReadonlyArray<readonly [string, (g: MapGeometry) => MapLayer]> = [
  ['districts', districtsLayer],
  ['neighborhoods', neighborhoodsLayer],
  ['stations', () => stationsLayer()],
  ['labels', labelsLayer],
];

export const DEFAULT_LAYERS = MAP_LAYERS.map(([id]) => id);

export function createLayers(ids: readonly string[], geometry: MapGeometry): MapLayer[] {
  return MAP_LAYERS.filter(([id]) => ids.includes(id)).map(([, make]) => make(geometry));
}
