/**
 * A video call in headless Debian Chromium with fake camera and microphone, against a running platform
 * (api role on NATS and PostgreSQL). Two people in one browser, kept apart by origin (the situation room
 * on http://127.0.0.1, a fire station's official on http://localhost): the wall, on its safety screen,
 * calls the selected incident's responsible station by a touch on the incident detail; the station's
 * call page shows who calls about which incident and answers. Checks: both peer connections reach
 * `connected` over loopback ICE (no STUN), video frames are decoded on both sides, the wall's overlay
 * shows the call, hanging up on the wall ends it on both, and the audit log holds placed, answered, ended.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'ava';
import { pino } from 'pino';
import type { Page } from 'playwright-core';
import { channels } from '../server/contracts/index.ts';
import { createAuditLog } from '../server/audit/audit-log.ts';
import { hashPassword } from '../server/auth/passwords.ts';
import { createUserStore } from '../server/auth/users.ts';
import { startPlatform } from '../server/platform/start.ts';
import { isolatedConfig } from '../server/platform/testing.ts';
import { buildWall } from './build.ts';
import { eventually, PASSWORD, signIn } from './testing/people.ts';
import { launchChromium } from './testing/chromium.ts';
import { incident } from './testing/incident-fixtures.ts';
import { panelOf, toPage, until, waitReady } from './testing/wall-model.ts';


interface CallState {
  active: { id: string; role: string; state: string; answeredBy: string | null; connectionState: string; remote: boolean } | null;
  ringing: Array<{ id: string; from: string; incident: string | null }>;
  last: { id: string; state: string; endedBy: { login: string | null; reason: string } | null } | null;
  error: string | null;
}
type Hook = { __scpm: { calls(): CallState; callStats(): Promise<{ connectionState: string; framesDecoded: number; framesEncoded: number } | null> } };

/** What the wall's call overlay shows (a string: the page's DOM is not this program's). */
const OVERLAY_PROBE = `(() => {
  const root = document.querySelector('.scpm-call-overlay');
  const remote = document.querySelector('.scpm-call-overlay .scpm-call-remote');
  const local = document.querySelector('.scpm-call-overlay .scpm-call-local');
  return {
    shown: root !== null && !root.hidden && getComputedStyle(root).position === 'fixed',
    remote: remote?.srcObject instanceof MediaStream,
    remoteWidth: remote?.videoWidth ?? 0,
    local: local?.srcObject instanceof MediaStream,
    text: root?.querySelector('.scpm-call-active')?.innerText ?? '',
  };
})()`;

const callsOf = (page: Page): Promise<CallState> => page.evaluate(() => (globalThis as unknown as Hook).__scpm.calls());
const statsOf = (page: Page) => page.evaluate(() => (globalThis as unknown as Hook).__scpm.callStats());



