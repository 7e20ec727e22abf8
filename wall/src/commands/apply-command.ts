/**
 * @module wall/commands/apply-command
 * Every command of contracts/command.ts as what it does to this wall: `planCommand` reads the state
 * and gives the actions to apply in order and the effects to run (see ./plan.ts). Screens, selection,
 * language, sound, help, the carousel and the opinion and administration screens are here; the map's
 * commands in ./apply-map.ts, the safety screens' in ./apply-safety.ts. Pure.
 */
import type { Command, MapMetric } from '../../../server/contracts/index.ts';
import { periodDates } from '../../../server/contracts/calendar.ts';
import type { WallAction } from '../state/actions.ts';
import { METRIC_LABELS } from '../state/i18n.ts';
import { currentScreen, type WallState } from '../state/wall-state.ts';
import { planCompare, planDong, planMap } from './apply-map.ts';
import { planSafety } from './apply-safety.ts';
import { INDICATOR_TARGETS, TOPIC_AREAS } from './indicators.ts';
import { plan, tell, type CommandEnv, type CommandPlan } from './plan.ts';
import { goTo, panelOf, screenFor, stepScreen } from './screens.ts';
import { viewCommands } from './view-commands.ts';
import { airNotShownText, missingFigureText, noticeText, unknownPlaceText, unknownScreenText, type NoticeKey } from './words.ts';

export type { CommandEnv, CommandPlan, CommandEffect, CallTarget } from './plan.ts';

const INDICATOR_KINDS = ['indicator-grid', 'indicator-detail', 'administration'];
const BUDGET_KINDS = ['budget', 'budget-execution'];

/** A screen with a map or ranking of this air metric (current first). */
function airScreen(state: WallState, metric: MapMetric) {
  const shows = (s: WallState['layout']['screens'][number]): boolean =>
    s.panels.some((p) => (p.kind === 'map' || p.kind === 'air-ranking') && (p.metric ?? 'cai') === metric && !(p.layers ?? []).includes('incidents'));
  const current = currentScreen(state);
  return shows(current) ? current : (state.layout.screens.find(shows) ?? null);
}

function openIndicator(state: WallState, c: Extract<Command, { type: 'open-indicator' }>, env: CommandEnv): CommandPlan {
  const lang = state.language;
  if (c.district && !env.places.districts.has(c.district)) return tell(env, unknownPlaceText(lang, c.district));
  const byDistrict: WallAction[] = c.district ? [{ type: 'district.select', code: c.district }] : [];
  const target = c.indicator ? INDICATOR_TARGETS[c.indicator] : null;
  if (target?.kind === 'air') {
    const screen = airScreen(state, target.metric);
    if (!screen) return tell(env, airNotShownText(lang, METRIC_LABELS[target.metric][lang]));
    return plan([...goTo(state, screen), ...byDistrict]);
  }
  const admin = screenFor(state, INDICATOR_KINDS);
  const area = target ? target.area : c.topic ? TOPIC_AREAS[c.topic] : null;
  const missing: WallAction[] = [];
  if (target?.kind === 'missing') missing.push({ type: 'notice.show', text: missingFigureText(lang, c.indicator!), at: env.now });
  else if (!target && c.topic && area === null) missing.push({ type: 'notice.show', text: noticeText(lang, 'noCulture'), at: env.now });
  if (!admin) return missing.length > 0 ? plan(missing) : tell(env, noticeText(lang, 'noIndicators'));
  const actions: WallAction[] = [...goTo(state, admin)];
  if (area) actions.push({ type: 'indicator.area', area });
  if (target?.kind === 'catalogue') {
    actions.push({ type: 'indicator.select', id: target.id });
    // the period asked for (else the latest), in dates: named periods against the wall's clock
    actions.push({ type: 'indicator.period', period: c.period ? periodDates(c.period, new Date(env.now)) : null });
    if (c.district) actions.push({ type: 'indicator.drill', by: 'district' });
  } else if (area) {
    actions.push({ type: 'indicator.select', id: null });
  }
  return plan([...actions, ...byDistrict, ...missing]);
}

/** Goes to the screen with one of `kinds` and spotlights that panel; tells why not when there is none. */
function showPanel(state: WallState, kinds: readonly string[], absent: NoticeKey, env: CommandEnv, extra: WallAction[] = []): CommandPlan {
  const screen = screenFor(state, kinds);
  const panel = screen ? panelOf(screen, kinds) : null;
  if (!screen || !panel) return tell(env, noticeText(state.language, absent));
  return plan([...goTo(state, screen), ...extra, { type: 'panel.spotlight', panel: panel.id, at: env.now }]);
}

