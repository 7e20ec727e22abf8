import test from 'ava';
import { builtInLayout } from '../../../server/layouts/defaults.ts';
import {
  complaintFeedChannel, complaintKpiOf, complaintSource, departmentName, dueOf, feedCounts, feedOf, isNewRising, isOverdue, PUBLIC_COMPLAINTS_CHANNEL, risingIssues, topCategories,
  windowDays, worstDepartments,
} from './complaints.ts';
import { complaintBoard, complaintKpi, complaintKpiBoard, feedItem, risingBoard } from './testing/opinion-fixtures.ts';
import { createWallState, type WallState } from './wall-state.ts';

const NOW = Date.parse('2025-05-01T05:00:00Z');
const DAY = 86_400_000;

const state = (): WallState => {
  const s = createWallState(builtInLayout('mayor'), NOW);
  s.complaints = complaintBoard(3, NOW, 30).complaints;
  s.complaintKpis = complaintKpiBoard(NOW).kpis;
  s.rising = risingBoard(NOW).issues;
  return s;
};

test('staff read titles as filed; everyone else the redacted feed', (t) => {
  t.is(complaintFeedChannel({ signedIn: 'mayor' }), 'complaints/city/feed');
  t.is(complaintFeedChannel({ signedIn: null }), PUBLIC_COMPLAINTS_CHANNEL);
  t.is(PUBLIC_COMPLAINTS_CHANNEL, 'complaints/public/feed');
});

test('the source is the id’s prefix', (t) => {
  t.is(complaintSource('dasan-120:2025-000123'), 'dasan-120');
  t.is(complaintSource('open311-seoul:abc'), 'open311-seoul');
  t.is(complaintSource('nocolon'), '');
});

test('due by the category’s answer time; overdue only while open', (t) => {
  const filed = NOW - 4 * DAY;
  const parking = feedItem({ id: 'dasan-120:1', category: 'illegal-parking', requestedAt: new Date(filed).toISOString() });
  t.is(dueOf(parking), filed + 3 * DAY);
  t.true(isOverdue(parking, NOW));
  t.false(isOverdue({ ...parking, status: 'answered' }, NOW));
  t.true(isOverdue({ ...parking, status: 'reopened' }, NOW));
  t.false(isOverdue({ ...parking, category: 'taxi-service' }, NOW), '14 days for taxis');
  t.false(isOverdue({ ...parking, category: 'unknown-kind' }, NOW), 'no answer time known');
  t.is(dueOf({ ...parking, category: 'unknown-kind' }), null);
});

test('the feed of a gu, newest first, and its counts', (t) => {
  const s = state();
  const all = feedOf(s, null);
  t.is(all.length, 30);
  t.true(all.every((c, i) => i === 0 || all[i - 1]!.requestedAt >= c.requestedAt));
  const gangnam = feedOf(s, '11680');
  t.true(gangnam.length >= 1 && gangnam.every((c) => c.district === '11680'));
  t.is(gangnam[0]?.id, all[0]?.id, 'the newest is in Gangnam-gu');
  const counts = feedCounts(all, NOW);
  t.is(counts.shown, 30);
  t.is(counts.open, all.filter((c) => ['received', 'assigned', 'in-progress', 'reopened'].includes(c.status)).length);
  t.is(counts.overdue, all.filter((c) => isOverdue(c, NOW)).length);
  t.true(counts.overdue >= 1, 'the oldest open ones are past their time');
});

test('KPIs of the city or a gu; the window in days', (t) => {
  const s = state();
  t.is(complaintKpiOf(s, null)?.open, 310);
  t.is(complaintKpiOf(s, '11680')?.open, 63);
  t.is(complaintKpiOf(s, '11999'), null);
  t.is(windowDays(complaintKpi()), 30);
  t.is(complaintKpiOf(createWallState(builtInLayout('mayor'), NOW), null), null);
});

test('departments furthest behind: lowest share on time, then most overdue', (t) => {
  const s = state();
  t.deepEqual(worstDepartments(s, 3).map((k) => departmentName(k, 'en')), [
    'Traffic Enforcement Division', 'Living Environment Division', 'Sanitation Administration Division',
  ]);
  s.complaintKpis.push(complaintKpi({ scope: { kind: 'department', department: { ko: '신설과', en: 'New Division' } }, answered: 0, shareWithinSla: null, open: 3, overdue: 3 }));
  t.is(departmentName(worstDepartments(s, 10).at(-1)!, 'en'), 'New Division', 'nothing answered: last');
  t.false(worstDepartments(s, 10).some((k) => k.scope.kind !== 'department'));
});

test('top categories with their share of what was received', (t) => {
  const s = state();
  const city = topCategories(s, null);
  t.deepEqual(city.slice(0, 2).map((c) => c.category), ['illegal-parking', 'noise']);
  t.is(city[0]?.share, 1020 / 4210);
  t.deepEqual(topCategories(s, '11680').map((c) => c.category), ['noise', 'illegal-parking']);
  t.deepEqual(topCategories(s, '11999'), []);
});

test('rising issues: strongest first, the selected gu’s first; new ones for 15 minutes', (t) => {
  const s = state();
  t.deepEqual(risingIssues(s, null).map((i) => i.district), ['11680', '11500', '11440']);
  t.deepEqual(risingIssues(s, '11440').map((i) => i.district), ['11440', '11680', '11500']);
  const [fresh, old] = [s.rising[0]!, s.rising[1]!];
  t.true(isNewRising(fresh, NOW));
  t.false(isNewRising(fresh, NOW + 15 * 60_000));
  t.false(isNewRising(old, NOW));
});
