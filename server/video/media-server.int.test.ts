/**
 * The embedded media server with real sockets and a real ffmpeg publisher: ports, one server per
 * process, publishing only over RTMP from this machine, signed play, viewers let go when the
 * publisher ends, and a close() that frees both ports.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import test from 'ava';
import { pino } from 'pino';
import WebSocket from 'ws';
import { startMediaServer, MediaServerError } from './media-server.ts';
import { signedPlayUrl } from './play-url.ts';

const log = pino({ level: 'silent' });
const SECRET = 'media-server-test-secret';
const CAMERA = 'cam-11680-00001';
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function canBind(port: number): Promise<boolean> {
  const s = createServer();
  return new Promise((resolve) => {
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

/** Bytes received on a WebSocket within `ms`, and whether the server closed it. */
function watchSocket(url: string, ms: number, protocol?: string): Promise<{ bytes: Buffer; closedByServer: boolean }> {
  return new Promise((resolve) => {
    const ws = protocol ? new WebSocket(url, protocol) : new WebSocket(url);
    const chunks: Buffer[] = [];
    let done = false;
    const finish = (closedByServer: boolean): void => {
      if (done) return;
      done = true;
      ws.terminate();
      resolve({ bytes: Buffer.concat(chunks), closedByServer });
    };
    ws.on('message', (d: Buffer) => chunks.push(d));
    ws.on('close', () => finish(true));
    ws.on('error', () => finish(true));
    setTimeout(() => finish(false), ms);
  });
}

function publish(rtmpUrl: string): ReturnType<typeof spawn> {
  return spawn('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-nostdin', '-re', '-f', 'lavfi', '-i', 'testsrc2=size=320x180:rate=15', '-pix_fmt', 'yuv420p', '-c:v', 'libx264', '-preset', 'veryfast', '-tune', 'zerolatency', '-g', '15', '-f', 'flv', rtmpUrl], { stdio: 'ignore' });
}

async function until(ok: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

test.serial('it listens on 127.0.0.1, runs once per process, and close() frees both ports for a new server', async (t) => {
  const server = await startMediaServer({ rtmpPort: 0, httpPort: 0, secret: SECRET, log });
  t.regex(server.wsBase, /^ws:\/\/127\.0\.0\.1:\d+$/);
  t.is(server.rtmpUrl('live', CAMERA), `rtmp://127.0.0.1:${server.rtmpPort}/live/${CAMERA}`);
  t.false(await canBind(server.rtmpPort));
  t.false(await canBind(server.httpPort));
  await t.throwsAsync(startMediaServer({ rtmpPort: 0, httpPort: 0, secret: SECRET, log }), { instanceOf: MediaServerError });
  await server.close();
  t.true(await canBind(server.rtmpPort), 'RTMP port free');
  t.true(await canBind(server.httpPort), 'HTTP port free');
  const again = await startMediaServer({ rtmpPort: server.rtmpPort, httpPort: server.httpPort, secret: null, log });
  await again.close();
});

test.serial('a port in use is an error of start, not an exit of the process', async (t) => {
  const blocker = createServer();
  blocker.listen(0, '127.0.0.1');
  await once(blocker, 'listening');
  const port = (blocker.address() as { port: number }).port;
  await t.throwsAsync(startMediaServer({ rtmpPort: port, httpPort: 0, secret: SECRET, log }), { instanceOf: MediaServerError, message: /cannot listen/ });
  blocker.close();
  const after = await startMediaServer({ rtmpPort: 0, httpPort: 0, secret: SECRET, log });
  await after.close();
});

test.serial('RTMP from this machine publishes; FLV over WebSocket may not; signed viewers play, and are let go when the publisher ends', async (t) => {
  t.timeout(60_000);
  const viewers: string[] = [];
  const server = await startMediaServer({ rtmpPort: 0, httpPort: 0, secret: SECRET, log, onViewer: (e) => viewers.push(`${e.joined ? '+' : '-'}${e.app}/${e.stream}`) });
  t.teardown(() => server.close());
  const ffmpeg = publish(server.rtmpUrl('live', CAMERA));
  t.teardown(() => void ffmpeg.kill('SIGKILL'));
  await until(() => server.publishing().includes(`/live/${CAMERA}`), 20_000, 'the publisher');

  const rogue = await watchSocket(`${server.wsBase}/live/cam-11680-00002.flv`, 1500, 'publisher');
  t.true(rogue.closedByServer, 'a WebSocket publisher is turned away');
  t.false(server.publishing().includes('/live/cam-11680-00002'));

  const refused = await watchSocket(`${server.wsBase}/live/${CAMERA}.flv`, 1500);
  t.true(refused.closedByServer && refused.bytes.length === 0, 'an unsigned viewer is turned away');

  const url = signedPlayUrl(CAMERA, { base: server.wsBase, secret: SECRET, ttlS: 60, now: Date.now() }).url;
  const viewer = watchSocket(url, 20_000);
  await sleep(1500);
  ffmpeg.kill('SIGTERM');
  const seen = await viewer;
  t.is(seen.bytes.subarray(0, 3).toString('latin1'), 'FLV', 'the signed viewer got the stream');
  t.true(seen.bytes.length > 5000);
  t.true(seen.closedByServer, 'and was let go when the publisher ended');
  await until(() => server.publishing().length === 0, 5000, 'the stream to end');
  await until(() => viewers.length >= 2, 5000, 'the viewer to leave');
  t.deepEqual(viewers, [`+live/${CAMERA}`, `-live/${CAMERA}`], 'only the accepted viewer is counted, once in and once out');
});
