/**
 * @module wall/scene/pairing-overlay
 * The pairing panel over the wall: the six-digit code, large, a QR code of `<origin>/tablet?code=…`
 * drawn as squares from a QR matrix, and the time left; "getting a code…" while it is requested,
 * and the reason when the request failed. Redrawn only when what it shows changes (the countdown
 * is a BitmapText). The QR encoder comes in from outside (wall/tablet/qr.ts).
 */
import { type BitmapText, Container, Graphics, type Text } from 'pixi.js';
import type { Language, LocalizedText } from '../../../server/contracts/index.ts';
import { PALETTE } from '../state/colors.ts';
import type { Frame, Rect } from '../state/frame.ts';
import { countdown, type PairingModel, type PairingState } from '../state/pairing.ts';
import { groupedCode, tabletAddress } from '../tablet/code.ts';
import { darkRuns, moduleSize, QUIET_ZONE } from '../tablet/qr-layout.ts';
import { figure, label, setText } from './text.ts';

const WORDS = {
  title: { ko: '태블릿 연결', en: 'Pair a tablet' },
  help: { ko: '태블릿에서 QR 코드를 찍거나, /tablet 을 열고 이 코드를 입력하세요.', en: 'Scan the QR code with the tablet, or open /tablet on it and enter this code.' },
  left: { ko: '남은 시간', en: 'Expires in' },
  close: { ko: 'P 또는 Esc: 닫기', en: 'P or Esc: close' },
  loading: { ko: '연결 코드를 받는 중…', en: 'Getting a pairing code…' },
  failed: { ko: '연결 코드를 받지 못했습니다', en: 'Could not get a pairing code' },
} as const satisfies Record<string, LocalizedText>;

export class PairingOverlay {
  readonly root = new Container();
  private readonly backdrop = new Graphics();
  private readonly card = new Graphics();
  private readonly qr = new Graphics();
  private readonly title: Text = label('', { size: 72, weight: 'bold' });
  private readonly code: Text = label('', { size: 230, weight: 'bold', color: PALETTE.accent });
  private readonly help: Text = label('', { size: 44, color: PALETTE.text });
  private readonly url: Text = label('', { size: 38, color: PALETTE.muted });
  private readonly leftLabel: Text = label('', { size: 52, color: PALETTE.muted });
  private readonly left: BitmapText = figure('', { size: 64, weight: 'bold' });
  private readonly close: Text = label('', { size: 36, color: PALETTE.muted });
  private drawnKey = '';
  private qrRect: Rect | null = null;
  private modules = 0;
  private shownUrl: string | null = null;

  constructor(private readonly matrixOf: (text: string) => boolean[][], private readonly origin: string) {
    this.root.visible = false;
    this.help.style.wordWrap = true;
    this.help.style.breakWords = true;
    this.root.addChild(this.backdrop, this.card, this.qr, this.title, this.code, this.help, this.url, this.leftLabel, this.left, this.close);
  }

  get visible(): boolean {
    return this.root.visible;
  }

  update(state: PairingState & { language: Language }, f: Frame, now: number): void {
    const shown = state.pairing;
    const req = state.pairingRequest;
    this.root.visible = shown !== null || req !== null;
    if (!this.root.visible) return;
    const lang = state.language;
    const message = req?.status === 'failed' ? (typeof req.message === 'string' ? req.message : req.message[lang]) : '';
    const key = `${f.width}x${f.height}|${lang}|${shown?.code ?? ''}|${req?.status ?? ''}|${message}`;
    if (key !== this.drawnKey) {
      this.drawnKey = key;
      this.layout(f, lang, shown?.code ?? null, req?.status === 'failed' ? message : req ? WORDS.loading[lang] : null);
    }
    setText(this.left, shown ? countdown(shown.expiresAt, now) : '');
  }

