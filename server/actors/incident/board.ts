/**
 * @module actors/incident/board
 * What the wall draws: every open incident and those resolved within `resolvedForMs`, newest
 * report first, at most `cap` of them — open incidents before resolved ones when the cap bites. Pure.
 * Also the list of the latest escalations.
 */
import type { Incident, IncidentBoard, IncidentEscalation } from '../../contracts/index.ts';

export interface BoardOptions {
  resolvedForMs: number;
  cap: number;
}

export const isOpen = (i: Incident): boolean => i.stage !== 'resolved';

/** When a resolved incident was resolved (its resolution time, else its last update). */
const resolvedAt = (i: Incident): number => Date.parse(i.times.resolved ?? i.updatedAt);

export const onBoard = (i: Incident, now: number, resolvedForMs: number): boolean =>
  isOpen(i) || now - resolvedAt(i) <= resolvedForMs;

/** Sorts newest report first (ties by id), parsing each time once. */
const newestFirst = (list: readonly Incident[]): Incident[] =>
  list
    .map((i) => ({ i, t: Date.parse(i.times.reported) }))
    .sort((a, b) => b.t - a.t || (a.i.id < b.i.id ? -1 : a.i.id > b.i.id ? 1 : 0))
    .map((x) => x.i);

export const selectBoard = (
  incidents: Iterable<Incident>, now: number, opts: BoardOptions,
): { board: IncidentBoard; truncated: number } => {
  const shown = [...incidents].filter((i) => onBoard(i, now, opts.resolvedForMs));
  const kept = [...newestFirst(shown.filter(isOpen)), ...newestFirst(shown.filter((i) => !isOpen(i)))].slice(0, opts.cap);
  return {
    board: { incidents: newestFirst(kept), asOf: new Date(now).toISOString() },
    truncated: shown.length - kept.length,
  };
};

/** Adds an escalation to the newest-first list, keeping `max`; one per incident and stage. */
export const addEscalation = (list: readonly IncidentEscalation[], e: IncidentEscalation, max: number): IncidentEscalation[] => {
  const rest = list.filter((x) => !(x.incident === e.incident && x.awaiting === e.awaiting));
  return [e, ...rest].sort((a, b) => Date.parse(b.at) - Date.parse(a.at)).slice(0, max);
};
