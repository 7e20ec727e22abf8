/**
 * @module wall/scene/widgets/video-tile
 * One CCTV tile: the camera's live picture as a Sprite scaled to fit (letterboxed, never cropped)
 * while its video plays; otherwise a clear NO SIGNAL card saying why (connecting, reconnecting,
 * relay without signal, no relayed stream). The camera's name and its distance from the incident
 * run beneath. The tile never owns the video: the video system opens and destroys it.
 */
import { BitmapText, Container, Graphics, Sprite, Texture, type Text } from 'pixi.js';
import type { Language } from '../../../../server/contracts/index.ts';
import { CAPTION_H, fitInto } from '../../state/cctv-grid.ts';
import type { TileStatus } from '../../state/cctv.ts';
import { PALETTE } from '../../state/colors.ts';
import type { Rect } from '../../state/frame.ts';
import { distanceText, t, type Word } from '../../state/i18n.ts';
import type { CctvCamera } from '../../state/safety-state.ts';
import type { TileVideo } from '../../systems/video-tiles.ts';
import { figure, fit, label, setText } from '../text.ts';

const WHY: Readonly<Record<Exclude<TileStatus, 'playing'>, Word>> = {
  connecting: 'connecting',
  stalled: 'stalled',
  'no-signal': 'reconnecting',
  error: 'streamError',
  'not-relayed': 'notRelayed',
};

export class VideoTile {
  readonly root = new Container();
  private readonly bg = new Graphics();
  private readonly sprite = new Sprite(Texture.EMPTY);
  private readonly noSignal: Text = label('', { size: 40, weight: 'bold', align: 'center', color: PALETTE.lost });
  private readonly why: Text = label('', { size: 22, align: 'center', color: PALETTE.muted });
  private readonly name: Text = label('', { size: 24, weight: 'bold' });
  private readonly distance: BitmapText = figure('', { size: 24, weight: 'bold', align: 'right', color: PALETTE.accent });
  private size = '';
  status: TileStatus = 'connecting';

  constructor(readonly camera: CctvCamera) {
    this.root.addChild(this.bg, this.sprite, this.noSignal, this.why, this.name, this.distance);
  }

  update(rect: Rect, status: TileStatus, video: TileVideo | undefined, lang: Language): void {
    this.status = status;
    this.root.position.set(rect.x, rect.y);
    const pic: Rect = { x: 0, y: 0, w: rect.w, h: rect.h - CAPTION_H };
    const size = `${rect.w}x${rect.h}`;
    if (size !== this.size) {
      this.size = size;
      this.bg.clear().rect(0, 0, pic.w, pic.h).fill({ color: 0x000000 }).rect(0, 0, pic.w, pic.h).stroke({ width: 2, color: PALETTE.panelEdge });
    }
    const playing = status === 'playing' && video !== undefined;
    this.sprite.visible = playing;
    if (playing) this.showVideo(video, pic);
    else if (this.sprite.texture !== Texture.EMPTY) this.unborrow();
    this.noSignal.visible = !playing;
    this.why.visible = !playing;
    if (!playing) {
      setText(this.noSignal, t(lang, 'noSignal'));
      this.noSignal.position.set(pic.w / 2, pic.h / 2 - 34);
      fit(this.why, t(lang, WHY[status as Exclude<TileStatus, 'playing'>] ?? 'connecting'), pic.w - 20);
      this.why.position.set(pic.w / 2, pic.h / 2 + 16);
    }
    const d = this.camera.distanceM;
    setText(this.distance, d === null ? '' : distanceText(d));
    this.distance.position.set(rect.w, pic.h + 10);
    fit(this.name, this.camera.name[lang], rect.w - (d === null ? 0 : this.distance.width + 16));
    this.name.position.set(0, pic.h + 10);
  }

  private showVideo(video: TileVideo, pic: Rect): void {
    this.pic = pic;
    if (this.sprite.texture !== video.texture) {
      this.sprite.texture.source.off('resize', this.refit);
      this.sprite.texture = video.texture;
      // the picture's size is known only once the stream's metadata arrives, and may change with it
      video.texture.source.on('resize', this.refit);
    }
    this.refit();
  }

  private pic: Rect | null = null;

  /** Letterboxes the picture into the tile for the video's current size. */
  private readonly refit = (): void => {
    const src = this.sprite.texture.source;
    if (this.pic === null || src.width === 0 || src.height === 0) return;
    const f = fitInto(src.width, src.height, this.pic);
    this.sprite.position.set(f.x, f.y);
    this.sprite.setSize(f.w, f.h);
  };

  private unborrow(): void {
    this.sprite.texture.source.off('resize', this.refit);
    this.sprite.texture = Texture.EMPTY;
  }

  model(): Record<string, unknown> {
    return { camera: this.camera.id, name: this.name.text, distance: this.distance.text, status: this.status, noSignal: this.noSignal.visible ? this.noSignal.text : null };
  }

  /** The sprite only borrows the video's texture: the video system destroys that. */
  destroy(): void {
    this.unborrow();
    this.root.destroy({ children: true });
  }
}