  private layout(f: Frame, lang: Language, code: string | null, note: string | null): void {
    const portrait = f.orientation === 'portrait';
    this.backdrop.clear().rect(0, 0, f.width, f.height).fill({ color: PALETTE.background, alpha: 0.82 });
    const w = portrait ? f.width - 80 : Math.min(2400, f.width - 240);
    const h = portrait ? Math.min(f.height - 200, 1900) : Math.min(1400, f.height - 240);
    const x = (f.width - w) / 2;
    const y = (f.height - h) / 2;
    this.card.clear().roundRect(x, y, w, h, 36).fill({ color: PALETTE.panel }).stroke({ color: PALETTE.accent, width: 4 });
    const pad = 80;
    const box = code ? (portrait ? w - 2 * pad : h - 2 * pad) : 0;
    this.qrRect = code ? { x: x + pad, y: y + pad, w: box, h: box } : null;
    const textX = portrait || !code ? x + pad : x + pad + box + 100;
    const textW = x + w - pad - textX;
    let ty = portrait && code ? y + pad + box + 50 : y + pad;
    const place = (t: Text | BitmapText, text: string, gap: number): void => {
      setText(t, text);
      t.visible = text !== '';
      t.position.set(textX, ty);
      if (t.visible) ty += t.height + gap;
    };
    const failed = code === null && note !== null && note !== WORDS.loading[lang];
    this.help.style.wordWrapWidth = textW;
    this.help.style.fill = failed ? PALETTE.lost : PALETTE.text;
    place(this.title, failed ? WORDS.failed[lang] : WORDS.title[lang], 30);
    place(this.code, code ? groupedCode(code) : '', 20);
    place(this.help, code ? WORDS.help[lang] : (note ?? ''), 30);
    this.shownUrl = code ? tabletAddress(this.origin, code) : null;
    place(this.url, this.shownUrl ?? '', 50);
    place(this.leftLabel, code ? WORDS.left[lang] : '', 10);
    this.left.visible = code !== null;
    this.left.position.set(textX, ty);
    if (code) ty += 90;
    setText(this.close, WORDS.close[lang]);
    this.close.position.set(textX, Math.max(ty, y + h - pad - this.close.height));
    this.drawQr();
  }

  private drawQr(): void {
    this.qr.clear();
    this.modules = 0;
    if (!this.qrRect || !this.shownUrl) return;
    const matrix = this.matrixOf(this.shownUrl);
    this.modules = matrix.length;
    const m = moduleSize(matrix.length, this.qrRect.w);
    const side = (matrix.length + 2 * QUIET_ZONE) * m;
    // Scanners want dark modules on a light ground, whatever the wall's colours.
    this.qr.rect(this.qrRect.x, this.qrRect.y, side, side).fill({ color: 0xffffff });
    const ox = this.qrRect.x + QUIET_ZONE * m;
    const oy = this.qrRect.y + QUIET_ZONE * m;
    for (const run of darkRuns(matrix)) this.qr.rect(ox + run.col * m, oy + run.row * m, run.length * m, m).fill({ color: 0x000000 });
    this.qrRect = { ...this.qrRect, w: side, h: side };
  }

  model(state: PairingState & { language: Language }, now: number): PairingModel {
    const shown = state.pairing;
    const req = state.pairingRequest;
    const status = shown ? 'shown' : req?.status === 'failed' ? 'failed' : req ? 'loading' : null;
    const message = req?.status === 'failed' ? (typeof req.message === 'string' ? req.message : req.message[state.language]) : null;
    return {
      visible: this.root.visible,
      status,
      wall: shown?.wall ?? req?.wall ?? null,
      code: shown?.code ?? null,
      url: shown ? tabletAddress(this.origin, shown.code) : null,
      left: shown ? countdown(shown.expiresAt, now) : null,
      modules: shown ? this.modules : 0,
      message,
      qr: shown ? this.qrRect : null,
    };
  }

  destroy(): void {
    this.root.destroy({ children: true });
  }
}
