/**
 * The command layer end to end on a running platform (api role on NATS and PostgreSQL), no answers
 * faked: the situation room's wall shows a pairing code (P); a district head's tablet (another origin,
 * so another person in the same browser) arrives by the QR address, pairs through the real
 * `/api/v1/pairings`, taps a gu and sends its view to the head's own wall; the wall applies the tablet's
 * command from its feed; the wall's own command box turns Korean words into a command through
 * `/api/v1/commands/interpret`; and the audit log holds every command with its source.
 */
import test from 'ava';
import { createAuditLog } from '../server/audit/audit-log.ts';
import { hashPassword } from '../server/auth/passwords.ts';
import { createUserStore } from '../server/auth/users.ts';
import { startWallPlatform } from './testing/wall-platform.ts';
import { eventually, PASSWORD, signIn } from './testing/people.ts';
import { until, waitReady } from './testing/wall-model.ts';


interface Hooked {
  __scpm: { pairing(): { status: string | null; code: string | null; visible: boolean }; model(): { selected: string | null } };
}



test('a tablet pairs with the situation room’s wall and drives it through the platform; words in the command box too; all audited', async (t) => {
  t.timeout(180_000);
  const { api, browser, db } = await startWallPlatform(t);
  const users = createUserStore(db);
  const passwordHash = await hashPassword(PASSWORD);
  await users.create({ login: 'room', role: 'situation-room', passwordHash });
  await users.create({ login: 'lee.head', role: 'district-head', districts: ['11680'], passwordHash });
  const tabletOrigin = api.replace('127.0.0.1', 'localhost');
  const errors: string[] = [];

  const wall = await browser.context.newPage();
  wall.on('pageerror', (e) => errors.push(`wall: ${e.message}`));
  await signIn(wall, api, 'room');
  await wall.goto(`${api}/wall/?lang=en`);
  await waitReady(wall);
  await wall.keyboard.press('p');
  const offer = await eventually('a pairing code', () => wall.evaluate(() => (globalThis as unknown as Hooked).__scpm.pairing()), (m) => m.status === 'shown');
  t.regex(offer.code ?? '', /^\d{6}$/);

  const tablet = await browser.context.newPage();
  tablet.on('pageerror', (e) => errors.push(`tablet: ${e.message}`));
  await tablet.setViewportSize({ width: 820, height: 1180 });
  await signIn(tablet, tabletOrigin, 'lee.head');
  await tablet.goto(`${tabletOrigin}/tablet?code=${offer.code}&lang=en`);
  await tablet.waitForSelector('#driven[data-wall="situation-room"]');

  // A gu tapped on the tablet: issued to the paired wall, which applies it from its feed.
  await tablet.tap('[data-gu="11110"]');
  await eventually('the wall to select Jongno-gu', () => wall.evaluate(() => (globalThis as unknown as Hooked).__scpm.model().selected), (s) => s === '11110');
  await eventually('the pairing panel to go', () => wall.evaluate(() => (globalThis as unknown as Hooked).__scpm.pairing().visible), (v) => !v);

  // "Send this view to a district head's wall": the head may send to their own wall only.
  await tablet.tap('#send-view-head');
  await tablet.waitForSelector('#head-walls [data-wall]');
  const heads = await tablet.locator('#head-walls [data-wall]').evaluateAll((els) => els.map((e) => e.getAttribute('data-wall')));
  t.deepEqual(heads, ['gu-11680'], 'a district head is offered their own wall');
  await tablet.tap('#head-walls [data-wall="gu-11680"]');
  await eventually('the view sent', async () => (await tablet.textContent('#status')) ?? '', (text) => /Gangnam|gu-11680/.test(text));

  // The wall's own command box: Korean words → interpret → issued as keyboard → back on the feed.
  await wall.keyboard.press('/');
  await wall.keyboard.type('강남구 보여줘');
  await wall.keyboard.press('Enter');
  await until(wall, () => true, 'the wall to draw');
  await eventually('the wall to select Gangnam-gu', () => wall.evaluate(() => (globalThis as unknown as Hooked).__scpm.model().selected), (s) => s === '11680');

  const audit = createAuditLog(db);
  const { entries } = await audit.list({ action: 'wall.command' });
  const issued = entries.map((e) => [e.actor, e.target, (e.details as { source: string; command: { type: string } }).source, (e.details as { command: { type: string } }).command.type]);
  t.deepEqual(issued.filter(([, target]) => target === 'wall:situation-room'), [
    ['user:lee.head', 'wall:situation-room', 'tablet', 'select-district'],
    ['user:room', 'wall:situation-room', 'keyboard', 'select-district'],
  ]);
  t.true(issued.some(([actor, target, source]) => actor === 'user:lee.head' && target === 'wall:gu-11680' && source === 'tablet'), 'the view sent to the head’s wall');
  t.deepEqual((await audit.list({ action: 'wall.paired' })).entries.map((e) => [e.actor, e.target]), [['user:lee.head', 'wall:situation-room']]);
  t.deepEqual(errors, []);
});
