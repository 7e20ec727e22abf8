/**
 * @module wall/calls/call-commands
 * The command layer's calls port (wall/src/commands: `call-official` and `hang-up` become
 * `start({ role, district, incident })` and `hangUp()`), as what the call client does, pure: an
 * official by role — in the gu the command or the wall names — about the incident when there is one.
 */
import type { CallTarget, OfficialRole } from '../../../server/contracts/index.ts';

/** Whom the command layer asks for: an official by role, for a gu or an incident when known. */
export interface OfficialCallRequest {
  role: OfficialRole;
  district: string | null;
  incident: string | null;
}

/** The port the wall's command bus takes (its `CallsPort`). */
export interface CommandCallsPort {
  start(request: OfficialCallRequest): Promise<void>;
  hangUp(): Promise<void>;
}

export function callOfRequest(r: OfficialCallRequest): { target: CallTarget; about: { incident?: string } } {
  const target: CallTarget = r.district === null ? { role: r.role } : { role: r.role, district: r.district };
  return { target, about: r.incident === null ? {} : { incident: r.incident } };
}
