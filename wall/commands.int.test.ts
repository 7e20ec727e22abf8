/**
 * Commands in headless Debian Chromium (SwiftShader WebGL) against a running platform (api role).
 * The command routes are answered by the test over `page.route`: `/api/v1/commands/interpret` with the
 * platform's own parser (server/commands), `/api/v1/walls/{wall}/commands` by numbering the commands
 * into the wall's feed and setting it on the platform's live hub, as the server does. Checks: the
 * public wall applies typed commands in the browser and posts nothing; the mayor's wall does not
 * replay the feed it finds on load, applies "강남구 보여줘" and "next screen" typed into the command box
 * once the feed brings them back, offers the choices of an ambiguous dong as buttons, applies a
 * tablet's command once even when the feed is sent again, and shows a refusal's reason.
 */
import test from 'ava';
import type { Page, Route } from 'playwright-core';
import { hashPassword } from '../server/auth/passwords.ts';
import { createUserStore } from '../server/auth/users.ts';
import { parseUtterance } from '../server/commands/parse.ts';
import {
  channels, InterpretRequestSchema, IssueCommandsRequestSchema,
  type Command, type CommandSource, type InterpretResponse, type WallFeed, type WallFeedItem,
} from '../server/contracts/index.ts';
import type { LiveHub } from '../server/live/hub.ts';
import { modelOf, panelOf, until, waitReady, type Model } from './testing/wall-model.ts';
import { startWallPlatform } from './testing/wall-platform.ts';

const PASSWORD = 'a long enough passphrase';

type CommandsModel = Model & { commands: { applied: string[]; lastNotice: string | null } };
const commandsOf = (m: Model): CommandsModel['commands'] => (m as CommandsModel).commands;

interface Asked {
  interpret: Array<{ utterance: string; lang?: string | undefined; selection?: unknown }>;
  issued: Array<{ wall: string; commands: Command[]; source: CommandSource; utterance?: string | undefined }>;
}

/** The wall's feed as the server keeps it: the latest commands, numbered, set on the hub. */
class Feed {
  private n = 0;
  readonly items: WallFeedItem[] = [];
  constructor(private readonly hub: LiveHub, readonly wall: string) {}

  add(commands: Command[], source: CommandSource, utterance?: string): string[] {
    const at = new Date().toISOString();
    const ids = commands.map((command) => {
      const id = `${Date.now()}-${++this.n}`;
      this.items.push({ id, issued: { command, source, at, ...(utterance ? { utterance } : {}) }, by: { login: 'mayor', role: 'mayor' } });
      return id;
    });
    this.publish();
    return ids;
  }

  /** Sets the feed again (as a reconnect's snapshot would bring it). */
  publish(): void {
    const feed: WallFeed = { wall: this.wall, items: this.items.slice(-20) };
    this.hub.set(channels.wall(this.wall), feed, new Date().toISOString());
  }
}

/** The command routes as the server will answer them; `refuse` names command types answered 403. */
async function answerCommands(page: Page, asked: Asked, feeds: Map<string, Feed>, refuse: ReadonlySet<string> = new Set()): Promise<void> {
  await page.route(/\/api\/v1\/commands\/interpret$/, async (route: Route) => {
    const req = InterpretRequestSchema.parse(route.request().postDataJSON());
    asked.interpret.push(req);
    const r = parseUtterance(req.utterance, { now: new Date(), ...(req.lang ? { lang: req.lang } : {}), ...(req.selection ? { selection: req.selection } : {}) });
    const body: InterpretResponse = 'command' in r ? { kind: 'command', command: r.command, confidence: r.confidence, allowed: true } : 'clarify' in r ? { kind: 'clarify', ...r.clarify } : { kind: 'none', reason: r.none };
    return route.fulfill({ json: body });
  });
  await page.route(/\/api\/v1\/walls\/[a-z0-9-]+\/commands$/, async (route: Route) => {
    const wall = /walls\/([a-z0-9-]+)\/commands/.exec(route.request().url())![1]!;
    const req = IssueCommandsRequestSchema.parse(route.request().postDataJSON());
    asked.issued.push({ wall, commands: req.commands, source: req.source, utterance: req.utterance });
    if (req.commands.some((c) => refuse.has(c.type))) {
      return route.fulfill({ status: 403, contentType: 'application/problem+json', body: JSON.stringify({ type: 'about:blank', title: 'Forbidden', status: 403, detail: 'your role may not do this here' }) });
    }
    const ids = feeds.get(wall)!.add(req.commands, req.source, req.utterance);
    return route.fulfill({ status: 202, json: { wall, ids } });
  });
}

/** Waits until the command box has closed (the keys are the wall's again). */
const settled = (page: Page): Promise<unknown> => page.waitForSelector('#scpm-command', { state: 'hidden' });

