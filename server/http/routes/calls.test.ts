import test from 'ava';
import { channels, type Call, type UserPrincipal } from '../../contracts/index.ts';
import { createApp } from '../app.ts';
import { signedIn, testAccess, testDeps, testUser } from '../testing.ts';
import { memoryIncidentPort } from './incidents-memory.ts';
import { incidentFixture } from '../../calls/testing.ts';

const j = (r: Response): Promise<any> => r.json();

async function setup() {
  const official = (login: string, departments: string[]): UserPrincipal => ({ ...testUser('official', login), departments });
  const sessions: Record<string, UserPrincipal> = {
    mayor: testUser('mayor'),
    head: { ...testUser('district-head', 'lee.gangnam'), districts: ['11110'] },
    fire: official('kim.fire', ['fire-station-11680']),
    police: official('park.police', ['police']),
    auditor: testUser('auditor'),
  };
  const access = testAccess(sessions);
  for (const p of Object.values(sessions)) {
    await access.users.create({ login: p.login, displayName: p.login.toUpperCase(), role: p.role, districts: p.districts, departments: p.departments, passwordHash: 'x' });
  }
  const { deps } = testDeps({ access, incidents: memoryIncidentPort([incidentFixture()]) });
  return { app: createApp(deps), deps, audit: access.audit };
}

const post = (app: Awaited<ReturnType<typeof setup>>['app'], path: string, who: string, body?: unknown) =>
  app.request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...signedIn(who) }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

test('placing a call to an incident’s responsible station: 201, ringing, published, audited', async (t) => {
  const { app, deps, audit } = await setup();
  const res = await post(app, '/api/v1/calls', 'mayor', { to: { incident: 'fire-119:20210101-0001' }, reason: 'second alarm' });
  t.is(res.status, 201);
  const call = (await j(res)) as Call;
  t.regex(call.id, /^c-[a-z2-7]{26}$/);
  t.is(res.headers.get('location'), `/api/v1/calls/${call.id}`);
  t.like(call, { state: 'ringing', incident: 'fire-119:20210101-0001', reason: 'second alarm', from: { login: 'mayor', role: 'mayor', name: 'MAYOR' } });
  t.deepEqual(call.to, [{ login: 'kim.fire', role: 'official', name: 'KIM.FIRE' }]);
  t.is(call.station?.id, 'fire-station:11680');
  t.like(deps.hub.get(channels.call(call.id))?.data, { id: call.id, state: 'ringing' });
  t.like(audit.entries.at(-1), { action: 'call.placed', actor: 'user:mayor', target: `call:${call.id}`, details: { to: ['kim.fire'], incident: 'fire-119:20210101-0001' } });
});

test('the parties read a call; anyone else finds nothing', async (t) => {
  const { app } = await setup();
  const call = (await j(await post(app, '/api/v1/calls', 'mayor', { to: { login: 'kim.fire' } }))) as Call;
  for (const who of ['mayor', 'fire']) {
    const res = await app.request(`/api/v1/calls/${call.id}`, { headers: signedIn(who) });
    t.is(res.status, 200, who);
    t.is((await j(res)).id, call.id);
  }
  const other = await app.request(`/api/v1/calls/${call.id}`, { headers: signedIn('police') });
  t.is(other.status, 404);
  t.regex((await j(other)).detail, /no call c-\w+ of yours/);
});

test('hang-up over REST: the caller cancels a ringing call; again is a conflict; a stranger is not found', async (t) => {
  const { app, audit } = await setup();
  const call = (await j(await post(app, '/api/v1/calls', 'mayor', { to: { login: 'kim.fire' } }))) as Call;
  t.is((await post(app, `/api/v1/calls/${call.id}/hang-up`, 'police')).status, 404);
  const res = await post(app, `/api/v1/calls/${call.id}/hang-up`, 'mayor');
  t.is(res.status, 200);
  t.like(await j(res), { state: 'ended', endedBy: { login: 'mayor', reason: 'cancelled' } });
  t.like(audit.entries.at(-1), { action: 'call.ended', actor: 'user:mayor', details: { reason: 'cancelled' } });
  const again = await post(app, `/api/v1/calls/${call.id}/hang-up`, 'mayor');
  t.is(again.status, 409);
  t.regex((await j(again)).detail, /already ended/);
});

test('a callee who has not answered declines by hanging up', async (t) => {
  const { app } = await setup();
  const call = (await j(await post(app, '/api/v1/calls', 'mayor', { to: { login: 'kim.fire' } }))) as Call;
  t.like(await j(await post(app, `/api/v1/calls/${call.id}/hang-up`, 'fire')), { state: 'declined', declinedBy: ['kim.fire'] });
});

test('refusals: 403 audited as call.refused; nobody to reach is 404; bad targets are 400', async (t) => {
  const { app, audit } = await setup();
  const refused = await post(app, '/api/v1/calls', 'head', { to: { incident: 'fire-119:20210101-0001' } });
  t.is(refused.status, 403);
  t.regex((await j(refused)).detail, /own gu, not 11680/);
  t.like(audit.entries.at(-1), { action: 'call.refused', actor: 'user:lee.gangnam', details: { to: { incident: 'fire-119:20210101-0001' } } });
  const upward = await post(app, '/api/v1/calls', 'fire', { to: { login: 'mayor' } });
  t.is(upward.status, 403);
  t.regex((await j(upward)).detail, /an official may not call a mayor/);
  const nobody = await post(app, '/api/v1/calls', 'mayor', { to: { role: 'health-director' } });
  t.is(nobody.status, 404);
  t.regex((await j(nobody)).detail, /no official of the health bureau \(department health\) can be reached/);
  t.is((await post(app, '/api/v1/calls', 'mayor', { to: { incident: 'fire-119:nope' } })).status, 404);
  const bad = await post(app, '/api/v1/calls', 'mayor', { to: { role: 'mayor' } });
  t.is(bad.status, 400);
  t.is((await post(app, '/api/v1/calls', 'mayor', { to: { login: 'mayor' } })).status, 400);
  t.is((await post(app, '/api/v1/calls', 'auditor', { to: { login: 'mayor' } })).status, 403);
  t.is((await app.request('/api/v1/calls/not-an-id', { headers: signedIn('mayor') })).status, 400);
});
