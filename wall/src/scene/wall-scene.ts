/**
 * @module wall/scene/wall-scene
 * Reconciles the scene from the state, once per frame: panels of the current screen are created
 * when they appear, updated, and destroyed with everything they hold when they go (a map whose
 * layers a command turned on or off is made anew with them). Over the panels: gu compared side by
 * side, the command line (notices, states, a panel spotlit), and the gesture help over everything
 * while it is open. Also routes taps and gestures to what is under them (or to the help, which a tap
 * closes) and describes the scene for tests and assistive tools.
 */
import { BitmapText, Container, Graphics, Sprite, Text } from 'pixi.js';
import type { Command, Panel } from '../../../server/contracts/index.ts';
import { placesOf } from '../commands/places.ts';
import type { MapAsset } from '../map/map-asset.ts';
import type { WallAction } from '../state/actions.ts';
import { PALETTE } from '../state/colors.ts';
import { mapLayersOf } from '../state/command-state.ts';
import { contains, HEADER_HEIGHT, panelRects, type Frame, type Rect } from '../state/frame.ts';
import { currentScreen, type WallState } from '../state/wall-state.ts';
import { CommandLine } from './command-line.ts';
import { CompareOverlay } from './compare-overlay.ts';
import { Header } from './header.ts';
import { HelpOverlay } from './help-overlay.ts';
import type { PanelContext, PanelModel, PanelView, VideoLookup } from './panel-view.ts';
import { PANELS } from './panels/index.ts';

interface Mounted {
  key: string;
  panel: Panel;
  view: PanelView;
  rect: Rect;
}

const keyOf = (p: Panel): string => `${p.id}|${p.kind}|${(p.layers ?? []).join(',')}`;

/** A map with the layers commands turned on or off; other panels as the layout has them. */
const shownPanel = (p: Panel, state: WallState): Panel => (p.kind === 'map' && state.layerOverrides.size > 0 ? { ...p, layers: mapLayersOf(p, state) } : p);

const shownPanels = (state: WallState): Panel[] => currentScreen(state).panels.map((p) => shownPanel(p, state));

export interface ObjectCounts {
  total: number;
  texts: number;
  sprites: number;
  graphics: number;
}

export class WallScene {
  readonly root = new Container();
  private readonly panelsRoot = new Container();
  private readonly header = new Header();
  private readonly dim = new Graphics();
  private readonly compare: CompareOverlay;
  private readonly commandLine: CommandLine;
  private readonly help = new HelpOverlay();
  private mounted = new Map<string, Mounted>();
  private frame: Frame | null = null;
  private ctx: PanelContext | null = null;

  constructor(private readonly asset: MapAsset, private readonly videos?: VideoLookup) {
    const places = placesOf(asset);
    this.compare = new CompareOverlay(places);
    this.commandLine = new CommandLine(places);
    this.root.addChild(this.panelsRoot, this.dim, this.compare.root, this.commandLine.root, this.header.root, this.help.root);
  }

  /** Every live channel the current screen needs. */
  channels(state: WallState): Set<string> {
    return new Set(shownPanels(state).flatMap((p) => PANELS[p.kind].channels(p, state)));
  }

  reconcile(state: WallState, frame: Frame, now: number, pixelRatio: number): void {
    this.frame = frame;
    const screen = currentScreen(state);
    const rects = panelRects(frame, screen);
    const wanted = new Map(shownPanels(state).map((p) => [keyOf(p), p]));
    for (const [key, m] of this.mounted) {
      if (wanted.has(key)) continue;
      m.view.destroy();
      this.mounted.delete(key);
    }
    const ctx: PanelContext = { state, asset: this.asset, now, lang: state.language, pixelRatio, ...(this.videos ? { videos: this.videos } : {}) };
    this.ctx = ctx;
    for (const [key, panel] of wanted) {
      let m = this.mounted.get(key);
      if (!m) {
        m = { key, panel, view: PANELS[panel.kind].create(panel, this.asset), rect: rects.get(panel.id)! };
        this.mounted.set(key, m);
        this.panelsRoot.addChild(m.view.root);
      }
      m.panel = panel;
      m.rect = rects.get(panel.id)!;
      m.view.update(panel, m.rect, ctx);
    }
    this.header.update(state, frame, now);
    this.compare.update(state, frame);
    this.commandLine.update(state, frame, now, rects);
    const lost = state.connection.status !== 'open' && state.connection.lastUpdateAt !== null;
    this.dim.visible = lost;
    if (lost && this.dim.width !== frame.width) this.dim.clear().rect(0, HEADER_HEIGHT + 40, frame.width, frame.height).fill({ color: PALETTE.background, alpha: 0.45 });
    this.help.update(state, frame);
  }