function selectDistrict(state: WallState, district: string, env: CommandEnv): CommandPlan {
  if (!env.places.districts.has(district)) return tell(env, unknownPlaceText(state.language, district));
  const dong = state.selectedDong ? env.places.dongs.get(state.selectedDong) : undefined;
  const actions: WallAction[] = [{ type: 'district.select', code: district }];
  if (dong && dong.district !== district) actions.push({ type: 'dong.select', code: null });
  return plan(actions);
}

function sendToWall(state: WallState, wall: string | undefined, env: CommandEnv): CommandPlan {
  if (!wall) return tell(env, noticeText(state.language, 'chooseWall'));
  if (wall === env.wall) return tell(env, noticeText(state.language, 'alreadyHere'));
  return plan([], [{ type: 'view.send', wall, commands: viewCommands(state, env.places) }]);
}

export function planCommand(state: WallState, c: Command, env: CommandEnv): CommandPlan {
  const lang = state.language;
  switch (c.type) {
    case 'show-screen':
      if (!state.layout.screens.some((s) => s.id === c.screen)) return tell(env, unknownScreenText(lang, c.screen));
      return plan([{ type: 'screen.show', screen: c.screen }]);
    case 'next-screen':
    case 'previous-screen':
      return plan([{ type: 'screen.show', screen: stepScreen(state, c.type === 'next-screen' ? 1 : -1) }]);
    case 'go-back':
      if (!state.screenHistory.some((s) => s !== state.screenId && state.layout.screens.some((x) => x.id === s))) return tell(env, noticeText(lang, 'nothingBack'));
      return plan([{ type: 'screen.back' }]);
    case 'play':
    case 'pause':
      return plan([{ type: 'carousel.set', playing: c.type === 'play', at: env.now }]);
    case 'show-help':
      return plan([{ type: 'help.show', open: true }]);
    case 'refresh':
      return plan([{ type: 'data.refresh' }], [{ type: 'data.reload' }]);
    case 'select-district':
      return selectDistrict(state, c.district, env);
    case 'compare-districts':
      return planCompare(state, c, env);
    case 'select-dong':
      return planDong(state, c, env);
    case 'clear-selection':
      return plan([
        { type: 'district.select', code: null }, { type: 'dong.select', code: null }, { type: 'incident.clear' },
        { type: 'compare.close' }, { type: 'help.show', open: false },
      ]);
    case 'open-indicator':
      return openIndicator(state, c, env);
    case 'open-cameras':
    case 'close-cameras':
    case 'open-incident':
    case 'filter-incidents':
    case 'call-official':
    case 'hang-up':
      return planSafety(state, c, env);
    case 'change-language':
      return plan([{ type: 'language.set', language: c.lang }]);
    case 'zoom-map':
    case 'pan-map':
    case 'reset-view':
    case 'show-layer':
    case 'hide-layer':
      return planMap(state, c, env);
    case 'show-complaints': {
      if (c.district && !env.places.districts.has(c.district)) return tell(env, unknownPlaceText(lang, c.district));
      const extra: WallAction[] = [{ type: 'complaints.category', category: c.category ?? null }];
      if (c.district) extra.unshift({ type: 'district.select', code: c.district });
      return showPanel(state, ['complaint-feed', 'complaint-map', 'citizen-opinion'], 'noComplaints', env, extra);
    }
    case 'show-trends':
      return showPanel(state, ['media-trends', 'rising-issues'], 'noTrends', env);
    case 'show-pledges':
      return showPanel(state, ['pledge-board'], 'noPledges', env);
    case 'show-city-score':
      return showPanel(state, ['city-score'], 'noScore', env);
    case 'show-budget':
      // the month holding the end of the period asked for (else the newest)
      return showPanel(state, BUDGET_KINDS, 'noBudget', env, [{ type: 'budget.period', period: c.period ? periodDates(c.period, new Date(env.now)) : null }]);
    case 'send-to-wall':
      return sendToWall(state, c.wall, env);
    case 'mute':
    case 'unmute':
      return plan([{ type: 'sound.set', muted: c.type === 'mute' }]);
  }
}
