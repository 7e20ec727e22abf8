import { readFileSync } from 'node:fs';
import test from 'ava';
import { builtInLayout } from '../../../server/layouts/defaults.ts';
import { PALETTE } from './colors.ts';
import { COMPLAINT_TARGETS, departmentLines, slaSummary } from './complaint-sla.ts';
import { complaintKpi, complaintKpiBoard } from './testing/opinion-fixtures.ts';
import { createWallState, type WallState } from './wall-state.ts';

const NOW = Date.parse('2025-05-01T05:00:00Z');

const state = (): WallState => {
  const s = createWallState(builtInLayout('mayor'), NOW);
  s.complaintKpis = complaintKpiBoard(NOW).kpis;
  return s;
};

test('the targets are the indicator plan’s for 2026', (t) => {
  const catalogue = JSON.parse(readFileSync(new URL('../../../db/reference/indicators/catalogue.json', import.meta.url), 'utf8')) as { indicators: Array<{ id: string; target: { value: number } }> };
  const target = (id: string): number => catalogue.indicators.find((i) => i.id === id)!.target.value;
  t.is(Math.round(COMPLAINT_TARGETS.shareWithinSla * 1000) / 10, target('complaint-sla'));
  t.is(Number(COMPLAINT_TARGETS.medianAnswerDays), target('complaint-answer-days'));
  t.is(Math.round(COMPLAINT_TARGETS.reopenRate * 1000) / 10, target('complaint-reopen-rate'));
});

test('the city’s figures against the targets', (t) => {
  const cells = slaSummary(state(), 'en', null);
  t.deepEqual(cells.map((c) => c.value), ['88%', '42', '310', '31.2 h', '3.0%']);
  t.deepEqual(cells.map((c) => c.valueColor), [PALETTE.stale, PALETTE.stale, undefined, PALETTE.ok, PALETTE.ok]);
  t.is(cells[0]?.detail, 'target 91.8% · of 3,905');
  t.is(cells[1]?.detail, 'of 310 open');
  t.is(cells[2]?.detail, '4,210 in 30 days');
  t.is(cells[3]?.detail, 'target ≤ 4.3 days');
  t.is(cells[4]?.detail, 'target ≤ 4.8%');
  t.deepEqual(slaSummary(state(), 'ko', null).map((c) => c.caption), ['처리기한 내 답변', '기한 초과', '미처리 민원', '답변 소요 중앙값', '재민원율']);
});

test('a gu’s own figures; the city’s, saying so, when the gu has none; dashes before any', (t) => {
  const s = state();
  t.is(slaSummary(s, 'en', '11680')[1]?.detail, 'of 63 open');
  const other = slaSummary(s, 'en', '11999');
  t.is(other[0]?.caption, 'Answered on time (city)');
  t.is(other[2]?.value, '310');
  const empty = slaSummary(createWallState(builtInLayout('mayor'), NOW), 'en', null);
  t.deepEqual(empty.map((c) => c.value), ['—', '—', '—', '—', '—']);
  t.is(empty[0]?.detail, 'target 91.8% · Waiting for data');
});

test('long answer times in days', (t) => {
  const s = state();
  s.complaintKpis = [complaintKpi({ medianAnswerHours: 130 })];
  const cell = slaSummary(s, 'ko', null)[3]!;
  t.is(cell.value, '5.4일');
  t.is(cell.valueColor, PALETTE.stale);
});

test('department lines, furthest behind first', (t) => {
  const lines = departmentLines(state(), 'en', 2);
  t.deepEqual(lines.map((l) => [l.name, l.shareText, l.behind]), [['Traffic Enforcement Division', '71%', true], ['Living Environment Division', '79%', true]]);
  t.is(lines[0]?.detail, '19 overdue · 40 open · 40.0 h');
});
