/**
 * @module wall/commands/apply-safety
 * The safety commands: cameras opened (around an incident or in a gu) and closed, an incident
 * opened (the newest, the selected or one by id), the incidents filtered, an official called and
 * the call ended. Pure.
 */
import type { Command } from '../../../server/contracts/index.ts';
import type { WallAction } from '../state/actions.ts';
import { isOpen, reportedAt } from '../state/incidents.ts';
import { currentScreen, type WallState } from '../state/wall-state.ts';
import { plan, tell, type CommandEnv, type CommandPlan } from './plan.ts';
import { goTo, screenFor } from './screens.ts';
import { noticeText, unknownPlaceText } from './words.ts';

type SafetyCommand = Extract<Command, { type: 'open-cameras' | 'close-cameras' | 'open-incident' | 'filter-incidents' | 'call-official' | 'hang-up' }>;

/** The newest open incident on the board (of one type when given). */
export function latestIncident(state: WallState, type: string | null): string | null {
  let best: { id: string; at: number } | null = null;
  for (const i of state.incidents.values()) {
    if (!isOpen(i) || (type !== null && i.type !== type)) continue;
    const at = reportedAt(i);
    if (!best || at > best.at || (at === best.at && i.id > best.id)) best = { id: i.id, at };
  }
  return best?.id ?? null;
}

function openCameras(state: WallState, c: Extract<Command, { type: 'open-cameras' }>, env: CommandEnv): CommandPlan {
  const screen = screenFor(state, ['cctv']);
  if (!screen) return tell(env, noticeText(state.language, 'noCameras'));
  if (c.district && !env.places.districts.has(c.district)) return tell(env, unknownPlaceText(state.language, c.district));
  const incident = c.incident === 'selected' ? state.selectedIncident : (c.incident ?? (c.district ? null : state.selectedIncident));
  if (c.incident === 'selected' && incident === null) return tell(env, noticeText(state.language, 'noSelectedIncident'));
  const actions: WallAction[] = [];
  if (screen.id !== state.screenId) actions.push({ type: 'cameras.return', screen: state.screenId }, ...goTo(state, screen));
  actions.push({ type: 'cctv.open', incident, district: c.district ?? null, count: c.count ?? null });
  // the gu whose cameras are shown is the one selected on the wall
  if (c.district && c.district !== state.selected) actions.push({ type: 'district.select', code: c.district });
  if (!state.signedIn) actions.push({ type: 'notice.show', text: noticeText(state.language, 'camerasForStaff'), at: env.now });
  return plan(actions);
}

/** Closing: no camera target any more, and back to the screen the cameras were opened from. */
function closeCameras(state: WallState): CommandPlan {
  const actions: WallAction[] = [{ type: 'cctv.open', incident: null, district: null, count: null }];
  const back = state.cameraReturn;
  const onCameras = currentScreen(state).panels.some((p) => p.kind === 'cctv');
  if (back !== null && onCameras && state.layout.screens.some((s) => s.id === back)) actions.push({ type: 'screen.show', screen: back });
  if (back !== null) actions.push({ type: 'cameras.return', screen: null });
  return plan(actions);
}

function openIncident(state: WallState, c: Extract<Command, { type: 'open-incident' }>, env: CommandEnv): CommandPlan {
  const screen = screenFor(state, ['incident-detail']) ?? screenFor(state, ['incidents']);
  if (!screen) return tell(env, noticeText(state.language, 'noIncidents'));
  const id = c.incident === 'latest' ? latestIncident(state, c.incidentType ?? null) : c.incident === 'selected' ? state.selectedIncident : c.incident;
  if (id === null) return tell(env, noticeText(state.language, c.incident === 'selected' ? 'noSelectedIncident' : 'noOpenIncident'));
  return plan([...goTo(state, screen), { type: 'incident.select', id }]);
}

function filterIncidents(state: WallState, c: Extract<Command, { type: 'filter-incidents' }>, env: CommandEnv): CommandPlan {
  const screen = screenFor(state, ['incidents']);
  if (!screen) return tell(env, noticeText(state.language, 'noIncidents'));
  const f = { incidentType: c.incidentType ?? null, agency: c.agency ?? null, severity: c.severity ?? null, district: c.district ?? null };
  const all = Object.values(f).every((v) => v === null);
  return plan([...goTo(state, screen), { type: 'incidents.filter', filter: all ? null : f }]);
}

export function planSafety(state: WallState, c: SafetyCommand, env: CommandEnv): CommandPlan {
  switch (c.type) {
    case 'open-cameras':
      return openCameras(state, c, env);
    case 'close-cameras':
      return closeCameras(state);
    case 'open-incident':
      return openIncident(state, c, env);
    case 'filter-incidents':
      return filterIncidents(state, c, env);
    case 'call-official': {
      if (!env.calls) return tell(env, noticeText(state.language, 'callsUnavailable'));
      const incident = c.incident === 'selected' ? state.selectedIncident : (c.incident ?? null);
      if (c.incident === 'selected' && incident === null) return tell(env, noticeText(state.language, 'noSelectedIncident'));
      const district = c.district ?? (incident ? (state.incidents.get(incident)?.district ?? null) : null) ?? state.selected ?? state.layout.focusDistrict;
      return plan([], [{ type: 'call.start', target: { role: c.role, district, incident } }]);
    }
    case 'hang-up':
      if (!env.calls) return tell(env, noticeText(state.language, 'callsUnavailable'));
      return plan([], [{ type: 'call.hang-up' }]);
  }
}
