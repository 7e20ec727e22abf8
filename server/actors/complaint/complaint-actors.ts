/**
 * @module actors/complaint/complaint-actors
 * Starts `complaints:all` (the parent of one `complaint:<id>` per complaint) and `complaints:board`
 * (live feed, KPIs, rising issues), and returns the handles the server needs. Seed the complaints
 * loaded from the `complaints` table so that a restart keeps the backlog, the KPIs and the rising
 * baseline, and pass the `since` of that load as `historySince`.
 *
 *   const complaints = startComplaintActors(system, { emit, save, load, seed, historySince, categories, log });
 *   const r = await complaints.observeAll(batch.events);  // r.persisted: ack, else nak
 */
import type { Logger } from 'pino';
import { ComplaintSchema, type Complaint, type ComplaintCategory } from '../../contracts/index.ts';
import type { ActorSystem } from '../runtime/system.ts';
import { boardLogic, type BoardMsg, type BoardOutput } from './board-actor.ts';
import { createBoardMemory } from './board-memory.ts';
import type { ComplaintCounters, ComplaintShared } from './complaint-actor.ts';
import { complaintsParentLogic, type ComplaintsMsg } from './complaints-parent.ts';
import { parseComplaintEvent } from './event.ts';
import type { ComplaintTrack } from './lifecycle.ts';
import { firstFullDay, RISING_DEFAULTS, RisingOptionsSchema, type RisingOptions } from './rising.ts';
import type { ComplaintBoard, ComplaintKpi, RisingIssue } from './schemas.ts';
import { DAY_MS, slaLookup } from './sla.ts';
import { settledRoute, type ObserveResult } from '../runtime/settled-route.ts';

export const COMPLAINTS_ID = 'complaints:all';
export const COMPLAINT_BOARD_ID = 'complaints:board';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export interface ComplaintActorsOptions {
  emit: (channel: string, data: unknown) => void;
  /** Upserts one complaint (e.g. `batchedSave((list) => upsertComplaints(db, list))`). */
  save: (complaint: Complaint) => Promise<void>;
  /** Reads a stored complaint, for events about one no longer held in memory (e.g. `getComplaint`). */
  load?: (id: string) => Promise<Complaint | null>;
  log: Logger;
  /** Overrides the system clock (feed time: the KPI window, what is overdue, the rising day). */
  now?: () => number;
  /** Complaints to resume (e.g. `complaintsToResume(db, { since })`). */
  seed?: readonly Complaint[];
  /**
   * From when every complaint is known (the `since` of the seed; default: the start). The rising
   * baseline begins on the first whole day after it.
   */
  historySince?: number;
  /** The categories and their answer times; any other category gets 7 days. */
  categories?: readonly ComplaintCategory[];
  /** Gu codes that always get a KPI entry (default: only those with complaints). */
  districts?: readonly string[];
  /** Passivate a complaint actor after this long without messages (default 5 min). */
  idleMs?: number;
  /** Forget saved complaints not heard of for this long (default 1 h; they stay stored). */
  retainMs?: number;
  /** Drop status events whose filing has not come within this long (default 24 h). */
  orphanAfterMs?: number;
  /** Lines of the live feed (default 50). */
  feedSize?: number;
  /** The KPI window (default 30 days). */
  kpiWindowMs?: number;
  rising?: Partial<RisingOptions>;
  /** Told once per rising (gu, category) and day, e.g. to publish a `complaint.rising` event. */
  onRising?: (issue: RisingIssue) => void;
  feedIntervalMs?: number;
  kpiIntervalMs?: number;
  /** How long `observeAll` waits for the events to be applied and saved (default 10 s). */
  settleTimeoutMs?: number;
}

export type { ObserveResult } from '../runtime/settled-route.ts';

export type ComplaintActorCounters = ComplaintCounters & { raised: number; cleared: number };

