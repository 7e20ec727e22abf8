/**
 * @module wall/scene/layers/stations-layer
 * Air-quality monitoring stations as markers: filled when the station supplies its gu's current
 * value, hollow otherwise. Markers keep their size at any zoom.
 */
import { Container, Graphics } from 'pixi.js';
import { project } from '../../map/projection.ts';
import { PALETTE } from '../../state/colors.ts';
import type { Station } from '../../state/wall-state.ts';
import type { LayerContext, MapLayer } from './map-layer.ts';

interface Marker {
  station: Station;
  at: [number, number];
  dot: Graphics;
  active: boolean | null;
}

const draw = (g: Graphics, active: boolean, kind: string): Graphics => {
  g.clear();
  const r = kind === 'roadside' ? 9 : 11;
  if (kind === 'roadside') g.rect(-r, -r, 2 * r, 2 * r);
  else g.circle(0, 0, r);
  return active ? g.fill({ color: 0xffffff }).stroke({ width: 3, color: PALETTE.background }) : g.fill({ color: PALETTE.background, alpha: 0.6 }).stroke({ width: 3, color: 0xffffff });
};

export function stationsLayer(): MapLayer {
  const overlay = new Container();
  let markers: Marker[] = [];
  let stationsOf: Station[] | null = null;
  let placedKey = '';

  const rebuild = (stations: Station[]): void => {
    for (const m of markers) m.dot.destroy();
    markers = stations.map((station) => {
      const dot = new Graphics();
      overlay.addChild(dot);
      return { station, at: project(station.lon, station.lat), dot, active: null };
    });
    placedKey = '';
  };

  return {
    id: 'stations',
    world: null,
    overlay,
    update(ctx: LayerContext) {
      if (stationsOf !== ctx.state.stations) {
        stationsOf = ctx.state.stations;
        rebuild(stationsOf);
      }
      const used = new Set<string>();
      for (const air of ctx.state.air.values()) for (const s of air.stations) used.add(s);
      for (const m of markers) {
        const active = used.has(m.station.code);
        if (active !== m.active) draw(m.dot, (m.active = active), m.station.kind);
      }
      if (placedKey === ctx.viewport.key) return;
      placedKey = ctx.viewport.key;
      for (const m of markers) {
        const [x, y] = ctx.viewport.toScreen(m.at[0], m.at[1]);
        m.dot.position.set(Math.round(x), Math.round(y));
      }
    },
    model: () => markers.map((m) => ({ layer: 'stations', code: m.station.code, active: m.active })),
    destroy() {
      overlay.destroy({ children: true });
    },
  };
}
