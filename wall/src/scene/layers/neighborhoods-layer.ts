/**
 * @module wall/scene/layers/neighborhoods-layer
 * The 425 administrative dong as hairline outlines inside the gu (one Graphics, built once), and the
 * selected dong filled and outlined in the accent colour (redrawn when it or the map moves; its name
 * is the labels layer's).
 */
import { Container, Graphics } from 'pixi.js';
import type { MapGeometry } from '../../map/geometry.ts';
import { PALETTE } from '../../state/colors.ts';
import type { LayerContext, MapLayer } from './map-layer.ts';

export function neighborhoodsLayer(geometry: MapGeometry): MapLayer {
  const world = new Container();
  const lines = new Graphics();
  for (const area of geometry.neighborhoods) for (const rings of area.polygons) for (const ring of rings) lines.poly(Array.from(ring), true);
  lines.stroke({ width: 1, color: 0x0b1220, alpha: 0.45, pixelLine: true });
  world.addChild(lines);
  const overlay = new Container();
  const selected = new Graphics();
  overlay.addChild(selected);
  let drawn = '';

  const highlight = (ctx: LayerContext): void => {
    const code = ctx.state.selectedDong;
    const area = code ? geometry.neighborhoods.find((n) => n.code === code) : undefined;
    overlay.visible = area !== undefined;
    const key = `${code}|${ctx.viewport.key}`;
    if (!area || key === drawn) return;
    drawn = key;
    selected.clear();
    for (const rings of area.polygons) {
      const outer = rings[0];
      if (!outer) continue;
      const pts: number[] = [];
      for (let i = 0; i + 1 < outer.length; i += 2) pts.push(...ctx.viewport.toScreen(outer[i]!, outer[i + 1]!));
      selected.poly(pts, true);
    }
    selected.fill({ color: PALETTE.accent, alpha: 0.18 }).stroke({ width: 5, color: PALETTE.accent });
  };

  return {
    id: 'neighborhoods',
    world,
    overlay,
    update: highlight,
    model: (ctx) => [{ layer: 'neighborhoods', count: geometry.neighborhoods.length, selected: overlay.visible ? ctx.state.selectedDong : null }],
    destroy() {
      world.destroy({ children: true });
      overlay.destroy({ children: true });
    },
  };
}
