/**
 * @module actors/incident/incident-actors
 * Starts `incidents:all` (the parent of one `incident:<id>` per incident) and `incidents:board`
 * (board, KPIs, escalations), and returns the handles the server needs. Seed the incidents
 * loaded from the `incidents` table so that a restart keeps them (their lateness timers, the board
 * and the KPIs).
 *
 *   const incidents = startIncidentActors(system, { emit, save, load, seed, log });
 *   const r = await incidents.observeAll(batch.events);  // r.persisted: ack, else nak
 */
import type { Logger } from 'pino';
import { IncidentSchema, type Incident, type IncidentBoard, type IncidentEscalation, type IncidentKpi } from '../../contracts/index.ts';
import type { ActorSystem } from '../runtime/system.ts';
import { boardLogic, type BoardMsg, type BoardOutput } from './board-actor.ts';
import { parseIncidentEvent } from './event.ts';
import type { IncidentCounters, IncidentShared } from './incident-actor.ts';
import { incidentsParentLogic, type IncidentsMsg } from './incidents-parent.ts';
import type { IncidentTrack } from './lifecycle.ts';
import { INCIDENT_TARGETS, type IncidentTargets } from './targets.ts';
import { settledRoute, type ObserveResult } from '../runtime/settled-route.ts';

export const INCIDENTS_ID = 'incidents:all';
export const INCIDENT_BOARD_ID = 'incidents:board';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export interface IncidentActorsOptions {
  emit: (channel: string, data: unknown) => void;
  /** Upserts one incident (e.g. `upsertIncidents(db, [incident])`). */
  save: (incident: Incident) => Promise<void>;
  /** Reads a stored incident, for events about one no longer held in memory (e.g. `getIncident`). */
  load?: (id: string) => Promise<Incident | null>;
  log: Logger;
  /** Overrides the system clock (lateness, the board's hour, the KPI window). */
  now?: () => number;
  /**
   * Incidents to resume (e.g. `incidentsToResume(db, { since: 48 h ago })`): open ones get their
   * lateness timers back, resolved ones within the KPI window keep the KPIs whole.
   */
  seed?: readonly Incident[];
  targets?: IncidentTargets;
  /** Gu codes that always get a KPI entry (default: only those with incidents). */
  districts?: readonly string[];
  /** Passivate an incident actor after this long without messages (default 5 min). */
  idleMs?: number;
  /** Keep resolved incidents in memory this long after their last change (default 1 h). */
  retainResolvedMs?: number;
  /** Forget open incidents silent this long (default 48 h; they stay stored). */
  forgetOpenAfterMs?: number;
  /** Drop progress whose `reported` has not come within this long (default 6 h). */
  orphanAfterMs?: number;
  /** Lateness that began longer ago is recorded without an escalation (default 1 h). */
  escalateWithinMs?: number;
  /** Resolved incidents stay on the board this long (default 1 h). */
  resolvedForMs?: number;
  boardCap?: number;
  kpiWindowMs?: number;
  maxEscalations?: number;
  boardIntervalMs?: number;
  kpiIntervalMs?: number;
  /** How long `observeAll` waits for the events to be applied and saved (default 10 s). */
  settleTimeoutMs?: number;
}

export type { ObserveResult } from '../runtime/settled-route.ts';

export interface IncidentActors {
  observeAll(envelopes: readonly unknown[]): Promise<ObserveResult>;
  /** Checks due stages, retries unsaved incidents, ages the board and the KPI window. */
  tick(): void;
  board(): IncidentBoard | null;
  kpis(): IncidentKpi[];
  escalations(): IncidentEscalation[];
  counters(): Readonly<IncidentCounters>;
  stop(): Promise<void>;
}

const seedMemory = (seed: readonly Incident[], log: Logger): Map<string, IncidentTrack> => {
  const memory = new Map<string, IncidentTrack>();
  for (const raw of seed) {
    const parsed = IncidentSchema.safeParse(raw);
    if (parsed.success) memory.set(parsed.data.id, { incident: parsed.data, pending: [] });
    else log.warn({ reason: parsed.error.issues[0]?.message }, 'seeded incident ignored');
  }
  return memory;
};

export const startIncidentActors = (system: ActorSystem, opts: IncidentActorsOptions): IncidentActors => {
  const log = opts.log.child({ component: 'incidents' });
  const targets = opts.targets ?? INCIDENT_TARGETS;
  const counters: IncidentCounters = { accepted: 0, duplicates: 0, invalid: 0, held: 0, escalated: 0, saveFailures: 0, orphansDropped: 0 };
  const memory = seedMemory(opts.seed ?? [], log);
  const forgetOpenAfterMs = opts.forgetOpenAfterMs ?? 48 * HOUR;
  const shared: IncidentShared = {
    memory, unsaved: new Set(), targets, escalateWithinMs: opts.escalateWithinMs ?? HOUR, emit: opts.emit, save: opts.save,
    counters, parentId: INCIDENTS_ID, boardId: INCIDENT_BOARD_ID,
    ...(opts.load === undefined ? {} : { load: opts.load }),
    ...(opts.now === undefined ? {} : { now: opts.now }),
  };
  const out: BoardOutput = { board: null, kpis: [], escalations: [] };
  const boardMemory = new Map([...memory].flatMap(([id, t]) => (t.incident === null ? [] : [[id, t.incident] as const])));
  system.spawn<BoardMsg, unknown>(INCIDENT_BOARD_ID, boardLogic({
    emit: opts.emit, memory: boardMemory, out, targets, districts: opts.districts ?? [],
    resolvedForMs: opts.resolvedForMs ?? HOUR, cap: opts.boardCap ?? 500, kpiWindowMs: opts.kpiWindowMs ?? 24 * HOUR,
    forgetOpenAfterMs, maxEscalations: opts.maxEscalations ?? 50,
    boardIntervalMs: opts.boardIntervalMs ?? 500, kpiIntervalMs: opts.kpiIntervalMs ?? 2000,
    ...(opts.now === undefined ? {} : { now: opts.now }),
  }));
  system.spawn<IncidentsMsg, unknown>(INCIDENTS_ID, incidentsParentLogic({
    shared, idleMs: opts.idleMs ?? 5 * MINUTE, retainResolvedMs: opts.retainResolvedMs ?? HOUR,
    forgetOpenAfterMs, orphanAfterMs: opts.orphanAfterMs ?? 6 * HOUR,
    retire: (actorId) => void system.stop(actorId),
  }));

  const observeAll = settledRoute({
    system, parentId: INCIDENTS_ID, parse: parseIncidentEvent, ...(opts.settleTimeoutMs === undefined ? {} : { settleTimeoutMs: opts.settleTimeoutMs }),
    onInvalid: (reason) => {
      counters.invalid += 1;
      log.warn({ reason, invalid: counters.invalid }, 'incident event rejected');
    },
  });

  return {
    observeAll,
    tick() {
      system.tell(INCIDENTS_ID, { type: 'tick' } satisfies IncidentsMsg);
      system.tell(INCIDENT_BOARD_ID, { type: 'tick' } satisfies BoardMsg);
    },
    board: () => out.board,
    kpis: () => out.kpis,
    escalations: () => out.escalations,
    counters: () => ({ ...counters }),
    async stop() {
      await system.stop(INCIDENTS_ID);
      await system.stop(INCIDENT_BOARD_ID);
    },
  };
};
