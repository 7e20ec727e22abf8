import test from 'ava';
import { channels, type IssueCommandsRequest, type ServerMessage, type WallFeed, type WallFeedItem } from '../../../server/contracts/index.ts';
import { builtInLayout } from '../../../server/layouts/defaults.ts';
import { CommandRequestError } from '../api/commands.ts';
import { applyAction } from '../state/actions.ts';
import { NOTICE_MS } from '../state/command-state.ts';
import { createWallState, type WallState } from '../state/wall-state.ts';
import { createCommandBus, PENDING_MS, type CallsPort, type CommandBusDeps } from './command-bus.ts';
import type { CallTarget } from './plan.ts';
import { TEST_PLACES } from './testing/places-fixture.ts';

const NOW = Date.parse('2025-05-01T03:00:00Z');

interface Posted {
  wall: string;
  req: IssueCommandsRequest;
}

function setup(wall: string | null, over: Partial<CommandBusDeps> = {}, answer?: (p: Posted) => Promise<{ wall: string; ids: string[] }>) {
  const state: WallState = createWallState(builtInLayout('mayor'), NOW);
  state.signedIn = wall ? 'mayor' : null;
  const posted: Posted[] = [];
  let n = 0;
  const clock = { now: NOW };
  const reloads: number[] = [];
  const bus = createCommandBus({
    state, wall, places: TEST_PLACES,
    routes: {
      issue: (w, req) => {
        posted.push({ wall: w, req });
        return answer ? answer({ wall: w, req }) : Promise.resolve({ wall: w, ids: req.commands.map(() => `c${++n}`) });
      },
    },
    act: (a) => void applyAction(state, a),
    calls: null,
    reload: () => reloads.push(clock.now),
    now: () => clock.now,
    ...over,
  });
  return { state, bus, posted, clock, reloads };
}

const item = (id: string, command: WallFeedItem['issued']['command'], source: WallFeedItem['issued']['source'] = 'tablet'): WallFeedItem => ({
  id, issued: { command, source, at: new Date(NOW).toISOString() }, by: { login: 'kim', role: 'mayor' },
});
const snapshot = (feed: WallFeed | null): ServerMessage => ({ type: 'snapshot', channel: channels.wall(feed?.wall ?? 'mayor'), data: feed, at: null });
const update = (feed: WallFeed): ServerMessage => ({ type: 'update', channel: channels.wall(feed.wall), data: feed, at: new Date(NOW).toISOString() });

test('a wall with an id posts its commands and applies them when its feed brings them back, once', async (t) => {
  const { state, bus, posted } = setup('mayor');
  t.is(bus.channel, 'walls/wall/mayor');
  const old = item('c0', { type: 'show-screen', screen: 'administration' });
  t.true(bus.receive(snapshot({ wall: 'mayor', items: [old] })));
  t.is(state.screenId, 'glance', 'what the feed held before the page loaded is not applied');
  const out = await bus.issue([{ type: 'select-district', district: '11680' }], 'voice', '강남구 보여줘', 0.93);
  t.deepEqual(out, { ok: true, ids: ['c1'] });
  t.deepEqual(posted, [{ wall: 'mayor', req: { commands: [{ type: 'select-district', district: '11680' }], source: 'voice', utterance: '강남구 보여줘', confidence: 0.93 } }]);
  t.is(state.selected, null, 'not applied before the feed says so');
  const back = { wall: 'mayor', items: [old, item('c1', { type: 'select-district', district: '11680' }, 'voice')] };
  bus.receive(update(back));
  t.is(state.selected, '11680');
  applyAction(state, { type: 'district.select', code: null });
  bus.receive(snapshot(back));
  bus.receive(update(back));
  t.is(state.selected, null, 'a feed sent again applies nothing again');
  t.deepEqual(state.applied, ['c1']);
});

test('a command whose feed came before the platform answered is applied once, whether the feed came as news or as the first value', async (t) => {
  for (const first of [true, false]) {
    let release: () => void = () => undefined;
    const answered = new Promise<void>((r) => (release = r));
    const { state, bus } = setup('mayor', {}, async (p) => {
      await answered;
      return { wall: p.wall, ids: ['c9'] };
    });
    const echo = { wall: 'mayor', items: [item('c9', { type: 'next-screen' }, 'keyboard')] };
    if (!first) bus.receive(snapshot(null));
    const issuing = bus.issue([{ type: 'next-screen' }], 'keyboard');
    bus.receive(first ? snapshot(echo) : update(echo));
    release();
    await issuing;
    bus.receive(update(echo));
    t.is(state.screenId, 'city', first ? 'from the first value' : 'from an update');
    t.deepEqual(state.applied, ['c9']);
  }
});

