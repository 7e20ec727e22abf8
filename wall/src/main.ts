/**
 * @module wall/main
 * Boots the wall: reads the URL, loads the layout and the map asset, starts PixiJS (WebGL), opens
 * `/live`, and runs the frame loop — the network, gestures and commands change the state; once per
 * frame, when the state changed, the scene is reconciled from it and rendered. Commands (the command
 * box, keys, a tablet) go through the command bus: posted for this wall and applied from its feed.
 */
// The platform's Content-Security-Policy forbids eval: PixiJS then builds its shaders without it.
import 'pixi.js/unsafe-eval';
import { channels, defaultWallId, StoredLayoutSchema, WallFeedSchema, type Command } from '../../server/contracts/index.ts';
import { commandRoutes } from './api/commands.ts';
import { carouselStep } from './commands/carousel.ts';
import { attachCommandKeys, createCommandBox } from './commands/command-box.ts';
import { createCommandBus } from './commands/command-bus.ts';
import { placesOf } from './commands/places.ts';
import { browserSpeech } from './commands/speech.ts';
import { ApiError, fetchHistory, fetchLayout, fetchMapAsset, fetchMe, fetchSources, fetchStations } from './api/rest.ts';
import { fetchCityScore, fetchDrilldown, fetchIndicators, fetchPledges, fetchSeries } from './api/admin.ts';
import { fetchBudget } from './api/budget.ts';
import { fetchCameras, fetchIncident, requestPlay } from './api/safety.ts';
import { RemoteApiError, requestPairing } from './api/remote.ts';
import { parseWallParams } from './boot/params.ts';
import { createLiveClient, type SocketLike } from './live/live-client.ts';
import { applyAction, type WallAction } from './state/actions.ts';
import { anyPlaying, dropStreamState, setStreamState, wantedStreams } from './state/cctv.ts';
import { frameFor, toLogical, type Frame } from './state/frame.ts';
import { applyServerMessage } from './state/live-reducer.ts';
import { applyPairingAction, pairedByFeed, pairingChannels, pairingKey, pairingShown, type PairingAction } from './state/pairing.ts';
import { createWallState, type WallState } from './state/wall-state.ts';
import { measureTextOnDocumentCanvas } from './scene/text.ts';
import { WallScene } from './scene/wall-scene.ts';
import { PairingOverlay } from './scene/pairing-overlay.ts';
import { adminEffects } from './systems/admin-effects.ts';
import { createGestureLog, recordGesture } from './systems/gesture-dispatch.ts';
import { attachGestures } from './systems/gestures.ts';
import { DEFAULT_DATA_HZ, shouldRender } from './systems/render-policy.ts';
import { pairingEffects } from './systems/pairing-effects.ts';
import { createRenderer } from './systems/renderer.ts';
import { safetyEffects } from './systems/safety-effects.ts';
import { createVideoTiles } from './systems/video-tiles.ts';
import { openVideoStream } from './video/video-stream.ts';
import { qrMatrix } from './tablet/qr.ts';
import { exposeTestHook, type FrameStats } from './test-hook.ts';
import { createCallOverlay } from './calls/call-overlay.ts';

const HISTORY_REFRESH_MS = 5 * 60_000;
/** A district with no stored history yet (a new deployment) is asked again sooner. */
const HISTORY_EMPTY_RETRY_MS = 10_000;
const base = location.origin;

function fail(message: string): never {
  const boot = document.getElementById('boot');
  if (boot) {
    boot.hidden = false;
    boot.textContent = `SCPM: ${message}`;
  }
  throw new Error(message);
}

async function loadReferences(state: WallState): Promise<void> {
  const [sources, stations] = await Promise.allSettled([fetchSources(base), fetchStations(base)]);
  if (sources.status === 'fulfilled') state.catalog = new Map(sources.value.map((s) => [s.id, s]));
  if (stations.status === 'fulfilled') state.stations = stations.value;
  state.version += 1;
}

/** Keeps the selected district's 24-hour history loaded (on selection, then every few minutes). */
function historyEffect(state: WallState): () => void {
  let loading: string | null = null;
  return () => {
    const code = state.selected;
    if (!code || loading === code) return;
    const held = state.history.get(code);
    const now = Date.now();
    if (held?.status === 'loading') return;
    const empty = held?.status === 'ready' && Object.values(held.series).every((points) => points.length === 0);
    if (held && now - held.loadedAt < (empty || held.status === 'error' ? HISTORY_EMPTY_RETRY_MS : HISTORY_REFRESH_MS)) return;
    loading = code;
    if (!held) state.history.set(code, { status: 'loading', requestedAt: now });
    fetchHistory(base, code, now)
      .then((series) => state.history.set(code, { status: 'ready', loadedAt: Date.now(), series }))
      .catch((err: unknown) => state.history.set(code, { status: 'error', loadedAt: Date.now(), message: err instanceof Error ? err.message : String(err) }))
      .finally(() => {
        loading = null;
        state.version += 1;
      });
  };
}

