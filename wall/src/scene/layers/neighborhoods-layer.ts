/**
 * @module wall/scene/layers/neighborhoods-layer
 * The 425 administrative dong as hairline outlines inside the gu (one Graphics, built once).
 */
import { Container, Graphics } from 'pixi.js';
import type { MapGeometry } from '../../map/geometry.ts';
import type { MapLayer } from './map-layer.ts';

export function neighborhoodsLayer(geometry: MapGeometry): MapLayer {
  const world = new Container();
  const lines = new Graphics();
  for (const area of geometry.neighborhoods) for (const rings of area.polygons) for (const ring of rings) lines.poly(Array.from(ring), true);
  lines.stroke({ width: 1, color: 0x0b1220, alpha: 0.45, pixelLine: true });
  world.addChild(lines);
  return {
    id: 'neighborhoods',
    world,
    overlay: null,
    update() {},
    model: () => [{ layer: 'neighborhoods', count: geometry.neighborhoods.length }],
    destroy() {
      world.destroy({ children: true });
    },
  };
}