  /** The gesture help is open: it takes every touch, and a tap closes it. */
  private get helpOpen(): boolean {
    return this.ctx?.state.helpOpen ?? false;
  }

  private at(x: number, y: number): Mounted | null {
    for (const m of this.mounted.values()) if (contains(m.rect, x, y)) return m;
    return null;
  }

  /** A tap at logical (x, y). */
  tap(x: number, y: number): WallAction | null {
    if (this.helpOpen) return { type: 'help.show', open: false };
    if (y < HEADER_HEIGHT) return this.header.tap(x, y);
    if (this.compare.visible) return { type: 'compare.close' };
    const m = this.at(x, y);
    return m && this.ctx ? m.view.tap(x, y, this.ctx) : null;
  }

  pan(x: number, y: number, dx: number, dy: number): WallAction | null {
    if (this.helpOpen || this.compare.visible) return null;
    const m = this.at(x, y);
    return m?.view.pan && this.ctx ? m.view.pan(dx, dy, this.ctx) : null;
  }

  zoom(x: number, y: number, factor: number): WallAction | null {
    if (this.helpOpen || this.compare.visible) return null;
    const m = this.at(x, y);
    return m?.view.zoom && this.ctx ? m.view.zoom(factor, x, y, this.ctx) : null;
  }

  /** Whether a drag starting at (x, y) moves something (the map) rather than being a tap only. */
  pannable(x: number, y: number): boolean {
    return !this.helpOpen && this.at(x, y)?.view.pan !== undefined;
  }

  /** The gu under logical (x, y) on a map. */
  districtAt(x: number, y: number): string | null {
    const m = this.at(x, y);
    return !this.helpOpen && m?.view.at && this.ctx ? (m.view.at(x, y, this.ctx)?.district ?? null) : null;
  }

  /** A long press at logical (x, y): the cameras around the incident there, else around the gu there. */
  longPress(x: number, y: number): Command | null {
    const m = this.at(x, y);
    const hit = !this.helpOpen && m?.view.at && this.ctx ? m.view.at(x, y, this.ctx) : null;
    if (hit?.incident) return { type: 'open-cameras', incident: hit.incident };
    return hit?.district ? { type: 'open-cameras', district: hit.district } : null;
  }

  model(state: WallState) {
    const ctx = this.ctx;
    const panels: PanelModel[] = ctx ? [...this.mounted.values()].map((m) => ({ ...m.view.model(ctx), id: m.panel.id, rect: m.rect })) : [];
    return {
      screen: state.screenId,
      language: state.language,
      frame: this.frame,
      header: this.header.model(state),
      selected: state.selected,
      selectedIncident: state.selectedIncident,
      help: this.help.model(state),
      panels,
      compare: this.compare.model(),
      commandLine: this.commandLine.model(state),
      objects: countObjects(this.root),
    };
  }
}

export function countObjects(root: Container): ObjectCounts {
  const counts: ObjectCounts = { total: 0, texts: 0, sprites: 0, graphics: 0 };
  const walk = (c: Container): void => {
    counts.total += 1;
    if (c instanceof Text || c instanceof BitmapText) counts.texts += 1;
    else if (c instanceof Sprite) counts.sprites += 1;
    else if (c instanceof Graphics) counts.graphics += 1;
    for (const child of c.children) walk(child);
  };
  walk(root);
  return counts;
}