async function main(): Promise<void> {
  const params = parseWallParams(location.search);
  if (!params.ok) fail(`invalid address: ${params.error}`);
  const { screen, lang, hz } = params.params;
  const me = await fetchMe(base).catch(() => null);
  // Without an explicit role or user, the wall is the signed-in person's own, or the public one.
  const own = params.params.role === null && params.params.user === null;
  const role = params.params.role ?? me?.role ?? 'public';
  const user = own ? (me?.login ?? null) : params.params.user;
  const self = me !== null && (own || params.params.user === me.login);
  const district = params.params.district ?? (self ? (me.districts[0] ?? null) : null);
  const mapUrl = document.querySelector<HTMLMetaElement>('meta[name="scpm-map"]')?.content ?? fail('map asset missing from the page');
  const [stored, asset] = await Promise.all([fetchLayout(base, { role, user, district }), fetchMapAsset(new URL(mapUrl, location.href).href)]).catch((err: unknown) => {
    // A layout this visitor may not see: sign in, then come back here.
    if (err instanceof ApiError && (err.status === 401 || err.status === 403)) {
      location.assign(`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}${lang ? `&lang=${lang}` : ''}`);
    }
    return fail(err instanceof Error ? err.message : String(err));
  });
  const state = createWallState(stored.layout, Date.now(), { screen, language: lang });
  state.signedIn = me?.login ?? null;
  void loadReferences(state);

  const host = document.getElementById('wall')!;
  measureTextOnDocumentCanvas();
  const app = await createRenderer(host);
  document.getElementById('boot')!.hidden = true;
  // Each (re)connection of a tile asks for a fresh signed address: the server records every one.
  const videos = createVideoTiles({
    open: (req, onState) => openVideoStream({ getUrl: () => requestPlay(base, req.camera, req.incident).then((g) => g.url), onState }),
    onState: (camera, s) => setStreamState(state, camera, s),
    onClose: (camera) => dropStreamState(state, camera),
  });
  const safety = safetyEffects({
    state,
    bounds: asset.bounds,
    fetchCameras: (target, limit) => fetchCameras(base, target, limit),
    fetchIncident: (id) => fetchIncident(base, id),
    now: Date.now,
  });
  const admin = adminEffects({
    state,
    api: {
      indicators: () => fetchIndicators(base),
      series: (id) => fetchSeries(base, id),
      drilldown: (id, period, by) => fetchDrilldown(base, id, period, by),
      pledges: () => fetchPledges(base),
      score: (scope, from) => fetchCityScore(base, scope, from),
      budget: (month) => fetchBudget(base, month),
    },
    now: Date.now,
  });
  const scene = new WallScene(asset, videos);
  app.stage.addChild(scene.root);
  // The wall this page is: named in the address, else the person's role's (the public wall has none).
  const wallId = params.params.wall ?? (me ? defaultWallId(role, district) : null);
  // Pairing a tablet (key P): the code and its QR code over the wall, until a tablet drives it.
  const pairingOverlay = new PairingOverlay(qrMatrix, base);
  app.stage.addChild(pairingOverlay.root);
  const pairing = pairingEffects({
    state,
    request: (wall) => requestPairing(base, wall),
    now: Date.now,
    problem: (err) => (err instanceof RemoteApiError ? err.detail : err instanceof Error ? err.message : String(err)),
  });

  let frame: Frame = frameFor(host.clientWidth, host.clientHeight);
  let urgent = true;
  new ResizeObserver(() => {
    app.renderer.resize(host.clientWidth, host.clientHeight);
    frame = frameFor(host.clientWidth, host.clientHeight);
    box.place(frame);
    urgent = true;
  }).observe(host);

  const layoutChannel = channels.layout(stored.scope, stored.owner);
  const places = placesOf(asset);
  const routes = commandRoutes(base);
  const live = createLiveClient({
    url: `${base.replace(/^http/, 'ws')}/live`,
    createSocket: (url) => new WebSocket(url) as unknown as SocketLike,
    onStatus: (status, attempt) => {
      state.connection = { ...state.connection, status, since: Date.now(), attempts: attempt };
      if (status === 'open') void loadReferences(state);
      state.version += 1;
    },
    onMessage: (msg) => {
      if (calls?.receive(msg)) return;
      // A tablet's first command on this wall's feed: it has paired, the code can go.
      if ((msg.type === 'snapshot' || msg.type === 'update') && state.pairing && msg.channel === channels.wall(state.pairing.wall)) {
        const feed = WallFeedSchema.safeParse(msg.data);
        if (feed.success && pairedByFeed(state, feed.data)) pair({ type: 'pairing.hide' });
      }
      bus.receive(msg);
      if ((msg.type === 'snapshot' || msg.type === 'update') && msg.channel === layoutChannel) {
        const next = StoredLayoutSchema.safeParse(msg.data);
        if (next.success) {
          state.layout = next.data.layout;
          if (!state.layout.screens.some((s) => s.id === state.screenId)) state.screenId = state.layout.startScreen;
          state.version += 1;
        }
        return;
      }
      applyServerMessage(state, msg, Date.now());
    },
  });

  // Calls of the signed-in person, on this wall's /live connection, in an overlay above the canvas.
  const calls = me ? createCallOverlay({ base, me: me.login, send: (msg) => live.send(msg), lang: () => state.language }) : null;

  const act = (action: WallAction | null): void => {
    if (action?.type === 'call.start') return void calls?.startCall(action.target, action.about);
    if (action && applyAction(state, action)) urgent = true;
  };
  function pair(action: PairingAction): void {
    if (!applyPairingAction(state, action)) return;
    state.version += 1;
    urgent = true;
  }
  window.addEventListener('keydown', (ev) => {
    if (ev.repeat || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const target = ev.target as HTMLElement | null;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    // By the key's place, so that a Korean keyboard layout (ㅔ) works too.
    if (ev.code === 'KeyP' || ev.key === 'p' || ev.key === 'P') pair(pairingKey(state, wallId, Date.now()));
    else if (ev.key === 'Escape') pair({ type: 'pairing.hide' });
  });
  const bus = createCommandBus({
    state, wall: wallId, places, routes, act,
    // call-official and hang-up: the call overlay of a signed-in person; an anonymous wall says calls are not available
    calls: calls?.port() ?? null,
    reload: () => void loadReferences(state),
    now: Date.now,
  });
  const box = createCommandBox(document, { state, places, interpret: routes.interpret, issue: bus.issue, speech: browserSpeech(window) });
  attachCommandKeys(window, box, { state, issue: bus.issue });
  box.place(frame);
  const gestures = createGestureLog();
  // A gesture that means a command is issued as one (source touch): audited, and the same on every screen of this wall.
  const command = (cmd: Command): void => void bus.issue([cmd], 'touch');
  attachGestures(app.canvas, {
    toLogical: (cx, cy) => {
      const r = app.canvas.getBoundingClientRect();
      return toLogical(frame, cx - r.left, cy - r.top);
    },
    canvasSize: () => frame,
    pannableAt: (x, y) => scene.pannable(x, y),
    // While the pairing panel is up, a tap anywhere closes it.
    tap: (x, y) => (pairingShown(state) ? pair({ type: 'pairing.hide' }) : act(scene.tap(x, y))),
    pan: (x, y, dx, dy) => act(scene.pan(x, y, dx, dy)),
    zoom: (x, y, f) => act(scene.zoom(x, y, f)),
    longPress: (x, y) => {
      const cmd = scene.longPress(x, y);
      if (cmd) command(cmd);
    },
    command,
    // The right edge opens the gesture help; the bottom edge the command box, listening.
    edgeSwipe: (edge) => {
      if (edge === 'right') act({ type: 'help.show', open: true });
      else if (edge === 'bottom') box.listen();
    },
    context: () => ({ language: state.language, selected: state.selected, districtAt: (x, y) => scene.districtAt(x, y) }),
    gesture: (name) => recordGesture(gestures, name),
  });

  const stats: FrameStats = { frames: 0, renders: 0, lastRenderMs: 0, renderedVersion: -1 };
  const loadHistory = historyEffect(state);
  let rendered = -1;
  let lastRenderAt = 0;
  const loop = (): void => {
    const now = Date.now();
    const second = Math.floor(now / 1000);
    if (second !== state.clock) {
      state.clock = second;
      state.version += 1;
    }
    for (const a of carouselStep(state, now)) act(a);
    bus.tick(now);
    loadHistory();
    safety();
    admin();
    pairing();
    stats.frames += 1;
    if (shouldRender({ changed: state.version !== rendered, urgent, now, lastRenderAt, dataHz: hz ?? DEFAULT_DATA_HZ, playing: anyPlaying(state) })) {
      const t0 = performance.now();
      rendered = state.version;
      stats.renderedVersion = rendered;
      urgent = false;
      lastRenderAt = now;
      live.want([...new Set([...scene.channels(state), layoutChannel, ...pairingChannels(state), ...(bus.channel ? [bus.channel] : []), ...(calls?.channels() ?? [])])]);
      videos.want(wantedStreams(state));
      app.stage.scale.set(frame.scale);
      app.stage.position.set(frame.offsetX, frame.offsetY);
      scene.reconcile(state, frame, now, 1 / frame.scale);
      pairingOverlay.update(state, frame, now);
      app.render();
      stats.renders += 1;
      stats.lastRenderMs = performance.now() - t0;
    }
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  exposeTestHook({
    app, scene, state, stats, frame: () => frame, act,
    pairing: () => pairingOverlay.model(state, Date.now()),
    issue: (command, source) => bus.issue([command], source),
    calls: calls?.hook() ?? null,
    gestures,
  });
}

main().catch((err: unknown) => fail(err instanceof Error ? err.message : String(err)));
