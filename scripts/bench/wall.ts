/**
 * @module scripts/bench/wall
 * `npm run bench:wall [-- --window 20 --soak 300 --warmup 5 --rate 1000]`: the wall's frame rate in
 * one headless Chromium at 3840×2160 against (a) an empty PixiJS canvas and (b) bare PixiJS with the
 * wall's number of sprites and texts, with (c) the wall fed 1,000 live events/s through the API,
 * and its JS heap before and after a soak. Fails (exit 1) only on a broken run — a page that does
 * not render with software WebGL, or does not come up — never on a missed goal. The last line is
 * one JSON object with the figures.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import type { BrowserContext } from 'playwright-core';
import { parseBenchArgs, type BenchArgs } from './wall/args.ts';
import { BrokenRunError, launchBrowser } from './wall/browser.ts';
import { probeWallObjects, runGlanceCase, runReferenceCase, runWallCase, wallUrl, type CaseResult, type ObjectCounts } from './wall/cases.ts';
import { checkLiveRate } from './wall/feed-check.ts';
import { channelOf, startFeed, type Feed } from './wall/feed.ts';
import { bundlePages, servePages } from './wall/pages.ts';
import { benchFeed, buildWallInto, startBenchPlatform, type BenchPlatform } from './wall/platform.ts';
import { referenceQuery, resultOf, tableOf, type RunFigures } from './wall/report.ts';

const say = (msg: string): void => void process.stderr.write(`[bench:wall] ${msg}\n`);
const log = pino({ level: process.env['LOG_LEVEL'] ?? 'warn' }, pino.destination(2));

/** Undo steps, run last-in first-out exactly once (on success, error or signal). */
const undo: { label: string; run: () => Promise<unknown> }[] = [];
let cleaning: Promise<void> | null = null;
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    for (const step of undo.reverse()) {
      await step.run().catch((err: unknown) => say(`cleanup of ${step.label} failed: ${String(err)}`));
    }
  })();
  return cleaning;
}
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    interrupted = true;
    say(`${signal}: cleaning up`);
    void cleanup().finally(() => process.exit(130));
  });
}

type FeedSource = Awaited<ReturnType<typeof benchFeed>>;

function startLoad(platform: BenchPlatform, feed: FeedSource, rate: number): Feed {
  const running = startFeed(platform.hub, feed.model, feed.plan, rate);
  undo.push({ label: 'feed', run: async () => running.stop() });
  return running;
}

