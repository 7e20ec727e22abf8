/**
 * @module wall/scene/panels/budget-panel
 * Budget execution (예산 집행) of the current fiscal year: the share of the year's budget spent to date
 * against the expected pace (the share of the year elapsed), the budget, spending and allocation in
 * 조/억 원 or trillion/billion, the cumulative spending month by month against the allocation and the
 * pace, and the departments ranked furthest behind the pace first (the furthest highlighted), each
 * with its rate against the pace tick. The figures are by department, so a district head's wall shows
 * the city's departments and says that there are none by gu. Redrawn only when the answers change.
 */
import { BitmapText, Container, type Text } from 'pixi.js';
import type { Panel } from '../../../../server/contracts/index.ts';
import {
  BUDGET_SOURCE, bt, budgetProvenance, budgetViewOf, dayText, gapText, krwText, PACE_COLORS, PACE_WORDS, rateText, shownBudget,
  type BudgetView, type DepartmentLine,
} from '../../state/admin-budget.ts';
import { PALETTE } from '../../state/colors.ts';
import type { Rect } from '../../state/frame.ts';
import { t } from '../../state/i18n.ts';
import type { Provenance } from '../../state/provenance.ts';
import type { PanelContext, PanelKind, PanelView } from '../panel-view.ts';
import { figure, fit, label, setText } from '../text.ts';
import { BarRow, syncRows } from '../widgets/bar-row.ts';
import { BudgetCurve } from '../widgets/budget-curve.ts';
import { PanelChrome } from '../widgets/chrome.ts';

const HEAD_H = 300;
const ROW_MIN = 56;
const ROW_MAX = 76;
const DEPARTMENTS = 8;

interface Amount {
  caption: Text;
  value: BitmapText;
}

class BudgetPanelView implements PanelView {
  readonly root = new Container();
  private readonly chrome = new PanelChrome();
  private readonly caption: Text = label('', { size: 24, color: PALETTE.muted });
  private readonly rateCaption: Text = label('', { size: 24, weight: 'bold', color: PALETTE.muted });
  private readonly rate: BitmapText = figure('—', { size: 104, weight: 'bold' });
  private readonly pace: Text = label('', { size: 24, weight: 'bold' });
  private readonly paceNote: Text = label('', { size: 22, color: PALETTE.muted });
  private readonly amounts: Amount[] = [0, 1, 2].map(() => ({
    caption: label('', { size: 22, weight: 'bold', color: PALETTE.muted }),
    value: figure('', { size: 42, weight: 'bold' }),
  }));
  private readonly curve = new BudgetCurve();
  private readonly heading: Text = label('', { size: 24, weight: 'bold', color: PALETTE.muted });
  private readonly message: Text = label('', { size: 28, color: PALETTE.muted });
  private readonly rows = new Map<string, BarRow>();
  private shown: Array<{ row: BarRow; line: DepartmentLine }> = [];
  private provenance: Provenance[] = [];
  private view: BudgetView | null = null;

  constructor() {
    this.chrome.body.addChild(this.caption, this.rateCaption, this.rate, this.pace, this.paceNote, ...this.amounts.flatMap((a) => [a.caption, a.value]), this.curve.root, this.heading, this.message);
    this.root.addChild(this.chrome.root);
  }

