/**
 * @module wall/scene/layers/districts-layer
 * The 25 gu as a choropleth: each gu is drawn once in white and tinted by the selected metric's
 * grade (a tint change redraws nothing); outlines are rebuilt only when the zoom changes so they
 * keep their width on screen; the selected gu is outlined in white. Under markers (a neutral map)
 * every gu takes one plain tint, so no grade colour competes with the markers' colours.
 */
import { Container, Graphics } from 'pixi.js';
import type { Area, MapGeometry } from '../../map/geometry.ts';
import { fillOf, indexOf, PALETTE, hex } from '../../state/colors.ts';
import type { LayerContext, MapLayer } from './map-layer.ts';

/** The plain tint of a neutral map's areas. */
export const NEUTRAL_FILL = 0x27344d;

export function drawArea(g: Graphics, area: Area): Graphics {
  for (const rings of area.polygons) {
    const [outer, ...holes] = rings;
    if (!outer) continue;
    g.poly(Array.from(outer)).fill({ color: 0xffffff });
    for (const hole of holes) g.poly(Array.from(hole)).cut();
  }
  return g;
}

export function strokeAreas(g: Graphics, areas: readonly Area[], width: number, color: number, alpha = 1): Graphics {
  for (const area of areas) for (const rings of area.polygons) for (const ring of rings) g.poly(Array.from(ring), true);
  return g.stroke({ width, color, alpha, join: 'round' });
}

/**
 * The 25 gu drawn once in white, each tinted apart (a tint change redraws nothing), with outlines
 * rebuilt only when the zoom changes (so they keep their width on screen) and the selected gu
 * outlined: what every gu choropleth shares.
 */
export interface DistrictFills {
  readonly world: Container;
  /** Tints a gu's fill (nothing happens when the tint is already that). */
  tint(code: string, color: number): void;
  /** Rebuilds the outlines after a zoom change, and the selection's when it moved. */
  stroke(ctx: LayerContext): void;
}

export function districtFills(geometry: MapGeometry): DistrictFills {
  const world = new Container();
  const fills = new Map<string, Graphics>();
  for (const d of geometry.districts) {
    const g = drawArea(new Graphics(), d);
    g.tint = PALETTE.noData;
    fills.set(d.code, g);
    world.addChild(g);
  }
  const outlines = new Graphics();
  const selection = new Graphics();
  world.addChild(outlines, selection);
  let outlineScale = 0;
  let selected: string | null | undefined;
  return {
    world,
    tint(code, color) {
      const g = fills.get(code);
      if (g && g.tint !== color) g.tint = color;
    },
    stroke(ctx) {
      const scale = ctx.viewport.scale;
      const rescaled = Math.abs(scale / outlineScale - 1) > 0.15;
      if (rescaled) {
        outlineScale = scale;
        strokeAreas(outlines.clear(), geometry.districts, 3 / scale, PALETTE.background);
      }
      if (rescaled || selected !== ctx.state.selected) {
        selected = ctx.state.selected;
        selection.clear();
        const area = geometry.districts.find((d) => d.code === selected);
        if (area) strokeAreas(selection, [area], 8 / scale, PALETTE.selection);
      }
    },
  };
}

export function districtsLayer(geometry: MapGeometry): MapLayer {
  const areas = districtFills(geometry);
  const world = areas.world;
  return {
    id: 'districts',
    world,
    overlay: null,
    update(ctx: LayerContext) {
      for (const d of geometry.districts) areas.tint(d.code, ctx.neutral ? NEUTRAL_FILL : fillOf(ctx.state.air.get(d.code), ctx.metric));
      areas.stroke(ctx);
    },
    model(ctx) {
      return geometry.districts.map((d) => ({
        layer: 'districts',
        code: d.code,
        index: indexOf(ctx.state.air.get(d.code), ctx.metric),
        fill: hex(ctx.neutral ? NEUTRAL_FILL : fillOf(ctx.state.air.get(d.code), ctx.metric)),
        selected: d.code === ctx.state.selected,
      }));
    },
    destroy() {
      world.destroy({ children: true });
    },
  };
}
