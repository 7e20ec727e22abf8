/**
 * @module wall/scene/panels/participation-panel
 * Resident participation: the leading proposals (supports against the goal that obliges the city to
 * answer, status, gu, days left; answered ones after the live ones) and the latest opinion poll (each
 * option's share with its margin, the sample size, the worst-case margin, pollster and fieldwork) —
 * side by side on a wide panel, stacked on a narrow one. A gu selected on the map narrows the
 * proposals to it and the city-wide ones, and shows the gu's own poll when there is one.
 */
import { Container, type Text } from 'pixi.js';
import { channels, type Language, type Panel } from '../../../../server/contracts/index.ts';
import type { MapAsset } from '../../map/map-asset.ts';
import { PALETTE } from '../../state/colors.ts';
import type { Rect } from '../../state/frame.ts';
import { numberText, PROPOSAL_STATUS_LABELS, t } from '../../state/i18n.ts';
import { participationProvenance } from '../../state/opinion-provenance.ts';
import {
  daysLeft, latestPoll, PARTICIPATION_CHANNEL, proposalTitle, topProposals, type ProposalStatus, type WallPoll, type WallProposal,
} from '../../state/participation.ts';
import type { PanelContext, PanelKind, PanelView } from '../panel-view.ts';
import { fit, label } from '../text.ts';
import { BarRow, syncRows } from '../widgets/bar-row.ts';
import { PanelChrome } from '../widgets/chrome.ts';
import { districtNames } from './complaint-feed-panel.ts';

const HEAD_H = 44;
const ROW_H = 76;

export const PROPOSAL_STATUS_COLORS: Readonly<Record<ProposalStatus, number>> = {
  open: PALETTE.accent,
  'awaiting-response': PALETTE.stale,
  answered: PALETTE.ok,
  'closed-unsupported': PALETTE.faint,
};

type Names = ReadonlyMap<string, { ko: string; en: string }>;

function proposalDetail(p: WallProposal, lang: Language, names: Names, now: number): string {
  const where = p.district ? (names.get(p.district)?.[lang] ?? p.district) : t(lang, 'cityWide');
  const left = daysLeft(p, now);
  const when = p.status === 'answered' && p.response ? p.response.department[lang] : left === null ? '' : lang === 'ko' ? `D-${left}` : `${left} days left`;
  return [PROPOSAL_STATUS_LABELS[p.status][lang], where, when].filter(Boolean).join(' · ');
}

/** Two lines: the sample and its margin (and SYNTHETIC); who asked, and when. */
function pollLines(p: WallPoll, lang: Language): [string, string] {
  const n = lang === 'ko' ? `표본 ${numberText(lang, p.sampleSize)}명` : `n = ${numberText(lang, p.sampleSize)}`;
  const moe = lang === 'ko' ? `표본오차 ±${p.marginOfError.toFixed(1)}%p` : `±${p.marginOfError.toFixed(1)} pts`;
  const dates = p.fieldwork.from === p.fieldwork.to ? p.fieldwork.from : `${p.fieldwork.from}–${p.fieldwork.to.slice(5)}`;
  return [[n, moe, p.synthetic ? t(lang, 'synthetic') : ''].filter(Boolean).join(' · '), `${p.pollster[lang]} · ${dates}`];
}

class ParticipationView implements PanelView {
  readonly root = new Container();
  private readonly chrome = new PanelChrome();
  private readonly proposalsHead: Text = label('', { size: 26, weight: 'bold', color: PALETTE.muted });
  private readonly pollHead: Text = label('', { size: 26, weight: 'bold', color: PALETTE.muted });
  private readonly question: Text = label('', { size: 28, weight: 'bold' });
  private readonly pollFoot: [Text, Text] = [label('', { size: 22, color: PALETTE.muted }), label('', { size: 22, color: PALETTE.muted })];
  private readonly proposalRows = new Map<string, BarRow>();
  private readonly optionRows = new Map<string, BarRow>();
  private proposals: BarRow[] = [];
  private options: BarRow[] = [];
  private poll: WallPoll | null = null;
  private readonly names: Names;

  constructor(asset: MapAsset) {
    this.names = districtNames(asset);
    Object.assign(this.question.style, { wordWrap: true, breakWords: true });
    this.chrome.body.addChild(this.proposalsHead, this.pollHead, this.question, ...this.pollFoot);
    this.root.addChild(this.chrome.root);
  }

