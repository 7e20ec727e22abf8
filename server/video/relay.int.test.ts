/**
 * The relay manager with real ffmpeg: synthetic cameras (the camera simulator in a child process,
 * with its own camera-side media server) relayed to an in-process media server. Remux and
 * transcode, a camera cut and back, drop and stop leaving no process behind, bad input refused,
 * a missing ffmpeg reported as failed, and a probe that gets no answer.
 */
import { once } from 'node:events';
import { createServer } from 'node:net';
import test from 'ava';
import { pino } from 'pino';
import type { CameraSignal } from '../contracts/camera.ts';
import { spawnCameraSimulator, type SimulatorChild } from '../../scripts/simulator/cameras/child.ts';
import { startMediaServer, type MediaServer } from './media-server.ts';
import { signedPlayUrl } from './play-url.ts';
import { probeSource, ProbeError } from './probe.ts';
import { createRelay, type Relay } from './relay.ts';
import { RelayInputError } from './relay-plan.ts';

const log = pino({ level: 'silent' });
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until<T>(get: () => T | undefined | null | false, ms: number, what: string): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = get();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

interface Rig {
  media: MediaServer;
  sim: SimulatorChild;
  relay: Relay;
  seen: CameraSignal[];
}

async function rig(codec: 'h264' | 'flv1', register: (f: () => Promise<void>) => void): Promise<Rig> {
  const media = await startMediaServer({ rtmpPort: 0, httpPort: 0, secret: 'relay-test-secret-0001', log });
  register(() => media.close());
  const sim = await spawnCameraSimulator({ count: 1, codec, size: '640x360', fps: 15 });
  register(() => sim.close());
  const seen: CameraSignal[] = [];
  const relay = createRelay({ ffmpegPath: 'ffmpeg', rtmpBase: `rtmp://127.0.0.1:${media.rtmpPort}`, log, onSignal: (s) => seen.push(s), backoff: { baseMs: 250, maxMs: 2000 }, stallMs: 3000 });
  register(() => relay.stop());
  return { media, sim, relay, seen };
}

const cleanups = (): { register: (f: () => Promise<void>) => void; run: () => Promise<void> } => {
  const fns: Array<() => Promise<void>> = [];
  return {
    register: (f) => fns.push(f),
    run: async () => {
      for (const f of fns.reverse()) await f();
    },
  };
};

test.serial('an H.264 camera is remuxed; cut, it is no-signal; back, it is live again by itself; stop leaves no ffmpeg', async (t) => {
  t.timeout(120_000);
  const c = cleanups();
  t.teardown(c.run);
  const { media, sim, relay, seen } = await rig('h264', c.register);
  const camera = sim.ready.cameras[0]!;
  t.is(relay.ensure(camera, sim.sourceOf(camera)).state, 'starting');
  t.is(relay.ensure(camera, sim.sourceOf(camera)).state, 'starting', 'ensure again keeps the running relay');
  const live = await until(() => seen.find((s) => s.state === 'live'), 30_000, 'live');
  t.like(live, { camera, mode: 'remux', codec: 'h264', width: 640, height: 360, restarts: 0 });
  t.true(media.publishing().includes(`/live/${camera}`));
  const relayed = await probeSource(media.rtmpUrl('live', camera), { ffprobePath: 'ffprobe', timeoutMs: 10_000 }).catch((e: unknown) => e);
  // the media server signs play, and ffprobe is a player like any other
  t.true(relayed instanceof ProbeError, 'an unsigned RTMP pull of the relayed stream is refused');

  await sim.stop(camera);
  const cut = await until(() => seen.find((s) => s.state === 'no-signal'), 15_000, 'no-signal');
  t.truthy(cut.error);
  await sim.start(camera);
  const back = await until(() => seen.filter((s) => s.state === 'live')[1], 40_000, 'live again');
  t.true(back.restarts >= 1);
  t.deepEqual(relay.signals().map((s) => s.state), ['live']);

  const [child] = relay.children();
  t.truthy(child);
  await relay.stop();
  t.false(alive(child!.pid), 'the relay ffmpeg is gone');
  t.deepEqual(relay.children(), []);
  t.throws(() => relay.ensure(camera, sim.sourceOf(camera)));
});

test.serial('a camera browsers cannot decode is transcoded to 640x360 H.264', async (t) => {
  t.timeout(120_000);
  const c = cleanups();
  t.teardown(c.run);
  const { media, sim, relay, seen } = await rig('flv1', c.register);
  const camera = sim.ready.cameras[0]!;
  relay.ensure(camera, sim.sourceOf(camera));
  const live = await until(() => seen.find((s) => s.state === 'live'), 30_000, 'live');
  t.like(live, { mode: 'transcode', codec: 'flv1' });
  // read the relayed stream back through a signed HTTP-FLV address
  const url = signedPlayUrl(camera, { base: media.httpBase, secret: 'relay-test-secret-0001', ttlS: 60, now: Date.now() }).url;
  const out = await probeSource(url, { ffprobePath: 'ffprobe', timeoutMs: 15_000 });
  t.like(out, { codec: 'h264', width: 640, height: 360, pixFmt: 'yuv420p' });
  const pid = relay.children()[0]!.pid;
  await relay.drop(camera);
  t.false(alive(pid));
  t.deepEqual(relay.signals(), []);
});

test('bad input is refused at once; a missing ffprobe is reported as failed', async (t) => {
  const seen: CameraSignal[] = [];
  const relay = createRelay({ ffmpegPath: 'ffmpeg', ffprobePath: '/nonexistent/ffprobe', rtmpBase: 'rtmp://127.0.0.1:1', log, onSignal: (s) => seen.push(s) });
  t.teardown(() => relay.stop());
  t.throws(() => relay.ensure('cam-11680-00001', 'file:///etc/passwd'), { instanceOf: RelayInputError });
  t.throws(() => relay.ensure('not-a-camera', 'rtsp://10.0.0.1/s'), { instanceOf: RelayInputError });
  relay.ensure('cam-11680-00001', 'rtsp://127.0.0.1:9/s');
  const failed = await until(() => seen.find((s) => s.state === 'failed'), 10_000, 'failed');
  t.regex(failed.error ?? '', /ENOENT/);
  t.is(relay.ensure('cam-11680-00001', 'rtsp://127.0.0.1:9/s').state, 'starting', 'ensure tries a failed camera again');
  await until(() => seen.filter((s) => s.state === 'failed').length === 2, 10_000, 'failed again');
});

test('a source that accepts the connection and says nothing is given up at the probe deadline', async (t) => {
  const silent = createServer(() => undefined);
  silent.listen(0, '127.0.0.1');
  await once(silent, 'listening');
  t.teardown(() => void silent.close());
  const port = (silent.address() as { port: number }).port;
  const started = Date.now();
  await t.throwsAsync(probeSource(`rtmp://127.0.0.1:${port}/cam/x`, { ffprobePath: 'ffprobe', timeoutMs: 1500 }), { instanceOf: ProbeError, message: /no answer within 1500 ms/ });
  t.true(Date.now() - started < 4000);
});
