/**
 * @module wall/scene/panels/pledge-board-panel
 * The four-year plan: one column per area with how many of its tasks are on track, at risk and off
 * track, and each task (worst first) with its computed status chip. The title counts them all.
 */
import { Container, Graphics, type Text } from 'pixi.js';
import type { Panel, TaskStatus } from '../../../../server/contracts/index.ts';
import { catalogueOf, ready } from '../../state/admin-indicators.ts';
import { planProvenance } from '../../state/admin-provenance.ts';
import { areaLines, statusTotals, type AreaLine } from '../../state/admin-score.ts';
import { PALETTE } from '../../state/colors.ts';
import type { Rect } from '../../state/frame.ts';
import { PLAN_AREA_LABELS, t, type Word } from '../../state/i18n.ts';
import type { Provenance } from '../../state/provenance.ts';
import type { PanelContext, PanelKind, PanelView } from '../panel-view.ts';
import { fit, label } from '../text.ts';
import { PanelChrome } from '../widgets/chrome.ts';
import { Chip } from '../widgets/chip.ts';

export const TASK_STATUS_COLORS: Readonly<Record<TaskStatus, number>> = { 'on-track': 0x22c55e, 'at-risk': 0xf5a623, 'off-track': 0xe5484d };
export const TASK_STATUS_WORDS: Readonly<Record<TaskStatus, Word>> = { 'on-track': 'onTrack', 'at-risk': 'atRisk', 'off-track': 'offTrack' };
const STATUSES: readonly TaskStatus[] = ['on-track', 'at-risk', 'off-track'];

class AreaColumn {
  readonly root = new Container();
  private readonly head: Text = label('', { size: 26, weight: 'bold' });
  private readonly chips = STATUSES.map(() => new Chip(20));
  private readonly dots = new Graphics();
  private names: Text[] = [];
  line: AreaLine | null = null;

  constructor() {
    this.root.addChild(this.head, this.dots, ...this.chips.map((c) => c.root));
  }

  update(line: AreaLine, lang: 'ko' | 'en', w: number, h: number): void {
    this.line = line;
    fit(this.head, PLAN_AREA_LABELS[line.area][lang], w);
    let x = 0;
    STATUSES.forEach((s, i) => {
      const chip = this.chips[i]!;
      chip.set(`${line.counts[s]}`, TASK_STATUS_COLORS[s]);
      chip.root.alpha = line.counts[s] === 0 ? 0.35 : 1;
      chip.root.position.set(x, 44);
      x += chip.width + 8;
    });
    while (this.names.length > line.tasks.length) this.names.pop()!.destroy();
    while (this.names.length < line.tasks.length) {
      const n = label('', { size: 25 });
      this.names.push(n);
      this.root.addChild(n);
    }
    const top = 96;
    const rowH = Math.min(60, (h - top) / Math.max(1, line.tasks.length));
    const size = Math.min(25, rowH * 0.62);
    this.dots.clear();
    line.tasks.forEach((task, i) => {
      const y = top + i * rowH;
      this.dots.roundRect(0, y + rowH * 0.2, 8, rowH * 0.6, 4).fill({ color: TASK_STATUS_COLORS[task.status] });
      const n = this.names[i]!;
      n.style.fontSize = size;
      fit(n, task.name[lang], w - 20);
      n.position.set(18, y + (rowH - n.height) / 2);
    });
  }

  model(lang: 'ko' | 'en'): Record<string, unknown> {
    const l = this.line;
    return {
      area: l?.area ?? '', label: this.head.text, counts: l?.counts ?? {},
      tasks: (l?.tasks ?? []).map((task, i) => ({ id: task.id, status: task.status, name: this.names[i]?.text ?? task.name[lang] })),
    };
  }
}

class PledgeBoardView implements PanelView {
  readonly root = new Container();
  private readonly chrome = new PanelChrome();
  private readonly message: Text = label('', { size: 28, color: PALETTE.muted });
  private columns: AreaColumn[] = [];
  private provenance: Provenance[] = [];

  constructor() {
    this.chrome.body.addChild(this.message);
    this.root.addChild(this.chrome.root);
  }

  update(panel: Panel, rect: Rect, ctx: PanelContext): void {
    const { state, lang, now } = ctx;
    this.chrome.layout(rect);
    const inner = this.chrome.inner;
    const board = ready(state.pledges);
    const lines = areaLines(board);
    const totals = statusTotals(board);
    const base = panel.title?.[lang] ?? t(lang, 'pledgeBoard');
    const counts = STATUSES.map((s) => `${t(lang, TASK_STATUS_WORDS[s])} ${totals[s]}`).join(' · ');
    this.chrome.setTitle(board ? `${base} — ${board.tasks.length} ${t(lang, 'tasks')}: ${counts}` : base);
    const weighed = new Set(board?.tasks.flatMap((x) => x.task.indicators.map((i) => i.indicator)) ?? []);
    this.provenance = [planProvenance(lang, 'planSource', catalogueOf(state).filter((i) => weighed.has(i.id)), board?.asOf ?? null)];
    this.chrome.setProvenance(lang, this.provenance, now);
    this.message.visible = board === null;
    if (board === null) fit(this.message, state.pledges?.status === 'error' ? t(lang, 'loadFailed') : t(lang, 'loading'), inner.w);
    this.message.position.set(inner.x, inner.y + 10);
    while (this.columns.length > lines.length) this.columns.pop()!.root.destroy({ children: true });
    while (this.columns.length < lines.length) {
      const c = new AreaColumn();
      this.columns.push(c);
      this.chrome.body.addChild(c.root);
    }
    const gap = 28;
    const w = (inner.w - gap * (lines.length - 1)) / Math.max(1, lines.length);
    this.columns.forEach((c, i) => {
      c.root.position.set(inner.x + i * (w + gap), inner.y + 4);
      c.update(lines[i]!, lang, w, inner.h - 4);
    });
  }

  tap(): null {
    return null;
  }

  model(ctx: PanelContext) {
    return { id: '', kind: 'pledge-board' as const, title: this.chrome.titleText, provenance: this.provenance, items: this.columns.map((c) => c.model(ctx.lang)) };
  }

  destroy(): void {
    this.chrome.destroy();
    this.root.destroy({ children: true });
  }
}

export const pledgeBoardPanel: PanelKind = { channels: () => [], create: () => new PledgeBoardView() };
