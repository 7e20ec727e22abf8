import test from 'ava';
import nock from 'nock';
import { nearbyCamera } from '../../testing/incident-fixtures.ts';
import { ApiError } from './rest.ts';
import { camerasUrl, fetchCameras, requestPlay } from './safety.ts';

const BASE = 'http://wall.test';
nock.disableNetConnect();
test.after.always(() => nock.cleanAll());

test('the cameras of a target: near an incident, near a point, or in a gu', (t) => {
  t.is(camerasUrl(BASE, { kind: 'incident', incident: 'fire-119:20210101-0001' }, 8), `${BASE}/api/v1/cameras/nearest?limit=8&incident=fire-119%3A20210101-0001`);
  t.is(camerasUrl(BASE, { kind: 'point', lon: 126.99, lat: 37.55 }, 9), `${BASE}/api/v1/cameras/nearest?limit=9&lon=126.99000&lat=37.55000`);
  t.is(camerasUrl(BASE, { kind: 'district', district: '11680' }, 16), `${BASE}/api/v1/cameras?limit=16&district=11680`);
});

test('nearby cameras keep their distance; a gu’s have none; a refusal is an ApiError with its status', async (t) => {
  nock(BASE).get('/api/v1/cameras/nearest').query({ limit: '2', incident: 'fire-119:1' }).reply(200, { cameras: [nearbyCamera(1), nearbyCamera(2)] });
  const near = await fetchCameras(BASE, { kind: 'incident', incident: 'fire-119:1' }, 2);
  t.deepEqual(near.map((c) => c.distanceM), [80, 160]);
  const { distanceM: _d, ...plain } = nearbyCamera(3);
  nock(BASE).get('/api/v1/cameras').query({ limit: '4', district: '11680' }).reply(200, { cameras: [plain] });
  t.deepEqual((await fetchCameras(BASE, { kind: 'district', district: '11680' }, 4)).map((c) => [c.id, c.distanceM]), [['cam-11680-00003', null]]);
  nock(BASE).get('/api/v1/cameras/nearest').query(true).reply(403, { title: 'Forbidden', detail: 'for city staff only' });
  const err = await t.throwsAsync(fetchCameras(BASE, { kind: 'point', lon: 127, lat: 37.5 }, 4), { instanceOf: ApiError });
  t.is(err?.status, 403);
  nock(BASE).get('/api/v1/cameras/nearest').query(true).reply(200, { cameras: [{ id: 'not a camera' }] });
  await t.throwsAsync(fetchCameras(BASE, { kind: 'point', lon: 127, lat: 37.5 }, 4), { message: /unexpected response/ });
});

test('a play request names the incident and returns the signed address', async (t) => {
  let body: unknown = null;
  nock(BASE)
    .post('/api/v1/cameras/cam-11680-00001/play', (b: unknown) => ((body = b), true))
    .reply(200, { camera: 'cam-11680-00001', url: 'ws://media.test/live/cam-11680-00001.flv?sign=1-abc', expiresAt: '2025-05-01T05:10:00Z' });
  const grant = await requestPlay(BASE, 'cam-11680-00001', 'fire-119:1');
  t.deepEqual(body, { incident: 'fire-119:1' });
  t.is(grant.url, 'ws://media.test/live/cam-11680-00001.flv?sign=1-abc');
});
