/**
 * @module wall/scene/header
 * The wall's top bar: platform name and layout, one tab per screen, the live-connection state
 * (with the time of the last update when the connection is lost), the clock and the language switch.
 * When the connection is lost a red band runs under the bar and the panels are dimmed.
 */
import { Container, Graphics, type Text } from 'pixi.js';
import { PALETTE } from '../state/colors.ts';
import { contains, HEADER_HEIGHT, type Frame, type Rect } from '../state/frame.ts';
import { agoText, clockText, t } from '../state/i18n.ts';
import type { WallAction } from '../state/actions.ts';
import type { WallState } from '../state/wall-state.ts';
import { fit, label, setText } from './text.ts';

interface Tab {
  id: string;
  text: Text;
  rect: Rect;
}

export class Header {
  readonly root = new Container();
  private readonly bar = new Graphics();
  private readonly title = label('', { size: 44, weight: 'bold' });
  private readonly subtitle = label('', { size: 24, color: PALETTE.muted });
  private readonly tabsBg = new Graphics();
  private tabs: Tab[] = [];
  private readonly status = label('', { size: 28, weight: 'bold' });
  private readonly statusDot = new Graphics();
  private readonly clock = label('', { size: 44, weight: 'bold' });
  private readonly lang = label('', { size: 30, weight: 'bold' });
  private readonly langBg = new Graphics();
  private langRect: Rect = { x: 0, y: 0, w: 0, h: 0 };
  readonly lostBand = new Graphics();
  readonly lostText = label('', { size: 30, weight: 'bold', color: 0xffffff });
  private drawnKey = '';
  private barWidth = 0;
  private chromeKey = '';

  constructor() {
    this.title.position.set(24, 22);
    this.subtitle.position.set(26, 80);
    this.root.addChild(this.bar, this.title, this.subtitle, this.tabsBg, this.statusDot, this.status, this.clock, this.langBg, this.lang, this.lostBand, this.lostText);
  }

  private layoutTabs(state: WallState, f: Frame): void {
    const screens = state.layout.screens;
    const key = `${screens.map((s) => s.id).join()}|${state.language}|${state.screenId}|${f.width}`;
    if (key === this.drawnKey) return;
    this.drawnKey = key;
    for (const tab of this.tabs) tab.text.destroy();
    this.tabsBg.clear();
    const portrait = f.orientation === 'portrait';
    const left = portrait ? 24 : 1000;
    const width = portrait ? f.width - 48 : f.width - 1000 - 1250;
    const w = width / screens.length;
    const y = portrait ? 110 : 28;
    const h = portrait ? 0 : 84;
    this.tabs = screens.map((s, i) => {
      const rect = { x: left + i * w, y, w: w - 12, h: Math.max(h, 0) };
      const active = s.id === state.screenId;
      const color = active ? (portrait ? PALETTE.accent : PALETTE.background) : PALETTE.text;
      // Five or more screens get a smaller type, so that their names still fit their tabs.
      const size = portrait ? 22 : w >= 380 ? 32 : 26;
      const text = label('', { size, weight: active ? 'bold' : 'normal', color, align: 'center' });
      fit(text, s.title[state.language], rect.w - 24);
      text.position.set(rect.x + rect.w / 2, rect.y + (portrait ? 0 : (h - size * 1.25) / 2));
      if (!portrait) this.tabsBg.roundRect(rect.x, rect.y, rect.w, rect.h, 14).fill(active ? { color: PALETTE.accent } : { color: 0xffffff, alpha: 0.06 });
      this.root.addChild(text);
      return { id: s.id, text, rect: portrait ? { ...rect, y: 100, h: 44 } : rect };
    });
    this.subtitle.visible = !portrait;
  }

  update(state: WallState, f: Frame, now: number): void {
    const lang = state.language;
    if (this.barWidth !== f.width) {
      this.barWidth = f.width;
      this.bar.clear().rect(0, 0, f.width, HEADER_HEIGHT - 12).fill({ color: 0x0f172a });
    }
    setText(this.title, t(lang, 'platform'));
    fit(this.subtitle, state.signedIn ? `${state.layout.name[lang]} · ${state.signedIn}` : state.layout.name[lang], 900);
    this.layoutTabs(state, f);
    const c = state.connection;
    const open = c.status === 'open';
    const statusText = open ? t(lang, 'live') : c.status === 'connecting' && c.lastUpdateAt === null ? t(lang, 'connecting') : t(lang, 'lost');
    const color = open ? PALETTE.ok : c.status === 'connecting' && c.lastUpdateAt === null ? PALETTE.stale : PALETTE.lost;
    setText(this.status, statusText, color);
    setText(this.clock, clockText(now, true));
    this.clock.visible = f.orientation === 'landscape';
    setText(this.lang, lang === 'ko' ? '한국어 | EN' : 'KO | English');
    const right = f.width - 24;
    this.langRect = { x: right - 250, y: 24, w: 250, h: 72 };
    this.lang.anchor.set(0.5, 0);
    this.lang.position.set(this.langRect.x + 125, 40);
    this.clock.anchor.set(1, 0);
    this.clock.position.set(this.langRect.x - 40, 30);
    this.status.anchor.set(1, 0);
    this.status.position.set(this.clock.visible ? this.clock.x - this.clock.width - 40 : this.langRect.x - 30, 40);
    const chromeKey = `${right}|${this.status.x - this.status.width}|${color}`;
    if (chromeKey !== this.chromeKey) {
      this.chromeKey = chromeKey;
      this.langBg.clear().roundRect(this.langRect.x, this.langRect.y, this.langRect.w, this.langRect.h, 14).stroke({ width: 3, color: PALETTE.accent });
      this.statusDot.clear().circle(this.status.x - this.status.width - 24, 58, 12).fill({ color });
    }
    this.updateLost(state, f, now);
  }

  private updateLost(state: WallState, f: Frame, now: number): void {
    const c = state.connection;
    const lost = c.status !== 'open' && (c.lastUpdateAt !== null || now - c.since > 5000);
    this.lostBand.visible = lost;
    this.lostText.visible = lost;
    if (!lost) return;
    if (this.lostBand.width !== f.width) this.lostBand.clear().rect(0, HEADER_HEIGHT - 12, f.width, 52).fill({ color: PALETTE.lost });
    const last = c.lastUpdateAt === null ? t(state.language, 'never') : `${clockText(c.lastUpdateAt, true)} (${agoText(state.language, now - c.lastUpdateAt)})`;
    const attempt = state.language === 'ko' ? `재연결 시도 ${c.attempts}회` : `reconnect attempt ${c.attempts}`;
    setText(this.lostText, `${t(state.language, 'lost')} — ${t(state.language, 'lastUpdate')}: ${last} — ${attempt}`);
    this.lostText.position.set(24, HEADER_HEIGHT - 6);
  }

  tap(x: number, y: number): WallAction | null {
    if (contains(this.langRect, x, y)) return { type: 'language.toggle' };
    const tab = this.tabs.find((tb) => contains(tb.rect, x, y));
    return tab ? { type: 'screen.show', screen: tab.id } : null;
  }

  model(state: WallState) {
    return {
      status: this.status.text,
      subtitle: this.subtitle.text,
      lost: this.lostBand.visible,
      lostText: this.lostText.visible ? this.lostText.text : null,
      tabs: this.tabs.map((tb) => ({ id: tb.id, title: tb.text.text, active: tb.id === state.screenId, rect: tb.rect })),
      language: { text: this.lang.text, rect: this.langRect },
    };
  }
}
