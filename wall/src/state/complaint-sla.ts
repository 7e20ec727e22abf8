/**
 * @module wall/state/complaint-sla
 * The answer-time figures of the city or of one gu against the plan's targets, and the lines of the
 * departments furthest behind. The targets are those of the administration's indicator plan for 2026
 * (db/reference/indicators/catalogue.json: `complaint-sla`, `complaint-answer-days`,
 * `complaint-reopen-rate`; complaint-sla.test.ts fails when they drift apart). Pure.
 */
import type { ComplaintKpi, Language } from '../../../server/contracts/index.ts';
import { PALETTE } from './colors.ts';
import { complaintKpiOf, departmentName, windowDays, worstDepartments } from './complaints.ts';
import { hoursText, numberText, percentText, t } from './i18n.ts';
import type { WallState } from './wall-state.ts';

export const COMPLAINT_TARGETS = {
  /** Share answered within the promised time, at least. */
  shareWithinSla: 0.918,
  /** Median days from filing to answer, at most. */
  medianAnswerDays: 4.3,
  /** Reopened / answered, at most. */
  reopenRate: 0.048,
} as const;

export interface SlaCell {
  caption: string;
  value: string;
  valueColor?: number;
  detail: string;
}

const meets = (ok: boolean): number => (ok ? PALETTE.ok : PALETTE.stale);

/** The scope's KPIs (a gu's, else the city's, saying so), as five figures. */
export function slaSummary(state: WallState, lang: Language, district: string | null): SlaCell[] {
  const own = district ? complaintKpiOf(state, district) : null;
  const k = own ?? complaintKpiOf(state, null);
  const city = district !== null && own === null && k !== null ? ` (${t(lang, 'cityWide')})` : '';
  const target = `${t(lang, 'target')}`;
  const share = k?.shareWithinSla ?? null;
  const hours = k?.medianAnswerHours ?? null;
  const reopen = k?.reopenRate ?? null;
  const days = k ? windowDays(k) : 30;
  const cell = (caption: string, value: string, detail: string, color?: number): SlaCell => (color === undefined ? { caption: caption + city, value, detail } : { caption: caption + city, value, detail, valueColor: color });
  return [
    cell(t(lang, 'answeredOnTime'), share === null ? '—' : percentText(share),
      `${target} ${percentText(COMPLAINT_TARGETS.shareWithinSla, 1)} · ${k ? (lang === 'ko' ? `답변 ${numberText(lang, k.answered)}건` : `of ${numberText(lang, k.answered)}`) : t(lang, 'awaiting')}`,
      share === null ? undefined : meets(share >= COMPLAINT_TARGETS.shareWithinSla)),
    cell(t(lang, 'overdueTitle'), k ? numberText(lang, k.overdue) : '—',
      k ? (lang === 'ko' ? `미처리 ${numberText(lang, k.open)}건 중` : `of ${numberText(lang, k.open)} open`) : '—',
      k ? meets(k.overdue === 0) : undefined),
    cell(t(lang, 'openComplaints'), k ? numberText(lang, k.open) : '—',
      k ? (lang === 'ko' ? `${days}일간 접수 ${numberText(lang, k.received)}건` : `${numberText(lang, k.received)} in ${days} days`) : '—'),
    cell(t(lang, 'medianAnswer'), hours === null ? '—' : hoursText(lang, hours),
      lang === 'ko' ? `${target} ${COMPLAINT_TARGETS.medianAnswerDays}일 이내` : `${target} ≤ ${COMPLAINT_TARGETS.medianAnswerDays} days`,
      hours === null ? undefined : meets(hours / 24 <= COMPLAINT_TARGETS.medianAnswerDays)),
    cell(t(lang, 'reopenRate'), reopen === null ? '—' : percentText(reopen, 1),
      lang === 'ko' ? `${target} ${percentText(COMPLAINT_TARGETS.reopenRate, 1)} 이하` : `${target} ≤ ${percentText(COMPLAINT_TARGETS.reopenRate, 1)}`,
      reopen === null ? undefined : meets(reopen <= COMPLAINT_TARGETS.reopenRate)),
  ];
}

export interface DepartmentLine {
  name: string;
  /** Share answered on time, 0–1, or null with no answers. */
  share: number | null;
  shareText: string;
  overdue: number;
  detail: string;
  behind: boolean;
}

export function departmentLines(state: WallState, lang: Language, limit: number): DepartmentLine[] {
  return worstDepartments(state, limit).map((k: ComplaintKpi) => ({
    name: departmentName(k, lang),
    share: k.shareWithinSla,
    shareText: k.shareWithinSla === null ? '—' : percentText(k.shareWithinSla),
    overdue: k.overdue,
    detail: [
      lang === 'ko' ? `초과 ${numberText(lang, k.overdue)} · 미처리 ${numberText(lang, k.open)}` : `${numberText(lang, k.overdue)} overdue · ${numberText(lang, k.open)} open`,
      k.medianAnswerHours === null ? '' : hoursText(lang, k.medianAnswerHours),
    ].filter(Boolean).join(' · '),
    behind: k.shareWithinSla !== null && k.shareWithinSla < COMPLAINT_TARGETS.shareWithinSla,
  }));
}
