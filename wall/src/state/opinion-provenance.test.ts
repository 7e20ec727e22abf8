import test from 'ava';
import { builtInLayout } from '../../../server/layouts/defaults.ts';
import { complaintKpiProvenance, complaintProvenance, participationProvenance, trendProvenance } from './opinion-provenance.ts';
import { complaintBoard, feedItem, participationBoard, trendBoard } from './testing/opinion-fixtures.ts';
import { createWallState, type SourceInfo, type WallState } from './wall-state.ts';

const NOW = Date.parse('2025-05-01T05:00:00Z');
const AT = '2025-05-01T04:59:00.000Z';

const info = (id: string, en: string, synthetic: boolean): SourceInfo => ({
  id, title: { ko: en, en }, department: { ko: '-', en: '-' }, cadence: '1 min', staleAfterSeconds: 600, synthetic, attribution: '',
});

const state = (lang: 'ko' | 'en' = 'en'): WallState => {
  const s = createWallState(builtInLayout('mayor'), NOW, { language: lang });
  s.catalog = new Map([
    ['dasan-120', info('dasan-120', '120 Dasan call centre complaints (synthetic)', true)],
    ['open311-seoul', info('open311-seoul', 'Open311 Seoul', false)],
    ['social-sim', info('social-sim', 'Social media (synthetic)', true)],
    ['news-feed', info('news-feed', 'Seoul press releases', false)],
    ['proposals', info('proposals', 'Democracy Seoul proposals and polls (synthetic)', true)],
  ]);
  return s;
};

test('the feed names each complaint source of the rows shown, SYNTHETIC as the catalogue says', (t) => {
  const s = state();
  s.complaints = [...complaintBoard(1, NOW, 3).complaints, feedItem({ id: 'open311-seoul:77', requestedAt: AT })];
  const all = complaintProvenance(s, s.complaints, AT, NOW);
  t.deepEqual(all.map((p) => [p.sourceId, p.synthetic, p.stale, p.asOf]), [['dasan-120', true, false, AT], ['open311-seoul', false, false, AT]]);
  t.deepEqual(complaintProvenance(s, s.complaints.slice(3), AT, NOW).map((p) => p.sourceId), ['open311-seoul'], 'only the rows shown');
  t.deepEqual(complaintKpiProvenance(s, AT, NOW).map((p) => p.sourceId), ['dasan-120', 'open311-seoul'], 'KPIs: every source of the feed');
});

test('before any complaint, the kind of source is named and the missing time shown as late', (t) => {
  const [p] = complaintKpiProvenance(state('ko'), null, NOW);
  t.is(p?.source, '120 다산콜·Open311 민원');
  t.true(p?.stale);
});

test('trends name the connectors of their items; the social simulator is SYNTHETIC', (t) => {
  const s = state();
  s.trends = trendBoard('2025-05-01');
  s.trendsAt = AT;
  t.deepEqual(trendProvenance(s, s.trends.terms, NOW).map((p) => [p.sourceId, p.synthetic]), [['news-feed', false], ['social-sim', true]]);
  t.deepEqual(trendProvenance(s, [], NOW).map((p) => p.sourceId), ['news-feed', 'social-sim'], 'no term shown: the board’s sources');
  const none = createWallState(builtInLayout('mayor'), NOW, { language: 'en' });
  t.is(trendProvenance(none, [], NOW)[0]?.source, 'News and social media');
});

test('participation: SYNTHETIC when the catalogue or any record says so', (t) => {
  const s = state();
  const board = participationBoard(NOW);
  t.like(participationProvenance(s, board, NOW), { sourceId: 'proposals', synthetic: true, asOf: board.asOf, stale: false });
  s.catalog.delete('proposals');
  t.true(participationProvenance(s, board, NOW).synthetic, 'its records are generated');
  const real = { ...board, proposals: board.proposals.map((p) => ({ ...p, synthetic: false })), polls: board.polls.map((p) => ({ ...p, synthetic: false })) };
  t.false(participationProvenance(s, real, NOW).synthetic);
  t.true(participationProvenance(s, null, NOW).stale);
});