test('a tablet’s command on the feed is applied like the wall’s own; a feed of another wall, or malformed, is not', (t) => {
  const { state, bus } = setup('mayor');
  bus.receive(snapshot(null));
  t.false(bus.receive({ type: 'update', channel: channels.wall('gu-11680'), data: { wall: 'gu-11680', items: [item('x1', { type: 'next-screen' })] }, at: '' }));
  bus.receive({ type: 'update', channel: channels.wall('mayor'), data: { wall: 'mayor', items: [{ id: 'x2' }] }, at: '' });
  t.is(state.screenId, 'glance');
  bus.receive(update({ wall: 'mayor', items: [item('t1', { type: 'next-screen' }), item('t2', { type: 'change-language', lang: 'en' })] }));
  t.is(state.screenId, 'city');
  t.is(state.language, 'en');
  t.deepEqual(state.applied, ['t1', 't2']);
});

test('the public wall applies its commands at once, in this browser only', async (t) => {
  const { state, bus, posted } = setup(null);
  t.is(bus.channel, null);
  const out = await bus.issue([{ type: 'next-screen' }, { type: 'mute' }], 'keyboard');
  t.deepEqual(out, { ok: true, ids: ['local-1', 'local-2'] });
  t.is(state.screenId, 'city');
  t.true(state.muted);
  t.deepEqual(posted, []);
  t.false(bus.receive(snapshot({ wall: 'mayor', items: [] })));
});

test('a refusal is shown with the platform’s reason; an unreachable platform says so', async (t) => {
  const refused = setup('mayor', {}, () => Promise.reject(new CommandRequestError(403, 'a district head drives only the walls of their gu')));
  t.deepEqual(await refused.bus.issue([{ type: 'next-screen' }], 'keyboard'), { ok: false, ids: [] });
  t.is(refused.state.notice?.text, '실행할 수 없습니다: a district head drives only the walls of their gu');
  const down = setup('mayor', {}, () => Promise.reject(new CommandRequestError(0, 'fetch failed')));
  await down.bus.issue([{ type: 'next-screen' }], 'keyboard');
  t.is(down.state.notice?.text, '플랫폼에 연결할 수 없습니다');
});

test('a command posted that does not come back is reported; notices go after a few seconds', async (t) => {
  const { state, bus, clock } = setup('mayor');
  bus.receive(snapshot(null));
  await bus.issue([{ type: 'next-screen' }], 'keyboard');
  bus.tick(NOW + PENDING_MS - 1);
  t.is(state.notice, null);
  clock.now = NOW + PENDING_MS;
  bus.tick(clock.now);
  t.regex(state.notice!.text, /아직 상황판에 반영되지 않았습니다/);
  bus.tick(clock.now + NOTICE_MS - 1);
  t.not(state.notice, null);
  bus.tick(clock.now + NOTICE_MS);
  t.is(state.notice, null);
  t.regex(state.lastNotice!, /반영되지/);
});

test('a refused feed subscription is said (its commands would never come back)', (t) => {
  const { state, bus } = setup('gu-11680');
  t.true(bus.receive({ type: 'error', code: 'forbidden', message: 'walls/wall/gu-11680: a district head’s wall is for that district' }));
  t.regex(state.notice!.text, /district head/);
  t.false(bus.receive({ type: 'error', code: 'forbidden', message: 'incidents/city/active: for city staff only' }));
});

test('effects: the view sent to another wall, a call through the calls port, the data reloaded', async (t) => {
  const calls: Array<CallTarget | 'hang-up'> = [];
  const port: CallsPort = { start: async (target) => void calls.push(target), hangUp: async () => void calls.push('hang-up') };
  const { state, bus, posted, reloads } = setup('mayor', { calls: port });
  bus.receive(snapshot(null));
  applyAction(state, { type: 'district.select', code: '11680' });
  bus.receive(update({ wall: 'mayor', items: [item('a', { type: 'send-to-wall', wall: 'situation-room' }), item('b', { type: 'call-official', role: 'district-head' }), item('c', { type: 'hang-up' }), item('d', { type: 'refresh' })] }));
  await new Promise((r) => setImmediate(r));
  t.deepEqual(posted, [{
    wall: 'situation-room',
    req: { commands: [{ type: 'show-screen', screen: 'glance' }, { type: 'select-district', district: '11680' }, { type: 'change-language', lang: 'ko' }], source: 'tablet' },
  }]);
  t.is(state.lastNotice, "'situation-room' 상황판으로 보냈습니다");
  t.deepEqual(calls, [{ role: 'district-head', district: '11680', incident: null }, 'hang-up']);
  t.deepEqual(reloads, [NOW]);
});

test('a call that fails is said', async (t) => {
  const port: CallsPort = { start: () => Promise.reject(new Error('no line')), hangUp: async () => undefined };
  const { state, bus } = setup(null, { calls: port });
  await bus.issue([{ type: 'call-official', role: 'police-chief' }], 'voice');
  await new Promise((r) => setImmediate(r));
  t.is(state.notice?.text, '통화 실패: no line');
});
