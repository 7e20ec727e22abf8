import test from 'ava';
import { ParticipationBoardSchema, type ParticipationBoard } from '../../contracts/participation.ts';
import { createActorSystem } from '../runtime/system.ts';
import { silentLog, sleep, waitFor } from '../runtime/testing.ts';
import { PARTICIPATION_CHANNEL, startParticipationActors } from './participation-actors.ts';
import { pollEvent, proposalEvent, samplePoll, sampleProposal } from './testing.ts';

const DAY = 86_400_000;
const start = Date.parse('2026-01-10T03:00:00Z');

const setup = (o: { minIntervalMs?: number; seed?: ParticipationBoard } = {}) => {
  const clock = { t: start };
  const system = createActorSystem({ log: silentLog() });
  const emitted: { channel: string; board: ParticipationBoard }[] = [];
  const actors = startParticipationActors(system, {
    emit: (channel, data) => emitted.push({ channel, board: data as ParticipationBoard }),
    minIntervalMs: o.minIntervalMs ?? 0,
    now: () => clock.t,
    ...(o.seed ? { seed: o.seed } : {}),
  });
  return { clock, system, emitted, actors, last: () => emitted.at(-1)?.board };
};

test('proposals by id, the newer observedAt wins; the board goes out on its channel', async (t) => {
  const { system, emitted, actors, last } = setup();
  const a1 = sampleProposal({ supports: 37, updatedAt: '2026-01-06T12:00:00.000Z' });
  const a2 = sampleProposal({ supports: 41, updatedAt: '2026-01-07T12:00:00.000Z' });
  const b = sampleProposal({ id: 'proposals:2026-00013', supports: 300, updatedAt: '2026-01-08T12:00:00.000Z' });
  actors.observeAll([proposalEvent(a2), proposalEvent(b), proposalEvent(a1), pollEvent(samplePoll())]);
  await waitFor(() => actors.counters().observed + actors.counters().stale === 4);
  t.like(actors.counters(), { observed: 3, stale: 1, invalid: 0, proposals: 2, polls: 1 });
  t.true(emitted.every((e) => e.channel === PARTICIPATION_CHANNEL));
  const board = last()!;
  t.notThrows(() => ParticipationBoardSchema.parse(board));
  t.deepEqual(board.proposals.map((p) => [p.id, p.supports]), [['proposals:2026-00013', 300], ['proposals:2026-00012', 41]]);
  t.is(board.polls.length, 1);
  t.deepEqual(actors.latest(), board);
  await system.stopAll();
});

test('an unchanged board is not published again; a re-delivered event is stale', async (t) => {
  const { system, emitted, actors } = setup();
  const e = proposalEvent(sampleProposal());
  actors.observeAll([e]);
  await waitFor(() => emitted.length === 1);
  actors.observeAll([e]);
  actors.tick();
  await waitFor(() => actors.counters().stale === 1);
  await sleep(20);
  t.is(emitted.length, 1);
  await system.stopAll();
});

test('at most one board per interval: a burst folds into one trailing emit', async (t) => {
  const { system, emitted, actors, last } = setup({ minIntervalMs: 150 });
  actors.observeAll([proposalEvent(sampleProposal({ supports: 1, updatedAt: '2026-01-05T02:00:00.000Z' }))]);
  await waitFor(() => emitted.length === 1);
  for (let k = 2; k <= 40; k++) actors.observeAll([proposalEvent(sampleProposal({ supports: k, updatedAt: new Date(Date.parse('2026-01-05T02:00:00Z') + k * 1000).toISOString() }))]);
  await waitFor(() => actors.counters().observed === 40);
  t.is(emitted.length, 1, 'nothing more within the interval');
  await waitFor(() => emitted.length === 2, 1000);
  t.is(last()!.proposals[0]!.supports, 40);
  await sleep(200);
  t.is(emitted.length, 2);
  await system.stopAll();
});

test('payloads that break the contract are counted and dropped; other kinds are passed over', async (t) => {
  const { system, actors } = setup();
  const bad = proposalEvent(sampleProposal({ status: 'awaiting-response' }));
  actors.observeAll([bad, { ...pollEvent(samplePoll()), payload: { id: 'polls:1' } }, { ...bad, kind: 'complaint.filed' }]);
  await sleep(10);
  t.like(actors.counters(), { invalid: 2, observed: 0, proposals: 0 });
  await system.stopAll();
});

test('tick: a deadline passing takes the proposal off and forgets it; an older event cannot bring it back', async (t) => {
  const { clock, system, actors, last } = setup();
  const p = sampleProposal({ supports: 20, updatedAt: '2026-01-09T00:00:00.000Z' });
  actors.observeAll([proposalEvent(p)]);
  await waitFor(() => last()?.counts.open === 1);
  clock.t = Date.parse(p.deadline) + 1000;
  actors.tick();
  await waitFor(() => last()?.counts.open === 0);
  t.is(actors.counters().proposals, 0);
  actors.observeAll([proposalEvent(sampleProposal({ supports: 19, updatedAt: '2026-01-08T00:00:00.000Z' }))]);
  await waitFor(() => actors.counters().stale === 1);
  t.is(actors.counters().proposals, 0);
  const answered = sampleProposal({
    supports: 20, status: 'answered', updatedAt: '2026-02-05T02:00:00.000Z',
    response: { department: { ko: '주택정책과', en: 'Housing Policy Division' }, text: '검토하겠습니다.', at: '2026-02-05T02:00:00.000Z' },
  });
  clock.t = Date.parse('2026-02-05T03:00:00Z');
  actors.observeAll([proposalEvent(answered)]);
  await waitFor(() => last()?.counts.answeredRecently === 1);
  t.is(last()!.proposals[0]!.status, 'answered');
  clock.t += 30 * DAY;
  actors.tick();
  await waitFor(() => last()?.counts.answeredRecently === 0);
  await system.stopAll();
});

test('events older than the memory of the board are stale', async (t) => {
  const { clock, system, actors } = setup();
  clock.t = start + 200 * DAY;
  actors.observeAll([proposalEvent(sampleProposal({ supports: 600, status: 'awaiting-response', goalReachedAt: '2026-01-08T00:00:00.000Z' }))]);
  await waitFor(() => actors.counters().stale === 1);
  t.is(actors.counters().proposals, 0);
  await system.stopAll();
});

test('a seed (the last board) is published at start and kept', async (t) => {
  const seedBoard: ParticipationBoard = {
    proposals: [sampleProposal({ supports: 600, status: 'awaiting-response', goalReachedAt: '2026-01-08T00:00:00.000Z' })],
    polls: [samplePoll()],
    counts: { open: 0, awaitingResponse: 1, answeredRecently: 0 },
    asOf: '2026-01-10T00:00:00.000Z',
  };
  const { system, emitted, actors } = setup({ seed: seedBoard });
  await waitFor(() => emitted.length === 1);
  t.deepEqual(actors.latest()!.proposals, seedBoard.proposals);
  t.deepEqual(actors.latest()!.counts, seedBoard.counts);
  actors.observeAll([proposalEvent(sampleProposal({ supports: 450, updatedAt: '2026-01-06T00:00:00.000Z' }))]);
  await waitFor(() => actors.counters().stale === 1);
  await system.stopAll();
});
