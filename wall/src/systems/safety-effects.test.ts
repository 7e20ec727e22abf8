import test from 'ava';
import type { Incident } from '../../../server/contracts/index.ts';
import { builtInLayout } from '../../../server/layouts/defaults.ts';
import { incident, nearbyCamera } from '../../testing/incident-fixtures.ts';
import { ApiError } from '../api/rest.ts';
import { applyAction } from '../state/actions.ts';
import type { CctvCamera, CctvTarget } from '../state/safety-state.ts';
import { createWallState } from '../state/wall-state.ts';
import { safetyEffects } from './safety-effects.ts';

const BOUNDS = { minX: -20_000, minY: -15_000, maxX: 20_000, maxY: 15_000 };

interface Pending<T> {
  resolve(v: T): void;
  reject(e: unknown): void;
}

function harness(signedIn: string | null = 'kim') {
  const state = createWallState(builtInLayout('mayor'), 0, { screen: 'safety' });
  state.signedIn = signedIn;
  let now = 1_000_000;
  const cameraCalls: Array<{ target: CctvTarget; limit: number } & Pending<CctvCamera[]>> = [];
  const incidentCalls: Array<{ id: string } & Pending<Incident>> = [];
  const run = safetyEffects({
    state, bounds: BOUNDS, now: () => now,
    fetchCameras: (target, limit) => new Promise((resolve, reject) => cameraCalls.push({ target, limit, resolve, reject })),
    fetchIncident: (id) => new Promise((resolve, reject) => incidentCalls.push({ id, resolve, reject })),
  });
  return { state, run, cameraCalls, incidentCalls, tick: (ms: number) => (now += ms) };
}

const settle = () => new Promise((r) => setImmediate(r));

test('the CCTV list follows the target: the map centre, then the selected incident; an old answer is dropped', async (t) => {
  const h = harness();
  h.run();
  h.run();
  t.is(h.cameraCalls.length, 1, 'asked once');
  t.like(h.cameraCalls[0], { target: { kind: 'point', lon: 126.99, lat: 37.55 }, limit: 8 });
  applyAction(h.state, { type: 'incident.select', id: 'fire-119:1' });
  h.run();
  t.like(h.cameraCalls[1], { target: { kind: 'incident', incident: 'fire-119:1' } });
  h.cameraCalls[0]!.resolve([nearbyCamera(9)]);
  h.cameraCalls[1]!.resolve([nearbyCamera(1), nearbyCamera(2)]);
  await settle();
  const list = h.state.cameraList;
  t.is(list?.status, 'ready');
  t.deepEqual(list?.status === 'ready' ? list.cameras.map((c) => c.distanceM) : [], [80, 160]);
  h.run();
  t.is(h.cameraCalls.length, 2, 'a ready list is kept');
});

test('a failed list is asked again later; a refusal is remembered as such; no screen, no request', async (t) => {
  const h = harness();
  h.run();
  h.cameraCalls[0]!.reject(new ApiError('/api/v1/cameras/nearest', 403, 'forbidden'));
  await settle();
  t.like(h.state.cameraList, { status: 'error', forbidden: true });
  h.tick(20_000);
  h.run();
  t.is(h.cameraCalls.length, 1, 'a refusal is not asked again at once');
  h.state.screenId = 'city';
  h.tick(10 * 60_000);
  h.run();
  t.is(h.cameraCalls.length, 1, 'no CCTV panel on the screen');
  const anon = harness(null);
  anon.run();
  t.is(anon.cameraCalls.length, 0, 'an anonymous wall does not ask');
});

test('a selected incident that is on no board is fetched once, after a grace period; failures are kept', async (t) => {
  const h = harness();
  h.state.incidents.set('fire-119:on', incident({ id: 'fire-119:on', reportedAt: 0 }));
  applyAction(h.state, { type: 'incident.select', id: 'fire-119:on' });
  h.run();
  h.tick(5_000);
  h.run();
  t.is(h.incidentCalls.length, 0, 'on the board: nothing to fetch');
  applyAction(h.state, { type: 'incident.select', id: 'fire-119:gone' });
  h.run();
  t.is(h.incidentCalls.length, 0, 'the board and the channel get a moment first');
  h.tick(2_000);
  h.run();
  h.run();
  t.is(h.incidentCalls.length, 1);
  t.like(h.state.incidentRecord, { id: 'fire-119:gone', status: 'loading' });
  h.incidentCalls[0]!.reject(new ApiError('/api/v1/incidents/x', 404, 'not found'));
  await settle();
  t.like(h.state.incidentRecord, { status: 'error' });
  h.tick(1_000);
  h.run();
  t.is(h.incidentCalls.length, 1, 'not asked again at once');
  h.tick(30_000);
  h.run();
  t.is(h.incidentCalls.length, 2);
  h.incidentCalls[1]!.resolve(incident({ id: 'fire-119:gone', reportedAt: 0 }));
  await settle();
  t.like(h.state.incidentRecord, { id: 'fire-119:gone', status: 'ready' });
});
