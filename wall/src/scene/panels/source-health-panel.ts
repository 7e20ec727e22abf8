/**
 * @module wall/scene/panels/source-health-panel
 * Every integrated source system with its health from the source actors: status, last success,
 * data lag, runs and failures, and whether the source is late.
 */
import { Container, Graphics, type Text } from 'pixi.js';
import { channels, type Panel, type SourceHealth } from '../../../../server/contracts/index.ts';
import { PALETTE, STATUS_COLORS } from '../../state/colors.ts';
import type { Rect } from '../../state/frame.ts';
import { agoText, t, type Word } from '../../state/i18n.ts';
import type { Provenance } from '../../state/provenance.ts';
import type { SourceInfo, WallState } from '../../state/wall-state.ts';
import type { PanelContext, PanelKind, PanelView } from '../panel-view.ts';
import { fit, label, setText } from '../text.ts';
import { PanelChrome } from '../widgets/chrome.ts';

interface Row {
  id: string;
  root: Container;
  dot: Graphics;
  title: Text;
  detail: Text;
  status: Text;
  color: number;
}

export function healthProvenance(state: WallState, lang: 'ko' | 'en'): Provenance {
  return {
    sourceId: 'scpm',
    source: lang === 'ko' ? 'SCPM 연계 상태 감시' : 'SCPM source monitoring',
    asOf: state.healthAt,
    stale: state.connection.status !== 'open',
    synthetic: false,
  };
}

const STATUS_WORD: Record<SourceHealth['status'], Word> = {
  healthy: 'healthy', degraded: 'degraded', stale: 'stale', failing: 'failing', unknown: 'unknown',
};

function detailText(lang: 'ko' | 'en', info: SourceInfo | undefined, h: SourceHealth | undefined, now: number): string {
  const parts = [info ? info.department[lang] : ''];
  if (h?.lastSuccessAt) parts.push(`${lang === 'ko' ? '최근 성공' : 'last success'} ${agoText(lang, now - Date.parse(h.lastSuccessAt))}`);
  if (h?.lagSeconds != null) parts.push(`${t(lang, 'lag')} ${agoText(lang, h.lagSeconds * 1000).replace(/ ago| 전/, '')}`);
  if (h) parts.push(`${t(lang, 'runs')} ${h.runs}${h.failures > 0 ? ` (${h.failures} ✕)` : ''}`);
  if (h?.lastError) parts.push(h.lastError);
  return parts.filter(Boolean).join(' · ');
}

class SourceHealthView implements PanelView {
  readonly root = new Container();
  private readonly chrome = new PanelChrome();
  private rows = new Map<string, Row>();

  constructor() {
    this.root.addChild(this.chrome.root);
  }

  private row(id: string): Row {
    const held = this.rows.get(id);
    if (held) return held;
    const root = new Container();
    const dot = new Graphics();
    const title = label('', { size: 30, weight: 'bold' });
    const detail = label('', { size: 22, color: PALETTE.muted });
    const status = label('', { size: 26, weight: 'bold', align: 'right' });
    title.position.set(44, 0);
    detail.position.set(44, 40);
    root.addChild(dot, title, detail, status);
    this.chrome.body.addChild(root);
    const row = { id, root, dot, title, detail, status, color: -1 };
    this.rows.set(id, row);
    return row;
  }

  update(panel: Panel, rect: Rect, ctx: PanelContext): void {
    const { state, lang, now } = ctx;
    this.chrome.layout(rect);
    this.chrome.setTitle(panel.title?.[lang] ?? (lang === 'ko' ? '연계 시스템 상태' : 'Integrated source systems'));
    this.chrome.setProvenance(lang, [healthProvenance(state, lang)], now);
    const inner = this.chrome.inner;
    const ids = [...new Set([...state.catalog.keys(), ...state.health.keys()])].sort();
    for (const [id, row] of this.rows) {
      if (ids.includes(id)) continue;
      row.root.destroy({ children: true });
      this.rows.delete(id);
    }
    ids.forEach((id, i) => {
      const row = this.row(id);
      const info = state.catalog.get(id);
      const h = state.health.get(id);
      const status = h?.status ?? 'unknown';
      row.root.position.set(inner.x, inner.y + i * 96);
      row.root.visible = (i + 1) * 96 <= inner.h;
      if (STATUS_COLORS[status] !== row.color) {
        row.color = STATUS_COLORS[status];
        row.dot.clear().circle(14, 20, 14).fill({ color: row.color });
      }
      fit(row.title, `${info ? info.title[lang] : id}${info?.synthetic ? ` (${t(lang, 'synthetic')})` : ''}`, inner.w - 300);
      setText(row.status, `${t(lang, STATUS_WORD[status])}${h?.stale ? ` · ${t(lang, 'stale')}` : ''}`, row.color);
      row.status.position.set(inner.w, 2);
      fit(row.detail, detailText(lang, info, h, now), inner.w - 44);
    });
  }

  tap(): null {
    return null;
  }

  model(ctx: PanelContext) {
    return {
      id: '', kind: 'source-health' as const, title: this.chrome.titleText,
      provenance: [healthProvenance(ctx.state, ctx.lang)],
      items: [...this.rows.values()].map((r) => ({ source: r.id, title: r.title.text, status: r.status.text, detail: r.detail.text })),
    };
  }

  destroy(): void {
    this.chrome.destroy();
    this.root.destroy({ children: true });
  }
}

export const sourceHealthPanel: PanelKind = {
  channels: () => [channels.sources()],
  create: () => new SourceHealthView(),
};
