/**
 * @module wall/scene/panel-view
 * The panel framework. Each panel kind declares the live channels it needs and a view that is
 * reconciled from the wall state once per frame; views are created when a panel appears on the
 * screen and destroyed with everything they hold when it goes.
 */
import type { Container } from 'pixi.js';
import type { Language, Panel } from '../../../server/contracts/index.ts';
import type { WallAction } from '../state/actions.ts';
import type { Rect } from '../state/frame.ts';
import type { Provenance } from '../state/provenance.ts';
import type { WallState } from '../state/wall-state.ts';
import type { MapAsset } from '../map/map-asset.ts';
import type { TileVideo } from '../systems/video-tiles.ts';

/** The live videos the CCTV tiles show (opened and destroyed by the video system, not by panels). */
export interface VideoLookup {
  get(camera: string): TileVideo | undefined;
}

export interface PanelContext {
  state: WallState;
  asset: MapAsset;
  now: number;
  lang: Language;
  /** Logical pixels per CSS pixel (for line widths that should stay crisp). */
  pixelRatio: number;
  videos?: VideoLookup;
}

/** What a panel shows, in words and numbers, for tests and assistive tools. */
export interface PanelModel {
  id: string;
  kind: Panel['kind'];
  title: string;
  provenance: Provenance[];
  items: Array<Record<string, unknown>>;
  [extra: string]: unknown;
}

export interface MapHit {
  incident: string | null;
  district: string | null;
}

export interface PanelView {
  readonly root: Container;
  /** Brings the view up to date; `rect` is the panel's place on the logical canvas. */
  update(panel: Panel, rect: Rect, ctx: PanelContext): void;
  /** A tap at logical (x, y) inside the panel. */
  tap(x: number, y: number, ctx: PanelContext): WallAction | null;
  /** Drag by (dx, dy) logical pixels; only panels that pan (the map) implement it. */
  pan?(dx: number, dy: number, ctx: PanelContext): WallAction | null;
  /** Zoom by `factor` about logical (x, y). */
  zoom?(factor: number, x: number, y: number, ctx: PanelContext): WallAction | null;
  /** What is at logical (x, y) on a map: the incident marker, the gu. */
  at?(x: number, y: number, ctx: PanelContext): MapHit | null;
  model(ctx: PanelContext): PanelModel;
  destroy(): void;
}

export interface PanelKind {
  channels(panel: Panel, state: WallState): string[];
  create(panel: Panel, asset: MapAsset): PanelView;
}