test('the wall calls an incident’s responsible station; the station answers on its call page; video both ways; hang-up ends it', async (t) => {
  t.timeout(300_000);
  const wallDir = mkdtempSync(join(tmpdir(), 'scpm-wall-'));
  await buildWall(wallDir);
  const iso = await isolatedConfig({ ROLES: 'api', WALL_DIR: wallDir });
  const platform = await startPlatform(iso.config, pino({ level: 'silent' }));
  const browser = await launchChromium({ width: 1920, height: 1080, touch: true, fakeMedia: true });
  t.teardown(async () => {
    await browser.close();
    await platform.stop();
    await iso.cleanup();
    rmSync(wallDir, { recursive: true, force: true });
  });
  const wallOrigin = platform.api!.url;
  const stationOrigin = wallOrigin.replace('127.0.0.1', 'localhost');
  const hub = platform.api!.hub;
  const { db } = platform.services;
  const users = createUserStore(db);
  const passwordHash = await hashPassword(PASSWORD);
  await users.create({ login: 'room', displayName: '상황실', role: 'situation-room', passwordHash });
  await users.create({ login: 'kim.fire', displayName: '김소방', role: 'official', departments: ['fire-station-11680'], passwordHash });
  const fire = incident({ id: 'fire-119:20260101-0001', reportedAt: Date.now() - 5 * 60_000, dispatchedAfterS: 60, severity: 'major' });
  const at = new Date().toISOString();
  hub.set(channels.incidents(), { incidents: [fire], asOf: at }, at);

  const errors: string[] = [];
  const station = await browser.context.newPage();
  station.on('pageerror', (e) => errors.push(`station: ${e.message}`));
  await signIn(station, stationOrigin, 'kim.fire');
  await station.goto(`${stationOrigin}/call?lang=en`);
  await station.waitForFunction(() => (globalThis as unknown as { __scpm?: { ready?: boolean } }).__scpm?.ready === true);

  const wall = await browser.context.newPage();
  wall.on('pageerror', (e) => errors.push(`wall: ${e.message}`));
  await signIn(wall, wallOrigin, 'room');
  await wall.goto(`${wallOrigin}/wall/?role=situation-room&screen=safety&lang=en`);
  await waitReady(wall);
  await wall.evaluate((id) => (globalThis as unknown as { __scpm: { act(a: unknown): void } }).__scpm.act({ type: 'incident.select', id }), fire.id);
  const shown = await until(wall, (m) => Boolean(panelOf(m, 'incident-detail')?.items[0]?.['call']), 'the call button on the incident detail');
  const button = panelOf(shown, 'incident-detail')!.items[0]!['call'] as { label: string; x: number; y: number; w: number; h: number };
  t.is(button.label, '☎ Call the station');
  await wall.touchscreen.tap(...toPage(shown, button.x + button.w / 2, button.y + button.h / 2));

  // The station's page rings: who calls, about which incident; the answer is a click.
  const ringing = await eventually('the call ringing at the station', () => callsOf(station), (s) => s.ringing.length === 1);
  t.like(ringing.ringing[0], { from: 'room', incident: fire.id });
  const card = station.locator('.scpm-call-card');
  t.regex(await card.innerText(), /Incoming call[\s\S]*상황실[\s\S]*About incident fire-119:20260101-0001 · Responsible unit Gangnam Fire Station/);
  await station.click('button[data-action="answer"]');

  const connected = (s: CallState) => s.active?.connectionState === 'connected' && s.active.remote;
  const callee = await eventually('the station connected', () => callsOf(station), connected);
  const caller = await eventually('the wall connected', () => callsOf(wall), connected);
  t.like(caller.active, { role: 'caller', state: 'connected', answeredBy: 'kim.fire' });
  t.like(callee.active, { role: 'callee', state: 'connected', id: caller.active!.id });
  const id = caller.active!.id;
  const decoded = await eventually('video decoded at the station', () => statsOf(station), (s) => (s?.framesDecoded ?? 0) > 0);
  t.is(decoded?.connectionState, 'connected');
  t.true((await eventually('video decoded on the wall', () => statsOf(wall), (s) => (s?.framesDecoded ?? 0) > 0))!.framesDecoded > 0);
  t.like(hub.get(channels.call(id))?.data, { state: 'connected', answeredBy: 'kim.fire', station: { id: 'fire-station:11680' } });

  // The wall's overlay above the canvas: the station's video large, the wall's own small, who and how.
  const overlay = (await wall.evaluate(OVERLAY_PROBE)) as { shown: boolean; remote: boolean; remoteWidth: number; local: boolean; text: string };
  t.true(overlay.shown && overlay.remote && overlay.local, JSON.stringify(overlay));
  t.true(overlay.remoteWidth > 0, 'the remote video has a picture');
  t.regex(overlay.text, /Gangnam Fire Station · 김소방/);
  t.regex(overlay.text, /Connected · \d\d:\d\d/);
  await wall.screenshot({ path: join(tmpdir(), 'scpm-call-test.png') });
  t.log(`screenshot: ${join(tmpdir(), 'scpm-call-test.png')}`);

  // Hang up on the wall: over on both sides.
  await wall.click('.scpm-call-overlay button[data-action="hang-up"]');
  const stationAfter = await eventually('the call ended at the station', () => callsOf(station), (s) => s.active === null && s.last?.state === 'ended');
  t.like(stationAfter.last, { id, endedBy: { login: 'room', reason: 'hung-up' } });
  t.like((await eventually('the call ended on the wall', () => callsOf(wall), (s) => s.active === null && s.last?.state === 'ended')).last, { id });
  t.like(hub.get(channels.call(id))?.data, { state: 'ended' });

  const audit = createAuditLog(db);
  const entries = await eventually('the audit entries', async () => (await audit.list({})).entries.filter((e) => e.target === `call:${id}`), (es) => es.length >= 3, 10_000);
  t.deepEqual(entries.map((e) => [e.action, e.actor]), [['call.placed', 'user:room'], ['call.answered', 'user:kim.fire'], ['call.ended', 'user:room']]);
  t.like(entries[0]!.details, { to: ['kim.fire'], incident: fire.id });
  t.deepEqual(errors, []);
});
