import test from 'ava';
import { ParticipationBoardSchema } from '../../contracts/participation.ts';
import { asOfNow, boardKey, DEFAULT_BOARD_LIMITS, forgettable, selectParticipationBoard } from './board.ts';
import { samplePoll, sampleProposal } from './testing.ts';

const DAY = 86_400_000;
const now = Date.parse('2026-01-20T03:00:00Z');
const answer = (at: string) => ({ department: { ko: '주택정책과', en: 'Housing Policy Division' }, text: '검토하겠습니다.', at });
const p = (no: number, supports: number, extra: Parameters<typeof sampleProposal>[0] = {}) =>
  sampleProposal({ id: `proposals:2026-${String(no).padStart(5, '0')}`, supports, ...(supports >= 500 ? { goalReachedAt: '2026-01-10T00:00:00.000Z', status: 'awaiting-response' } : {}), ...extra });

test('live proposals by supports, then those answered lately, newest answer first; counts over all', (t) => {
  const list = [
    p(1, 40),
    p(2, 900),
    p(3, 3),
    p(4, 610, { status: 'answered', response: answer('2026-01-18T01:00:00.000Z') }),
    p(5, 520, { status: 'answered', response: answer('2026-01-19T01:00:00.000Z') }),
    p(6, 700, { status: 'answered', filedAt: '2025-11-01T00:00:00.000Z', deadline: '2025-12-01T00:00:00.000Z', response: answer('2025-12-01T01:00:00.000Z') }),
    p(7, 12, { filedAt: '2025-12-01T00:00:00.000Z', deadline: '2025-12-31T00:00:00.000Z', updatedAt: '2025-12-05T00:00:00.000Z' }),
  ];
  const board = selectParticipationBoard(list, [], now);
  t.notThrows(() => ParticipationBoardSchema.parse(board));
  t.deepEqual(board.proposals.map((x) => [x.id.slice(-2), x.status]), [
    ['02', 'awaiting-response'],
    ['01', 'open'],
    ['03', 'open'],
    ['05', 'answered'],
    ['04', 'answered'],
  ]);
  t.deepEqual(board.counts, { open: 2, awaitingResponse: 1, answeredRecently: 2 });
  t.is(board.asOf, '2026-01-20T03:00:00.000Z');
});

test('limits cap each list; ties go to the earlier filing', (t) => {
  const list = Array.from({ length: 30 }, (_, k) => p(k + 1, k % 10, { filedAt: new Date(Date.parse('2026-01-05T01:00:00Z') + k * 60_000).toISOString() }));
  const board = selectParticipationBoard(list, [], now, { ...DEFAULT_BOARD_LIMITS, leading: 4 });
  t.deepEqual(board.proposals.map((x) => x.id.slice(-2)), ['10', '20', '30', '09']);
  t.is(board.counts.open, 30);
});

test('statuses are judged at now: a proposal past its deadline below the goal is off the board', (t) => {
  const late = p(1, 80, { deadline: '2026-01-19T00:00:00.000Z' });
  t.is(asOfNow(late, now).status, 'closed-unsupported');
  t.is(asOfNow(late, now - 2 * DAY).status, 'open');
  t.deepEqual(selectParticipationBoard([late], [], now).proposals, []);
  t.true(forgettable(late, now));
  t.false(forgettable(late, now - 2 * DAY));
});

test('polls: the newest first, at most `polls` of them', (t) => {
  const polls = Array.from({ length: 8 }, (_, k) => samplePoll({ id: `polls:2026-00${k}`, publishedAt: new Date(now - k * DAY).toISOString() }));
  const board = selectParticipationBoard([], [...polls].reverse(), now);
  t.deepEqual(board.polls.map((x) => x.id), ['polls:2026-000', 'polls:2026-001', 'polls:2026-002', 'polls:2026-003', 'polls:2026-004']);
});

test('the key ignores the time but not a support or a status', (t) => {
  const a = selectParticipationBoard([p(1, 40)], [samplePoll()], now);
  t.is(boardKey(selectParticipationBoard([p(1, 40)], [samplePoll()], now + 1000)), boardKey(a));
  t.not(boardKey(selectParticipationBoard([p(1, 41)], [samplePoll()], now)), boardKey(a));
  t.not(boardKey(selectParticipationBoard([p(1, 40)], [], now)), boardKey(a));
});

test('answered proposals are forgotten once the board stops showing them', (t) => {
  const done = p(4, 610, { status: 'answered', response: answer('2026-01-18T01:00:00.000Z') });
  t.false(forgettable(done, now));
  t.true(forgettable(done, Date.parse('2026-01-18T01:00:00Z') + DEFAULT_BOARD_LIMITS.answeredForMs + 1));
  t.false(forgettable(p(2, 900), now + 365 * DAY), 'an answer owed is never forgotten');
});
