/**
 * @module wall/scene/layers/complaints-layer
 * Complaints by gu: each gu drawn once in white and tinted by its class of the figure — the open
 * backlog (`complaints`) or complaints received per 10,000 residents (`complaints-per-10k`) — with the
 * figure under its name (in panel pixels, readable at any zoom) and the selected gu outlined. A tap
 * falls through to the map, which selects the gu under it.
 */
import { BitmapText, Container } from 'pixi.js';
import type { MapGeometry } from '../../map/geometry.ts';
import { hex } from '../../state/colors.ts';
import { classesFor, classOf, districtValue, fillOfValue, valueText, type ComplaintMapMode } from '../../state/complaint-map.ts';
import { figure, setText } from '../text.ts';
import { districtFills } from './districts-layer.ts';
import type { LayerContext, MapLayer } from './map-layer.ts';

/** Each gu's figure for the map's mode (population from the map asset's resident registration). */
export function complaintValues(ctx: Pick<LayerContext, 'state' | 'asset'>, mode: ComplaintMapMode): Map<string, number | null> {
  return new Map(ctx.asset.districts.map((d) => [d.code, districtValue(ctx.state, d.code, mode, d.population.total)]));
}

export function complaintsLayer(geometry: MapGeometry, mode: ComplaintMapMode): MapLayer {
  const areas = districtFills(geometry);
  const world = areas.world;
  const overlay = new Container();
  const figures = new Map<string, BitmapText>();
  for (const d of geometry.districts) {
    const f = figure('—', { size: 34, weight: 'bold', align: 'center', color: 0xffffff });
    figures.set(d.code, f);
    overlay.addChild(f);
  }
  let placedKey = '';

  return {
    id: mode === 'open' ? 'complaints' : 'complaints-per-10k',
    world,
    overlay,
    update(ctx) {
      const values = complaintValues(ctx, mode);
      const classes = classesFor([...values.values()], mode);
      for (const d of geometry.districts) {
        const value = values.get(d.code) ?? null;
        areas.tint(d.code, fillOfValue(value, classes));
        setText(figures.get(d.code)!, valueText(ctx.lang, value, mode));
      }
      areas.stroke(ctx);
      if (placedKey === ctx.viewport.key) return;
      placedKey = ctx.viewport.key;
      // Under the gu's name, where the labels layer puts an air map's index.
      for (const d of geometry.districts) {
        const [x, y] = ctx.viewport.toScreen(d.label[0], d.label[1]);
        figures.get(d.code)!.position.set(Math.round(x), Math.round(y + 2));
      }
    },
    model(ctx) {
      const values = complaintValues(ctx, mode);
      const classes = classesFor([...values.values()], mode);
      return geometry.districts.map((d) => {
        const value = values.get(d.code) ?? null;
        return {
          layer: 'complaints', mode, code: d.code, value, text: figures.get(d.code)!.text,
          class: value === null ? null : classOf(value, classes), fill: hex(fillOfValue(value, classes)), selected: d.code === ctx.state.selected,
        };
      });
    },
    destroy() {
      world.destroy({ children: true });
      overlay.destroy({ children: true });
    },
  };
}
