/**
 * @module wall/scene/panels/domain-panel
 * Administration status at a glance (the `administration` panel kind, for layouts of one's own): the
 * city score of the latest month, how many of the plan's tasks are on track, at risk and off track,
 * and per plan area the share of its tasks on track. The administration screen shows the full
 * panels (indicator grid and detail, pledge board, city score).
 */
import { Container, type Text } from 'pixi.js';
import type { Panel } from '../../../../server/contracts/index.ts';
import { catalogueOf, ready } from '../../state/admin-indicators.ts';
import { planProvenance } from '../../state/admin-provenance.ts';
import { areaLines, latestScore, scoreColor, scoreText, statusTotals } from '../../state/admin-score.ts';
import { PALETTE } from '../../state/colors.ts';
import type { Rect } from '../../state/frame.ts';
import { PLAN_AREA_LABELS, t } from '../../state/i18n.ts';
import type { Provenance } from '../../state/provenance.ts';
import type { PanelContext, PanelKind, PanelView } from '../panel-view.ts';
import { fit, label } from '../text.ts';
import { BarRow, syncRows } from '../widgets/bar-row.ts';
import { PanelChrome } from '../widgets/chrome.ts';
import { KpiStrip } from '../widgets/kpi-strip.ts';
import { TASK_STATUS_COLORS } from './pledge-board-panel.ts';

const STRIP_H = 170;

class AdministrationView implements PanelView {
  readonly root = new Container();
  private readonly chrome = new PanelChrome();
  private readonly strip = new KpiStrip(4);
  private readonly message: Text = label('', { size: 28, color: PALETTE.muted });
  private readonly rows = new Map<string, BarRow>();
  private shown: BarRow[] = [];
  private provenance: Provenance[] = [];

  constructor() {
    this.chrome.body.addChild(this.strip.root, this.message);
    this.root.addChild(this.chrome.root);
  }

  update(panel: Panel, rect: Rect, ctx: PanelContext): void {
    const { state, lang, now } = ctx;
    this.chrome.layout(rect);
    this.chrome.setTitle(panel.title?.[lang] ?? t(lang, 'administration'));
    const inner = this.chrome.inner;
    const board = ready(state.pledges);
    const score = latestScore(ready(state.cityScores.get('city')));
    const weighed = new Set(board?.tasks.flatMap((x) => x.task.indicators.map((i) => i.indicator)) ?? []);
    this.provenance = [planProvenance(lang, 'planSource', catalogueOf(state).filter((i) => weighed.has(i.id)), board?.asOf ?? null)];
    this.chrome.setProvenance(lang, this.provenance, now);
    const totals = statusTotals(board);
    const of = board ? `/ ${board.tasks.length} ${t(lang, 'tasks')}` : '';
    this.strip.update({ x: inner.x, y: inner.y, w: inner.w, h: STRIP_H - 20 }, [
      { caption: `${t(lang, 'cityScore')} ${score?.bucket ?? ''}`, value: scoreText(score?.score ?? null), valueColor: scoreColor(score?.score ?? null), detail: t(lang, 'onTarget') },
      { caption: t(lang, 'onTrack'), value: board ? String(totals['on-track']) : '—', valueColor: TASK_STATUS_COLORS['on-track'], detail: of },
      { caption: t(lang, 'atRisk'), value: board ? String(totals['at-risk']) : '—', valueColor: TASK_STATUS_COLORS['at-risk'], detail: of },
      { caption: t(lang, 'offTrack'), value: board ? String(totals['off-track']) : '—', valueColor: TASK_STATUS_COLORS['off-track'], detail: of },
    ]);
    this.message.visible = board === null;
    if (board === null) fit(this.message, state.pledges?.status === 'error' ? t(lang, 'loadFailed') : t(lang, 'loading'), inner.w);
    this.message.position.set(inner.x, inner.y + STRIP_H);
    const lines = areaLines(board);
    const rowH = Math.min(72, (inner.h - STRIP_H) / Math.max(1, lines.length));
    this.shown = syncRows(this.rows, lines.map((l) => l.area), this.chrome.body);
    this.shown.forEach((row, i) => {
      const l = lines[i]!;
      const n = l.tasks.length;
      const on = l.counts['on-track'];
      row.root.position.set(inner.x, inner.y + STRIP_H + i * rowH);
      row.update({
        label: PLAN_AREA_LABELS[l.area][lang],
        detail: `${t(lang, 'atRisk')} ${l.counts['at-risk']} · ${t(lang, 'offTrack')} ${l.counts['off-track']}`,
        value: `${on}/${n}`, fraction: n === 0 ? 0 : on / n,
        color: l.counts['off-track'] > 0 ? TASK_STATUS_COLORS['off-track'] : l.counts['at-risk'] > 0 ? TASK_STATUS_COLORS['at-risk'] : TASK_STATUS_COLORS['on-track'],
      }, inner.w, rowH);
    });
  }

  tap(): null {
    return null;
  }

  model() {
    return { id: '', kind: 'administration' as const, title: this.chrome.titleText, provenance: this.provenance, summary: this.strip.model(), items: this.shown.map((r) => r.model()) };
  }

  destroy(): void {
    this.chrome.destroy();
    this.root.destroy({ children: true });
  }
}

export const administrationPanel: PanelKind = { channels: () => [], create: () => new AdministrationView() };