async function feedCheckOnly(args: BenchArgs, seconds: number): Promise<void> {
  const platform = await startBenchPlatform(log);
  undo.push({ label: 'platform', run: () => platform.stop() });
  const feed = await benchFeed();
  const load = startLoad(platform, feed, args.rate);
  say(`feeding ${args.rate} events/s over ${feed.plan.length} channels; a /live client counts for ${seconds} s`);
  const check = await checkLiveRate(platform.url, feed.plan.map(channelOf), seconds);
  const result = { bench: 'wall-feed', target_events_per_s: args.rate, events_per_s: Math.round(load.achievedPerS()), live_updates_per_s: check.updatesPerS, snapshots: check.snapshots, invalid: check.invalid, channels: feed.plan.length };
  load.stop();
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

async function referenceCases(context: BrowserContext, args: BenchArgs, objects: ObjectCounts): Promise<{ empty: CaseResult; sprites: CaseResult }> {
  const timing = { warmupS: args.warmup, windowS: args.window };
  say(`(a) empty canvas: ${args.warmup} s warm-up, ${args.window} s window`);
  const empty = await runReferenceCase(context, 'empty', {}, timing);
  say(`(a) ${empty.frames.fps} fps, p95 ${empty.frames.p95Ms} ms on ${empty.renderer}`);
  const query = referenceQuery(objects, args.rate);
  say(`(b) bare pixi: ${query.sprites} sprites, ${query.texts} texts, ${args.rate} changes/s`);
  const sprites = await runReferenceCase(context, 'sprites', query, timing);
  say(`(b) ${sprites.frames.fps} fps, p95 ${sprites.frames.p95Ms} ms`);
  return { empty, sprites };
}

/** Temp dir, bundled pages, the wall build and platform (when (c) runs) and the browser. */
async function prepare(args: BenchArgs): Promise<{ context: BrowserContext; platform: BenchPlatform | null }> {
  const dir = await mkdtemp(join(tmpdir(), 'scpm-bench-wall-'));
  undo.push({ label: 'temp dir', run: () => rm(dir, { recursive: true, force: true }) });
  await bundlePages(join(dir, 'pages'));
  let platform: BenchPlatform | null = null;
  if (args.cases.includes('c')) {
    const wallDir = join(dir, 'wall');
    if (!(await buildWallInto(wallDir))) throw new BrokenRunError('case (c) needs the wall, and this checkout has no wall/build.ts (run with --cases a,b)');
    say(`wall built into ${wallDir}`);
    const started = await startBenchPlatform(log, wallDir);
    undo.push({ label: 'platform', run: () => started.stop() });
    platform = started;
  }
  const context = await launchBrowser(join(dir, 'profile'), args.chromium);
  undo.push({ label: 'browser', run: () => context.close() });
  await servePages(context, join(dir, 'pages'));
  return { context, platform };
}

async function wallCases(context: BrowserContext, platform: BenchPlatform, feed: FeedSource, args: BenchArgs): Promise<Pick<RunFigures, 'wall' | 'glance' | 'unthrottled'>> {
  const load = startLoad(platform, feed, args.rate);
  say(`(c) wall, city screen, ${args.rate} events/s: ${args.warmup} s warm-up, ${args.window} s window, heap over ${args.soak} s`);
  const wall = await runWallCase(context, wallUrl(platform.url, 'city'), {
    warmupS: args.warmup,
    windowS: args.window,
    soakS: args.soak,
    sent: () => load.stats().sent,
    onProgress: say,
  });
  say(`(c) ${wall.frames.fps} fps, p95 ${wall.frames.p95Ms} ms, ${wall.rendersPerS} renders/s; heap ${wall.heapStartMb.toFixed(2)} → ${wall.heapEndMb.toFixed(2)} MB`);
  const glance = args['skip-glance'] ? null : await runGlanceCase(context, wallUrl(platform.url, 'glance'), { warmupS: args.warmup, windowS: args.window });
  // The wall draws live data at most twice a second; this shows what drawing every change would cost.
  const unthrottled = await runGlanceCase(context, `${wallUrl(platform.url, 'city')}&hz=60`, { warmupS: args.warmup, windowS: args.window });
  say(`    every change drawn: ${unthrottled.frames.fps} fps, p95 ${unthrottled.frames.p95Ms} ms, ${unthrottled.rendersPerS} renders/s`);
  load.stop();
  return { wall, glance, unthrottled };
}

async function main(args: BenchArgs): Promise<void> {
  if (args['feed-check'] !== undefined) return feedCheckOnly(args, args['feed-check']);
  const { context, platform } = await prepare(args);
  const feed = await benchFeed();
  let objects: ObjectCounts = { total: args.objects, texts: args.texts, sprites: args.objects - args.texts, graphics: 0 };
  if (platform) {
    const probeLoad = startLoad(platform, feed, args.rate);
    objects = await probeWallObjects(context, wallUrl(platform.url, 'city'), args.warmup);
    probeLoad.stop();
    say(`the wall shows ${objects.total} display objects (texts ${objects.texts}, sprites ${objects.sprites}, graphics ${objects.graphics})`);
  }
  const { empty, sprites } = await referenceCases(context, args, objects);
  const { wall, glance, unthrottled } = platform ? await wallCases(context, platform, feed, args) : { wall: null, glance: null, unthrottled: null };
  const figures: RunFigures = { empty, sprites, wall, glance, unthrottled, objects, targetEventsPerS: args.rate, windowS: args.window };
  process.stdout.write(`\n${tableOf(figures)}\n\n`);
  process.stdout.write(`${JSON.stringify(resultOf(figures))}\n`);
}

let code = 0;
try {
  await main(parseBenchArgs(process.argv.slice(2), process.env));
} catch (err) {
  code = 1;
  if (interrupted) say('interrupted');
  else say(err instanceof BrokenRunError ? `broken run: ${err.message}` : `failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
} finally {
  await cleanup();
}
// pooled sockets and timers of the libraries above must not keep a finished benchmark alive
process.exit(code);