export interface ComplaintActors {
  observeAll(envelopes: readonly unknown[]): Promise<ObserveResult>;
  /** Retries unsaved complaints, forgets quiet ones, ages the board and recomputes the KPIs and rising issues. */
  tick(): void;
  feed(): ComplaintBoard | null;
  kpis(): ComplaintKpi[];
  rising(): RisingIssue[];
  counters(): Readonly<ComplaintActorCounters>;
  stop(): Promise<void>;
}

const checkedSeed = (seed: readonly Complaint[], log: Logger): Complaint[] =>
  seed.flatMap((raw) => {
    const parsed = ComplaintSchema.safeParse(raw);
    if (parsed.success) return [parsed.data];
    log.warn({ reason: parsed.error.issues[0]?.message }, 'seeded complaint ignored');
    return [];
  });

export const startComplaintActors = (system: ActorSystem, opts: ComplaintActorsOptions): ComplaintActors => {
  const log = opts.log.child({ component: 'complaints' });
  const now = opts.now ?? Date.now;
  const slaDaysOf = slaLookup(opts.categories ?? []);
  const rising = RisingOptionsSchema.parse({ ...RISING_DEFAULTS, ...opts.rising });
  const counters: ComplaintCounters = { accepted: 0, duplicates: 0, invalid: 0, held: 0, saveFailures: 0, orphansDropped: 0 };
  const seed = checkedSeed(opts.seed ?? [], log);
  const memory = new Map<string, ComplaintTrack>(seed.map((c) => [c.id, { complaint: c, pending: [] }]));
  const shared: ComplaintShared = {
    memory, unsaved: new Set(), slaDaysOf, save: opts.save, counters, parentId: COMPLAINTS_ID, boardId: COMPLAINT_BOARD_ID,
    ...(opts.load === undefined ? {} : { load: opts.load }),
    ...(opts.now === undefined ? {} : { now: opts.now }),
  };
  const limits = { feedSize: opts.feedSize ?? 50, kpiWindowMs: opts.kpiWindowMs ?? 30 * DAY_MS, baselineDays: rising.baselineDays };
  const out: BoardOutput = { feed: null, kpis: [], rising: [], counters: { raised: 0, cleared: 0 } };
  system.spawn<BoardMsg, unknown>(COMPLAINT_BOARD_ID, boardLogic({
    emit: opts.emit, memory: createBoardMemory(seed, now(), limits), out, limits, rising,
    firstDay: firstFullDay(opts.historySince ?? now()), districts: opts.districts ?? [],
    feedIntervalMs: opts.feedIntervalMs ?? 500, kpiIntervalMs: opts.kpiIntervalMs ?? 5000,
    ...(opts.onRising === undefined ? {} : { onRising: opts.onRising }),
    ...(opts.now === undefined ? {} : { now: opts.now }),
  }));
  system.spawn<ComplaintsMsg, unknown>(COMPLAINTS_ID, complaintsParentLogic({
    shared, idleMs: opts.idleMs ?? 5 * MINUTE, retainMs: opts.retainMs ?? HOUR, orphanAfterMs: opts.orphanAfterMs ?? 24 * HOUR,
    retire: (actorId) => void system.stop(actorId),
  }));

  const observeAll = settledRoute({
    system, parentId: COMPLAINTS_ID, parse: parseComplaintEvent, ...(opts.settleTimeoutMs === undefined ? {} : { settleTimeoutMs: opts.settleTimeoutMs }),
    onInvalid: (reason) => {
      counters.invalid += 1;
      log.warn({ reason, invalid: counters.invalid }, 'complaint event rejected');
    },
  });

  return {
    observeAll,
    tick() {
      system.tell(COMPLAINTS_ID, { type: 'tick' } satisfies ComplaintsMsg);
      system.tell(COMPLAINT_BOARD_ID, { type: 'tick' } satisfies BoardMsg);
    },
    feed: () => out.feed,
    kpis: () => out.kpis,
    rising: () => out.rising,
    counters: () => ({ ...counters, ...out.counters }),
    async stop() {
      await system.stop(COMPLAINTS_ID);
      await system.stop(COMPLAINT_BOARD_ID);
    },
  };
};
