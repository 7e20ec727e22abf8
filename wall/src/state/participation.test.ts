import test from 'ava';
import { daysLeft, latestPoll, PARTICIPATION_CHANNEL, proposalTitle, topProposals, WallParticipationBoardSchema } from './participation.ts';
import { participationBoard, poll, proposal } from './testing/opinion-fixtures.ts';

const NOW = Date.parse('2025-05-01T05:00:00Z');

test('the channel, and a board as the participation actors publish it', (t) => {
  t.is(PARTICIPATION_CHANNEL, 'opinion/city/participation');
  const board = participationBoard(NOW);
  // The contract's other fields (summary, filedAt, method…) pass unread.
  const published = { ...board, proposals: board.proposals.map((p) => ({ ...p, summary: '…', filedAt: '2025-04-20T00:00:00.000Z', goalReachedAt: null })) };
  t.true(WallParticipationBoardSchema.safeParse(published).success);
  t.false(WallParticipationBoardSchema.safeParse({ ...board, proposals: [{ ...board.proposals[0], status: 'withdrawn' }] }).success);
});

test('live proposals by supports, then answered ones; a gu’s and the city-wide ones', (t) => {
  const board = participationBoard(NOW);
  t.deepEqual(topProposals(board, null, 10).map((p) => [p.id, p.status]), [
    ['proposals:2025-00101', 'awaiting-response'],
    ['proposals:2025-00102', 'open'],
    ['proposals:2025-00103', 'open'],
    ['proposals:2025-00090', 'answered'],
  ]);
  t.deepEqual(topProposals(board, '11440', 10).map((p) => p.id), ['proposals:2025-00101', 'proposals:2025-00103', 'proposals:2025-00090'], 'not another gu’s');
  t.is(topProposals(board, null, 2).length, 2);
  const closed = { ...board, proposals: [proposal({ id: 'proposals:1', status: 'closed-unsupported' })] };
  t.deepEqual(topProposals(closed, null, 5), []);
  t.deepEqual(topProposals(null, null, 5), []);
});

test('the latest poll: the gu’s own, else the newest city-wide', (t) => {
  const board = participationBoard(NOW);
  t.is(latestPoll(board, null)?.id, 'polls:2025-014');
  const mapo = poll({ id: 'polls:2025-020', district: '11440', publishedAt: '2025-04-01T00:00:00.000Z' });
  const withGu = { ...board, polls: [...board.polls, mapo] };
  t.is(latestPoll(withGu, '11440')?.id, 'polls:2025-020');
  t.is(latestPoll(withGu, '11680')?.id, 'polls:2025-014');
  t.is(latestPoll({ ...board, polls: [mapo] }, null)?.id, 'polls:2025-020', 'only a gu’s poll: shown anyway');
  t.is(latestPoll({ ...board, polls: [] }, null), null);
});

test('titles by language; days left', (t) => {
  const p = proposal({ id: 'proposals:1', title: { ko: '한강 자전거길' } });
  t.is(proposalTitle(p, 'en'), '한강 자전거길', 'no English title: the Korean one');
  t.is(proposalTitle(proposal({ id: 'proposals:2' }), 'en'), 'More lights in parks at night');
  t.is(daysLeft(proposal({ id: 'proposals:3', deadline: '2025-05-20T15:00:00.000Z' }), NOW), 19);
  t.is(daysLeft(proposal({ id: 'proposals:3', deadline: '2025-04-20T15:00:00.000Z' }), NOW), null);
});
