/**
 * The whole video path, glass to glass: a synthetic camera (ffmpeg, its clock burned in) → the
 * camera-side media server → the relay (ffmpeg, remux) → our media server → a signed WS-FLV address
 * → mpegts.js and a Pixi video texture (wall/src/video) on a WebGL canvas in headless Chromium.
 * The test reads the canvas pixels back and decodes the sender clock: the pictures on screen are
 * current and keep coming. A cut camera is no-signal at the relay and on the page, and both recover
 * by themselves. Unsigned, expired and foreign play addresses are refused.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'ava';
import { pino } from 'pino';
import WebSocket from 'ws';
import type { CameraSignal } from '../contracts/camera.ts';
import { spawnCameraSimulator } from '../../scripts/simulator/cameras/child.ts';
import { launchChromium } from '../../wall/testing/chromium.ts';
import { startMediaServer } from './media-server.ts';
import { signedPlayUrl, signStreamPath, streamPathOf } from './play-url.ts';
import { createRelay } from './relay.ts';
import { bundleTilesPage, openTilesPage, serveTilesPage, type ClockSample, type TilesPage, type TileState } from './testing/tiles-harness.ts';

const SECRET = 'video-e2e-test-secret';
const log = pino({ level: 'silent' });
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function until<T>(get: () => Promise<T | undefined | null | false> | T | undefined | null | false, ms: number, what: string): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await get();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(200);
  }
}

/** Bytes a WebSocket player receives within `ms`. */
function wsBytes(url: string, ms: number): Promise<Buffer> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url);
    const chunks: Buffer[] = [];
    const done = (): void => {
      ws.terminate();
      resolve(Buffer.concat(chunks));
    };
    ws.on('message', (d: Buffer) => chunks.push(d));
    ws.on('close', done);
    ws.on('error', done);
    setTimeout(done, ms);
  });
}

async function decodedFor(page: TilesPage, ms: number): Promise<Array<ClockSample & { sentAt: number }>> {
  await page.takeSamples();
  await sleep(ms);
  return (await page.takeSamples()).filter((s): s is ClockSample & { sentAt: number } => s.sentAt !== null);
}

const stateOf = async (page: TilesPage, camera: string): Promise<TileState | undefined> => (await page.states())[camera]?.state;