/** Types words into the command box (opened with `/`) and sends them. */
async function say(page: Page, words: string): Promise<void> {
  await settled(page);
  await page.keyboard.press('/');
  await page.waitForSelector('#scpm-command-input:focus');
  await page.fill('#scpm-command-input', words);
  await page.keyboard.press('Enter');
}

test('typed, keyed and tablet commands drive the public wall locally and the mayor’s wall through its feed', async (t) => {
  t.timeout(300_000);
  const { api, hub, browser, db } = await startWallPlatform(t);
  await createUserStore(db).create({ login: 'mayor', role: 'mayor', passwordHash: await hashPassword(PASSWORD) });
  const asked: Asked = { interpret: [], issued: [] };
  const feed = new Feed(hub, 'mayor');
  // What the feed held before the wall loaded: history, not to be applied.
  feed.add([{ type: 'show-screen', screen: 'administration' }], 'tablet');
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`${e.name}|${e.message}`));
  await answerCommands(page, asked, new Map([['mayor', feed]]), new Set(['mute']));

  // The public wall: no wall id, commands applied in the browser, nothing posted.
  await page.goto(`${api}/wall/?lang=en`);
  await waitReady(page);
  t.is((await modelOf(page)).screen, 'air');
  await say(page, 'next screen');
  await until(page, (m) => m.screen === 'glance', 'the public wall’s next screen');
  await settled(page);
  await page.keyboard.press('ArrowRight');
  await until(page, (m) => m.screen === 'safety', 'the arrow key');
  t.deepEqual(commandsOf(await modelOf(page)).applied, ['local-1', 'local-2']);
  t.deepEqual(asked.issued, [], 'the public wall posts nothing');
  t.deepEqual(asked.interpret[0], { utterance: 'next screen', lang: 'en', selection: {} });

  // The mayor's wall ('mayor'): the feed found on load is not replayed.
  await page.goto(`${api}/sign-in`);
  const login = await page.evaluate(async (p) => (await fetch('/api/v1/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'mayor', password: p }) })).status, PASSWORD);
  t.is(login, 200);
  await page.goto(`${api}/wall/?role=mayor&lang=en`);
  await waitReady(page);
  await until(page, (m) => m.header.tabs.length === 5, 'the mayor’s wall');

  await say(page, '강남구 보여줘');
  const gangnam = await until(page, (m) => m.selected === '11680', 'Gangnam selected');
  t.is(gangnam.screen, 'glance', 'the history on the feed was not applied');
  t.like(asked.issued.at(-1), { wall: 'mayor', commands: [{ type: 'select-district', district: '11680' }], source: 'keyboard', utterance: '강남구 보여줘' });
  t.deepEqual(commandsOf(gangnam).applied, [feed.items[1]!.id]);
  t.is(panelOf(gangnam, 'map')!.items.find((i) => i.layer === 'detail')?.['district'], '11680', 'its detail over the map');

  await say(page, 'next screen');
  await until(page, (m) => m.screen === 'city', 'the next screen');

  // An ambiguous dong: the question, its choices as buttons; the choice is issued.
  await say(page, '역삼동');
  await page.waitForSelector('#scpm-command-options button');
  t.regex((await page.textContent('#scpm-command-status')) ?? '', /Which dong/);
  const choices = await page.$$eval('#scpm-command-options button', (bs) => bs.map((b) => b.textContent));
  t.deepEqual(choices, ['Select Yeoksam 1(il)-dong', 'Select Yeoksam 2(i)-dong']);
  await page.click('#scpm-command-options button');
  const dong = await until(page, (m) => panelOf(m, 'map')?.items.some((i) => i.layer === 'neighborhoods' && i['selected'] === '1168064000') === true, 'the dong highlighted');
  t.is(dong.selected, '11680');

  // A tablet's command arrives on the feed: applied once, even when the feed is sent again.
  const before = commandsOf(dong).applied.length;
  feed.add([{ type: 'next-screen' }], 'tablet');
  await until(page, (m) => m.screen === 'safety', 'the tablet’s command');
  feed.publish();
  feed.publish();
  await page.waitForTimeout(1_500);
  const after = await modelOf(page);
  t.is(after.screen, 'safety', 'not applied again');
  t.is(commandsOf(after).applied.length, before + 1);

  // A refused command: the reason on the wall.
  await settled(page);
  await page.keyboard.press('m');
  await until(page, (m) => /your role may not do this here/.test(commandsOf(m).lastNotice ?? ''), 'the refusal shown');
  t.true(asked.issued.some((i) => i.commands[0]?.type === 'mute'));
  t.deepEqual(errors, []);
});
