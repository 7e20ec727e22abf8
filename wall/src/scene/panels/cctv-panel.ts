/**
 * @module wall/scene/panels/cctv-panel
 * Live CCTV: up to 16 tiles in the grid that gives each the largest picture — the cameras nearest
 * the selected incident (the ones the signed-in person may view, nearest first, with their distance),
 * or without one the layout's gu or the map centre. Each tile shows its camera's live video or a
 * clear NO SIGNAL card. Tiles belong to one camera list: a new selection replaces them all.
 */
import { Container, type Text } from 'pixi.js';
import { channels, INCIDENT_TYPE_NAMES, type Panel } from '../../../../server/contracts/index.ts';
import type { MapAsset } from '../../map/map-asset.ts';
import { gridFor, tileRect } from '../../state/cctv-grid.ts';
import { shownCameras, tileLimit, tileStatus } from '../../state/cctv.ts';
import { PALETTE } from '../../state/colors.ts';
import type { Rect } from '../../state/frame.ts';
import { t, type Word } from '../../state/i18n.ts';
import { incidentBoardChannel, incidentOf } from '../../state/incidents.ts';
import { cameraProvenance } from '../../state/safety-provenance.ts';
import type { CctvTarget } from '../../state/safety-state.ts';
import type { WallState } from '../../state/wall-state.ts';
import type { PanelContext, PanelKind, PanelView } from '../panel-view.ts';
import { fit, label } from '../text.ts';
import { PanelChrome } from '../widgets/chrome.ts';
import { VideoTile } from '../widgets/video-tile.ts';
import { placeOf } from './incidents-panel.ts';

type Names = ReadonlyMap<string, { ko: string; en: string }>;

const TARGET_WORD: Readonly<Record<CctvTarget['kind'], Word>> = { incident: 'camerasNearIncident', district: 'camerasInDistrict', point: 'camerasNearCentre' };

/** Why there are no tiles, or '' when there are. */
function messageOf(state: WallState, lang: 'ko' | 'en', count: number): string {
  if (!state.signedIn) return t(lang, 'camerasStaffOnly');
  const list = state.cameraList;
  if (!list || list.status === 'loading') return t(lang, 'loading');
  if (list.status === 'error') return list.forbidden ? t(lang, 'camerasStaffOnly') : t(lang, 'camerasFailed');
  return count === 0 ? t(lang, 'noCameras') : '';
}

class CctvView implements PanelView {
  readonly root = new Container();
  private readonly chrome = new PanelChrome();
  private readonly grid = new Container();
  private readonly message: Text = label('', { size: 30, color: PALETTE.muted });
  private tiles = new Map<string, VideoTile>();
  private listKey = '';
  private rects = new Map<string, Rect>();

  constructor(private readonly names: Names) {
    this.chrome.body.addChild(this.grid, this.message);
    this.root.addChild(this.chrome.root);
  }

  private title(panel: Panel, state: WallState, lang: 'ko' | 'en'): string {
    const base = panel.title?.[lang] ?? t(lang, 'cctv');
    const target = state.cameraList?.target;
    if (!target || !state.signedIn) return base;
    const i = target.kind === 'incident' ? incidentOf(state, target.incident) : null;
    const about = i ? ` (${INCIDENT_TYPE_NAMES[i.type][lang]} · ${placeOf(i, this.names, lang)})` : target.kind === 'district' ? ` (${this.names.get(target.district)?.[lang] ?? target.district})` : '';
    return `${base} — ${t(lang, TARGET_WORD[target.kind])}${about}`;
  }

  update(panel: Panel, rect: Rect, ctx: PanelContext): void {
    const { state, lang, now } = ctx;
    this.chrome.layout(rect);
    this.chrome.setTitle(this.title(panel, state, lang));
    this.chrome.setProvenance(lang, state.signedIn ? [cameraProvenance(state, lang)] : [], now);
    const cameras = state.signedIn ? shownCameras(state, tileLimit(panel, state)) : [];
    this.sync(state.cameraList?.key ?? '', cameras.map((c) => c.id), cameras);
    const inner = this.chrome.inner;
    this.grid.position.set(inner.x, inner.y);
    const g = gridFor(cameras.length, inner.w, inner.h);
    this.rects.clear();
    cameras.forEach((c, i) => {
      const r = tileRect(g, i);
      this.rects.set(c.id, { x: rect.x + inner.x + r.x, y: rect.y + inner.y + r.y, w: r.w, h: r.h });
      this.tiles.get(c.id)!.update(r, tileStatus(c, state.streams.get(c.id), state.cameraSignals.get(c.id)), ctx.videos?.get(c.id), lang);
    });
    const message = messageOf(state, lang, cameras.length);
    this.message.visible = message !== '';
    fit(this.message, message, inner.w);
    this.message.position.set(inner.x, inner.y);
  }

  /** Tiles of another list (a new selection) all go; within a list, tiles follow its cameras. */
  private sync(listKey: string, ids: readonly string[], cameras: ReturnType<typeof shownCameras>): void {
    const keep = listKey === this.listKey ? new Set(ids) : new Set<string>();
    this.listKey = listKey;
    for (const [id, tile] of this.tiles) {
      if (keep.has(id)) continue;
      tile.destroy();
      this.tiles.delete(id);
    }
    for (const c of cameras) {
      if (this.tiles.has(c.id)) continue;
      const tile = new VideoTile(c);
      this.tiles.set(c.id, tile);
      this.grid.addChild(tile.root);
    }
  }

  tap(): null {
    return null;
  }

  model(ctx: PanelContext) {
    return {
      id: '', kind: 'cctv' as const, title: this.chrome.titleText,
      provenance: ctx.state.signedIn ? [cameraProvenance(ctx.state, ctx.lang)] : [],
      target: ctx.state.cameraList?.target ?? null,
      items: [...this.tiles.values()].map((tile) => ({ ...tile.model(), rect: this.rects.get(tile.camera.id) ?? null })),
      message: this.message.visible ? this.message.text : '',
    };
  }

  destroy(): void {
    for (const tile of this.tiles.values()) tile.destroy();
    this.tiles.clear();
    this.chrome.destroy();
    this.root.destroy({ children: true });
  }
}

export const cctvPanel: PanelKind = {
  channels: (_panel, state) => (state.signedIn ? [channels.cameraSignals(), incidentBoardChannel(state)] : []),
  create: (_panel, asset: MapAsset) => new CctvView(new Map(asset.districts.map((d) => [d.code, { ko: d.nameKo, en: d.nameEn }]))),
};