test('a camera reaches the canvas live with its clock, survives a cut, and only signed viewers may watch', async (t) => {
  t.timeout(300_000);
  const undo: Array<() => Promise<unknown>> = [];
  t.teardown(async () => {
    for (const f of undo.reverse()) await f().catch(() => undefined);
  });
  const media = await startMediaServer({ rtmpPort: 0, httpPort: 0, secret: SECRET, log });
  undo.push(() => media.close());
  const sim = await spawnCameraSimulator({ count: 1, size: '640x360', fps: 15 });
  undo.push(() => sim.close());
  const camera = sim.ready.cameras[0]!;
  const signals: CameraSignal[] = [];
  const relay = createRelay({ ffmpegPath: 'ffmpeg', rtmpBase: `rtmp://127.0.0.1:${media.rtmpPort}`, log, onSignal: (s) => signals.push(s), stallMs: 3000, backoff: { baseMs: 250, maxMs: 2000 } });
  undo.push(() => relay.stop());
  relay.ensure(camera, sim.sourceOf(camera));

  const dir = await mkdtemp(join(tmpdir(), 'scpm-video-e2e-'));
  undo.push(() => rm(dir, { recursive: true, force: true }));
  await bundleTilesPage(dir);
  const pages = await serveTilesPage(dir);
  undo.push(() => pages.close());
  const browser = await launchChromium({ width: 640, height: 360 });
  undo.push(() => browser.close());
  let signed = 0;
  const sign = (cam: string): string => {
    signed += 1;
    return signedPlayUrl(cam, { base: media.wsBase, secret: SECRET, ttlS: 60, now: Date.now() }).url;
  };
  const page = await openTilesPage(browser.context, pages.origin, { cols: 1, rows: 1, tileW: 640, tileH: 360 }, sign);
  t.regex(await page.renderer(), /swiftshader|llvmpipe/i, 'WebGL on a software renderer, not a fallback');

  await until(() => signals.find((s) => s.state === 'live'), 30_000, 'the relay to be live');
  await page.open([camera]);
  await until(async () => (await stateOf(page, camera)) === 'playing', 30_000, 'the tile to play');
  await page.sample(200);

  // The canvas shows current pictures: their sender clock is within a few seconds of the browser's, and it moves.
  await sleep(1500);
  const first = await decodedFor(page, 3000);
  t.true(first.length >= 8, `clock decoded from the canvas (${first.length} samples)`);
  const latencies = first.map((s) => s.at - s.sentAt);
  t.true(latencies.every((l) => l > -100 && l < 4000), `on-screen latency plausible: ${latencies.join(', ')} ms`);
  t.true(first.at(-1)!.sentAt - first[0]!.sentAt >= 1500, 'new pictures keep reaching the canvas');
  t.log(`on-screen latency p50 ${latencies.sort((a, b) => a - b)[Math.floor(latencies.length / 2)]} ms`);

  // Only signed addresses play: unsigned, expired, signed for another camera or with another secret are refused.
  const path = streamPathOf(camera);
  const now = Math.floor(Date.now() / 1000);
  const refused = {
    unsigned: `${media.wsBase}${path}.flv`,
    expired: `${media.wsBase}${path}.flv?sign=${signStreamPath(path, now - 5, SECRET)}`,
    foreign: `${media.wsBase}${path}.flv?sign=${signStreamPath(streamPathOf('cam-11680-00001'), now + 60, SECRET)}`,
    'other secret': `${media.wsBase}${path}.flv?sign=${signStreamPath(path, now + 60, 'not-the-secret-at-all')}`,
  };
  for (const [what, url] of Object.entries(refused)) t.is((await wsBytes(url, 2000)).length, 0, `${what} WS-FLV address refused`);
  const unsignedHttp = await fetch(`${media.httpBase}${path}.flv`);
  t.is((await unsignedHttp.arrayBuffer()).byteLength, 0, 'unsigned HTTP-FLV gets no video');
  const ok = await wsBytes(sign(camera), 2000);
  t.is(ok.subarray(0, 3).toString('latin1'), 'FLV', 'a signed address plays');

  // Cut the camera: the relay and the tile say no-signal.
  const signedBefore = signed;
  await sim.stop(camera);
  const cutAt = Date.now();
  await until(() => signals.slice(1).find((s) => s.state === 'no-signal'), 20_000, 'the relay to report no-signal');
  await until(async () => (await stateOf(page, camera)) === 'no-signal', 20_000, 'the tile to show no-signal');
  t.log(`no-signal on the page after ${Date.now() - cutAt} ms`);

  // Back on: both recover by themselves, with fresh pictures on the canvas.
  await sim.start(camera);
  const backAt = Date.now();
  await until(() => signals.filter((s) => s.state === 'live').length >= 2, 45_000, 'the relay to be live again');
  await until(async () => (await stateOf(page, camera)) === 'playing', 45_000, 'the tile to play again');
  t.log(`playing again ${Date.now() - backAt} ms after the camera came back`);
  const again = await decodedFor(page, 2500);
  t.true(again.length >= 5 && again.every((s) => s.sentAt > backAt - 1000), 'pictures sent after the camera came back');
  t.true(signed > signedBefore, 'the page asked for a fresh signed address to reconnect');
  const history = (await page.states())[camera]?.history ?? [];
  t.deepEqual(history.filter((s, i) => s !== history[i - 1]).slice(0, 1), ['playing']);
  t.true(history.includes('no-signal'));
  t.deepEqual(page.errors, [], 'no uncaught errors in the page');
  await page.close();
});
