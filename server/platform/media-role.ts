/**
 * @module platform/media-role
 * The `media` role: the media server (node-media-server, 127.0.0.1 only, signed play addresses) and
 * the relays that pull cameras into it, on demand. The first accepted viewer of `/live/<camera>`
 * starts that camera's relay from the stream address in the registry (`cameras.stream_url`); the
 * relay stops once nobody watched it for a while. Signal states go live on `cameras/city/signals`
 * (coalesced, and again every few seconds for API replicas that start later).
 * One media role per machine: node-media-server keeps process-wide state and owns its ports.
 */
import type { Logger } from 'pino';
import { channels, CameraIdSchema, type CameraSignal, type CameraSignals } from '../contracts/index.ts';
import type { Config } from '../config.ts';
import { getCamera } from '../store/cameras.ts';
import { createDemand } from '../video/demand.ts';
import { startMediaServer, type MediaServer } from '../video/media-server.ts';
import { createRelay } from '../video/relay.ts';
import type { Role } from './role.ts';
import type { Services } from './services.ts';

/** The application viewers play from: `/live/<camera>.flv`. */
export const LIVE_APP = 'live';
const SWEEP_MS = 5_000;
const IDLE_MS = 30_000;
const COALESCE_MS = 250;
const REFRESH_MS = 10_000;

export interface MediaRole extends Role {
  media: MediaServer;
  /** Cameras relayed now, with their viewers. */
  running(): Array<{ camera: string; viewers: number }>;
}

export async function startMediaRole(svc: Services, cfg: Config, log: Logger): Promise<MediaRole> {
  const mlog = log.child({ role: 'media' });
  const signals = new Map<string, CameraSignal>();
  let timer: NodeJS.Timeout | null = null;
  const publish = (): void => {
    timer = null;
    const at = new Date().toISOString();
    const data: CameraSignals = { signals: [...signals.values()].sort((a, b) => a.camera.localeCompare(b.camera)), asOf: at };
    svc.bus.publishLive({ channel: channels.cameraSignals(), data, at });
  };
  const schedule = (): void => {
    timer ??= setTimeout(publish, COALESCE_MS);
  };

  /** Starts a camera's relay from its registry address; a camera without one stays without signal. */
  const start = (camera: string): void => {
    void getCamera(svc.db, camera)
      .then((c) => {
        if (!c?.streamUrl) return void mlog.warn({ camera }, 'a viewer asked for a camera with no stream address');
        relay.ensure(camera, c.streamUrl);
      })
      .catch((err: unknown) => mlog.error({ err, camera }, 'could not start the relay'));
  };
  const stop = (camera: string): void => {
    signals.delete(camera);
    schedule();
    void relay.drop(camera).catch((err: unknown) => mlog.error({ err, camera }, 'could not stop the relay'));
  };
  const demand = createDemand({ start, stop, idleMs: IDLE_MS, maxRelays: cfg.MEDIA_MAX_RELAYS, now: Date.now });

  const media = await startMediaServer({
    rtmpPort: cfg.MEDIA_RTMP_PORT,
    httpPort: cfg.MEDIA_HTTP_PORT,
    secret: cfg.MEDIA_SECRET,
    log: mlog,
    onViewer(e) {
      if (e.app !== LIVE_APP || !CameraIdSchema.safeParse(e.stream).success) return;
      if (e.joined) demand.viewerJoined(e.stream);
      else demand.viewerLeft(e.stream);
    },
  });
  const relay = createRelay({
    ffmpegPath: cfg.FFMPEG_PATH,
    ffprobePath: cfg.FFPROBE_PATH,
    rtmpBase: `rtmp://127.0.0.1:${media.rtmpPort}`,
    log: mlog,
    onSignal(s) {
      signals.set(s.camera, s);
      schedule();
    },
  });

  mlog.info({ rtmp: media.rtmpPort, http: media.httpPort, maxRelays: cfg.MEDIA_MAX_RELAYS }, 'media server listening on 127.0.0.1');

  const sweep = setInterval(() => {
    const stopped = demand.sweep();
    if (stopped.length > 0) mlog.info({ stopped }, 'relays stopped: nobody watching');
  }, SWEEP_MS);
  const refresh = setInterval(schedule, REFRESH_MS);

  return {
    name: 'media',
    media,
    running: () => demand.running(),
    async stop() {
      clearInterval(sweep);
      clearInterval(refresh);
      if (timer) clearTimeout(timer);
      await relay.stop();
      await media.close();
    },
  };
}
