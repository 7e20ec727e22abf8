/**
 * @module wall/scene/layers/map-layer
 * A pluggable map layer: world content (drawn in map metres, scaled with the map) and overlay
 * content (drawn in panel pixels, keeping its size at any zoom). Incidents, cameras and complaints
 * join the map by adding a layer to the registry in ./index.ts.
 */
import type { Container } from 'pixi.js';
import type { MapMetric } from '../../../../server/contracts/layout.ts';
import type { MapGeometry } from '../../map/geometry.ts';
import type { WallAction } from '../../state/actions.ts';
import type { MapView } from '../../state/wall-state.ts';
import type { PanelContext } from '../panel-view.ts';

export interface Viewport {
  view: MapView;
  /** Panel pixels per map metre. */
  scale: number;
  width: number;
  height: number;
  /** Map metres → panel-local pixels of the map area. */
  toScreen(x: number, y: number): [number, number];
  /** Changes whenever the transform changes. */
  key: string;
}

export interface LayerContext extends PanelContext {
  viewport: Viewport;
  metric: MapMetric;
  /** The areas are a plain base for markers (an incident map), not coloured by the metric. */
  neutral: boolean;
  geometry: MapGeometry;
}

export interface MapLayer {
  readonly id: string;
  readonly world: Container | null;
  readonly overlay: Container | null;
  update(ctx: LayerContext): void;
  /** A tap at (x, y) in map-area pixels: a layer with tappable objects answers, others pass (null). */
  tap?(x: number, y: number, ctx: LayerContext): WallAction | null;
  /** The incident whose marker is at (x, y) in map-area pixels. */
  incidentAt?(x: number, y: number): string | null;
  /** The layer's objects for the scene model. */
  model(ctx: LayerContext): Array<Record<string, unknown>>;
  destroy(): void;
}

export type MapLayerFactory = (geometry: MapGeometry) => MapLayer;
