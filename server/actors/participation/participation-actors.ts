/**
 * @module actors/participation/participation-actors
 * The participation board of the citizen-opinion screen: `participation:board` fed by `proposal.updated` and
 * `poll.published` events, publishing a ParticipationBoard on `opinion/city/participation` at most once a second
 * (see board-actor.ts). A payload that fails the contract is counted and dropped; other kinds are passed over.
 * `seed` is the last board published (from the snapshot of the channel), so a restart shows it at once.
 */
import { channels } from '../../contracts/channels.ts';
import type { EventEnvelope } from '../../contracts/envelope.ts';
import {
  PARTICIPATION_EVENT_KINDS, PollSchema, ProposalSchema, type ParticipationBoard,
} from '../../contracts/participation.ts';
import type { ActorSystem } from '../runtime/system.ts';
import { DEFAULT_BOARD_LIMITS, type BoardLimits } from './board.ts';
import { participationBoardLogic, type ParticipationCounters, type ParticipationMemory, type ParticipationMsg } from './board-actor.ts';

/** The live channel of the board (channels.ts will carry a builder for it). */
export const PARTICIPATION_CHANNEL = channels.participation();
export const PARTICIPATION_BOARD_ID = 'participation:board';
/** Events older than this are stale, and forgotten proposals are remembered this long. */
export const FORGET_AFTER_MS = 120 * 86_400_000;

export interface ParticipationActorsOptions {
  emit: (channel: string, data: unknown) => void;
  seed?: ParticipationBoard | null;
  /** Default 1000. */
  minIntervalMs?: number;
  limits?: Partial<BoardLimits>;
  forgetAfterMs?: number;
  now?: () => number;
}

export interface ParticipationActors {
  observeAll(events: readonly EventEnvelope[]): void;
  /** Re-judges statuses against the clock and forgets what the board no longer needs (call every few seconds). */
  tick(): void;
  /** The last board published, or null before the first. */
  latest(): ParticipationBoard | null;
  counters(): ParticipationCounters & { proposals: number; polls: number };
}

export const startParticipationActors = (system: ActorSystem, opts: ParticipationActorsOptions): ParticipationActors => {
  const memory: ParticipationMemory = {
    proposals: new Map((opts.seed?.proposals ?? []).map((p) => [p.id, { proposal: p, observedAt: p.updatedAt }])),
    polls: new Map((opts.seed?.polls ?? []).map((p) => [p.id, p])),
    tombstones: new Map(),
  };
  const counters: ParticipationCounters = { observed: 0, invalid: 0, stale: 0, emitted: 0 };
  const out = { board: null as ParticipationBoard | null };
  const ref = system.spawn(
    PARTICIPATION_BOARD_ID,
    participationBoardLogic({
      channel: PARTICIPATION_CHANNEL,
      emit: opts.emit,
      memory,
      counters,
      out,
      limits: { ...DEFAULT_BOARD_LIMITS, ...opts.limits },
      minIntervalMs: opts.minIntervalMs ?? 1000,
      forgetAfterMs: opts.forgetAfterMs ?? FORGET_AFTER_MS,
      ...(opts.now === undefined ? {} : { now: opts.now }),
    }),
  );

  const messageOf = (e: EventEnvelope): ParticipationMsg | null => {
    if (e.kind === PARTICIPATION_EVENT_KINDS.proposal) {
      const parsed = ProposalSchema.safeParse(e.payload);
      return parsed.success ? { type: 'proposal.updated', proposal: parsed.data, observedAt: e.observedAt } : null;
    }
    const parsed = PollSchema.safeParse(e.payload);
    return parsed.success ? { type: 'poll.published', poll: parsed.data } : null;
  };

  return {
    observeAll(events) {
      for (const e of events) {
        if (e.kind !== PARTICIPATION_EVENT_KINDS.proposal && e.kind !== PARTICIPATION_EVENT_KINDS.poll) continue;
        const msg = messageOf(e);
        if (msg === null) counters.invalid += 1;
        else ref.tell(msg);
      }
    },
    tick: () => void ref.tell({ type: 'tick' }),
    latest: () => out.board,
    counters: () => ({ ...counters, proposals: memory.proposals.size, polls: memory.polls.size }),
  };
};
