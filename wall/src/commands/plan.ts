/**
 * @module wall/commands/plan
 * What a command comes to: the wall actions to apply, in order, and the effects to run outside the
 * state (a call, sending the view to another wall, reloading data). Built by `planCommand` from the
 * state as it is and what the wall has around it (the map's places, whether calls are wired). Pure.
 */
import type { Command, OfficialRole } from '../../../server/contracts/index.ts';
import type { WallAction } from '../state/actions.ts';
import type { MapPlaces } from './places.ts';

/** Whom a call goes to: an official by role, for a gu or an incident when known. */
export interface CallTarget {
  role: OfficialRole;
  district: string | null;
  incident: string | null;
}

export type CommandEffect =
  | { type: 'call.start'; target: CallTarget }
  | { type: 'call.hang-up' }
  /** The commands that reproduce this wall's view, issued to another wall. */
  | { type: 'view.send'; wall: string; commands: Command[] }
  /** The references and histories loaded once at start, asked again. */
  | { type: 'data.reload' };

export interface CommandPlan {
  actions: WallAction[];
  effects: CommandEffect[];
}

export interface CommandEnv {
  places: MapPlaces;
  /** Whether a calls port is wired into this wall. */
  calls: boolean;
  /** This wall's id (null: the public wall). */
  wall: string | null;
  now: number;
}

export const plan = (actions: WallAction[], effects: CommandEffect[] = []): CommandPlan => ({ actions, effects });

/** A plan that only tells the person why nothing happened. */
export const tell = (env: Pick<CommandEnv, 'now'>, text: string): CommandPlan => plan([{ type: 'notice.show', text, at: env.now }]);