  update(panel: Panel, rect: Rect, ctx: PanelContext): void {
    const { state, lang, now } = ctx;
    this.chrome.layout(rect);
    const inner = this.chrome.inner;
    const view = budgetViewOf(state);
    this.view = view;
    const base = panel.title?.[lang] ?? bt(lang, 'budgetExecution');
    this.chrome.setTitle(view ? `${base} — ${view.year}` : base);
    const info = state.catalog.get(BUDGET_SOURCE);
    const health = state.health.get(BUDGET_SOURCE);
    this.provenance = [budgetProvenance(lang, view, {
      ...(info ? { title: info.title, staleAfterSeconds: info.staleAfterSeconds, synthetic: info.synthetic } : {}),
      ...(health ? { stale: health.stale || health.status === 'stale' } : {}),
    }, now)];
    this.chrome.setProvenance(lang, this.provenance, now);

    const city = view?.city ?? null;
    const held = shownBudget(state);
    this.message.visible = city === null;
    fit(this.message, held?.status === 'error' ? t(lang, 'loadFailed') : view ? bt(lang, 'noFigures') : t(lang, 'loading'), inner.w);
    this.message.position.set(inner.x, inner.y + 60);
    for (const o of [this.rateCaption, this.rate, this.pace, this.paceNote, this.curve.root, this.heading, ...this.amounts.flatMap((a) => [a.caption, a.value])]) o.visible = city !== null;
    const where = `${bt(lang, 'cityDepartments')}${state.selected ? ` (${bt(lang, 'noDistrictData')})` : ''}`;
    const asOf = view?.asOf ? (lang === 'ko' ? `${dayText(lang, view.asOf)} ${t(lang, 'asOf')}` : `${t(lang, 'asOf')} ${dayText(lang, view.asOf)}`) : null;
    fit(this.caption, asOf ? `${asOf} · ${where}` : where, inner.w);
    this.caption.position.set(inner.x, inner.y);
    if (view === null || city === null) {
      syncRows(this.rows, [], this.chrome.body);
      this.shown = [];
      return;
    }

    const top = inner.y + 44;
    const leftW = inner.w * 0.5;
    fit(this.rateCaption, bt(lang, 'executionRate'), leftW);
    this.rateCaption.position.set(inner.x, top);
    setText(this.rate, rateText(city.rate), PACE_COLORS[city.status]);
    this.rate.position.set(inner.x, top + 30);
    fit(this.pace, `${gapText(lang, city.gap)} · ${lang === 'ko' ? `${bt(lang, 'pace')} ${rateText(city.pace)}` : `${rateText(city.pace)} ${bt(lang, 'expected')}`}`, leftW - 20);
    setText(this.pace, this.pace.text, PACE_COLORS[city.status]);
    this.pace.position.set(inner.x, top + 152);
    fit(this.paceNote, `${bt(lang, PACE_WORDS[city.status])} · ${bt(lang, 'paceNote')}`, leftW - 20);
    this.paceNote.position.set(inner.x, top + 190);

    const amountX = inner.x + leftW;
    const amountW = inner.w - leftW;
    const lines: Array<[string, string]> = [
      [bt(lang, 'budget'), krwText(lang, city.budget)],
      [bt(lang, 'executed'), krwText(lang, city.executed)],
      [`${bt(lang, 'allocated')} (${rateText((city.allocated / Math.max(1, city.budget)) * 100)})`, krwText(lang, city.allocated)],
    ];
    this.amounts.forEach((a, i) => {
      const [caption, value] = lines[i]!;
      const y = top + i * 82;
      fit(a.caption, caption, amountW);
      a.caption.position.set(amountX, y);
      setText(a.value, value, i === 1 ? PALETTE.accent : PALETTE.text);
      a.value.position.set(amountX, y + 28);
    });

    const curveTop = inner.y + HEAD_H;
    const listRoom = Math.max(0, inner.h - HEAD_H);
    const curveH = Math.min(420, Math.max(200, listRoom * 0.46));
    this.curve.root.position.set(inner.x, curveTop);
    this.curve.draw(view.curve, { executed: bt(lang, 'executed'), allocated: bt(lang, 'allocated'), pace: bt(lang, 'pace') }, lang, inner.w, curveH - 16);

    const headTop = curveTop + curveH + 8;
    const room = inner.y + inner.h - headTop - 44;
    const limit = Math.max(0, Math.min(panel.limit ?? DEPARTMENTS, Math.floor(room / ROW_MIN), view.departments.length));
    const list = view.departments.slice(0, limit);
    fit(this.heading, `${bt(lang, 'behind')} · ${view.departments.length} ${bt(lang, 'departments')} · ${view.programs} ${bt(lang, 'programs')}`, inner.w);
    this.heading.position.set(inner.x, headTop);
    const rowH = Math.min(ROW_MAX, room / Math.max(1, list.length));
    this.shown = syncRows(this.rows, list.map((l) => l.key), this.chrome.body, 24).map((row, i) => ({ row, line: list[i]! }));
    this.shown.forEach(({ row, line }, i) => {
      row.root.position.set(inner.x, headTop + 44 + i * rowH);
      row.update({
        label: line.name[lang], detail: `${gapText(lang, line.gap)} · ${krwText(lang, line.budget, false)}`,
        value: rateText(line.rate), valueColor: PACE_COLORS[line.status], valueWidth: 120, nameShare: 0.5,
        fraction: line.rate / 100, target: line.pace / 100, color: PACE_COLORS[line.status],
        ...(line.furthest ? { highlight: 'flash' as const } : {}),
      }, inner.w, rowH);
    });
  }

  tap(): null {
    return null;
  }

  model() {
    const v = this.view;
    const c = v?.city ?? null;
    return {
      id: '', kind: 'budget-execution' as const, title: this.chrome.titleText, provenance: this.provenance,
      caption: this.caption.text, message: this.message.visible ? this.message.text : '',
      rate: c ? this.rate.text : '', pace: c ? this.pace.text : '',
      amounts: c ? this.amounts.map((a) => ({ caption: a.caption.text, value: a.value.text })) : [],
      heading: c ? this.heading.text : '',
      figures: v && c ? {
        year: v.year, month: v.month, asOf: v.asOf, synthetic: v.synthetic, programs: v.programs, departments: v.departments.length,
        budget: c.budget, allocated: c.allocated, executed: c.executed, rate: c.rate, pace: c.pace, gap: c.gap, status: c.status,
      } : null,
      curve: v?.curve ?? [],
      items: this.shown.map(({ row, line }) => ({ ...row.model(), rate: line.rate, gap: line.gap, budget: line.budget, status: line.status, furthest: line.furthest })),
    };
  }

  destroy(): void {
    this.chrome.destroy();
    this.root.destroy({ children: true });
  }
}

export const budgetPanel: PanelKind = { channels: () => [], create: () => new BudgetPanelView() };