  update(panel: Panel, rect: Rect, ctx: PanelContext): void {
    const { state, lang, now } = ctx;
    this.chrome.layout(rect);
    const board = state.participation;
    this.chrome.setTitle(panel.title?.[lang] ?? t(lang, 'participation'));
    this.chrome.setProvenance(lang, [participationProvenance(state, board, now)], now);
    const inner = this.chrome.inner;
    const wide = inner.w >= 1000;
    const gap = 40;
    const left: Rect = wide ? { x: inner.x, y: inner.y, w: (inner.w - gap) * 0.56, h: inner.h } : { x: inner.x, y: inner.y, w: inner.w, h: inner.h * 0.5 };
    const right: Rect = wide ? { x: left.x + left.w + gap, y: inner.y, w: inner.w - left.w - gap, h: inner.h } : { x: inner.x, y: inner.y + left.h + 12, w: inner.w, h: inner.h - left.h - 12 };
    this.updateProposals(panel, left, ctx);
    this.poll = latestPoll(board, state.selected);
    this.updatePoll(right, lang, board === null);
  }

  private updateProposals(panel: Panel, r: Rect, ctx: PanelContext): void {
    const { state, lang, now } = ctx;
    const board = state.participation;
    const c = board?.counts;
    const counts = c ? (lang === 'ko' ? ` — 모집 중 ${c.open} · 답변 대기 ${c.awaitingResponse} · 최근 답변 ${c.answeredRecently}` : ` — ${c.open} collecting · ${c.awaitingResponse} awaiting · ${c.answeredRecently} answered`) : '';
    const limit = Math.max(0, Math.min(panel.limit ?? 6, Math.floor((r.h - HEAD_H) / 60)));
    const list = topProposals(board, state.selected, limit);
    const message = board === null ? ` — ${t(lang, 'awaiting')}` : list.length === 0 ? ` — ${t(lang, 'noProposals')}` : '';
    fit(this.proposalsHead, `${t(lang, 'proposals')}${counts}${message}`, r.w);
    this.proposalsHead.position.set(r.x, r.y);
    const rowH = Math.min(ROW_H, (r.h - HEAD_H) / Math.max(1, list.length));
    this.proposals = syncRows(this.proposalRows, list.map((p) => p.id), this.chrome.body, 26);
    this.proposals.forEach((row, i) => {
      const p = list[i]!;
      row.root.position.set(r.x, r.y + HEAD_H + i * rowH);
      row.update({
        label: proposalTitle(p, lang), detail: proposalDetail(p, lang, this.names, now),
        value: `${numberText(lang, p.supports)}/${numberText(lang, p.supportGoal)}`, fraction: p.supports / p.supportGoal, color: PROPOSAL_STATUS_COLORS[p.status], nameShare: 0.58, valueWidth: 130,
      }, r.w, rowH);
    });
  }

  private updatePoll(r: Rect, lang: Language, waiting: boolean): void {
    const p = this.poll;
    fit(this.pollHead, `${t(lang, 'latestPoll')}${p ? '' : ` — ${t(lang, waiting ? 'awaiting' : 'noPoll')}`}`, r.w);
    this.pollHead.position.set(r.x, r.y);
    this.question.visible = p !== null;
    for (const line of this.pollFoot) line.visible = p !== null;
    this.options = syncRows(this.optionRows, p ? p.options.map((_, i) => `${p.id}|${i}`) : [], this.chrome.body, 26);
    if (!p) return;
    this.question.style.wordWrapWidth = r.w;
    if (this.question.text !== p.question[lang]) this.question.text = p.question[lang];
    this.question.position.set(r.x, r.y + HEAD_H);
    const top = r.y + HEAD_H + Math.min(this.question.height, 80) + 16;
    const room = r.h - (top - r.y) - 70;
    const rowH = Math.min(64, room / Math.max(1, p.options.length));
    const max = Math.max(1, ...p.options.map((o) => o.share));
    this.options.forEach((row, i) => {
      const o = p.options[i]!;
      row.root.position.set(r.x, top + i * rowH);
      row.update({ label: o.label[lang], detail: '', value: `${o.share.toFixed(1)}%`, fraction: o.share / max, color: PALETTE.accent, nameShare: 0.3, valueWidth: 110 }, r.w, rowH);
    });
    pollLines(p, lang).forEach((text, i) => {
      const line = this.pollFoot[i]!;
      fit(line, text, r.w);
      line.position.set(r.x, top + p.options.length * rowH + 8 + i * 30);
    });
  }

  tap(): null {
    return null;
  }

  model(ctx: PanelContext) {
    return {
      id: '', kind: 'participation' as const, title: this.chrome.titleText,
      provenance: [participationProvenance(ctx.state, ctx.state.participation, ctx.now)],
      head: this.proposalsHead.text,
      items: this.proposals.map((r) => r.model()),
      poll: this.poll ? { id: this.poll.id, question: this.question.text, options: this.options.map((r) => r.model()), lines: this.pollFoot.map((l) => l.text) } : null,
    };
  }

  destroy(): void {
    this.chrome.destroy();
    this.root.destroy({ children: true });
  }
}

export const participationPanel: PanelKind = {
  channels: () => [PARTICIPATION_CHANNEL, channels.sources()],
  create: (_panel, asset) => new ParticipationView(asset),
};
