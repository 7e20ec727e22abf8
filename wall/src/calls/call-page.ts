/**
 * @module wall/calls/call-page
 * `/call`: the call page for officials' browsers and tablets. Signed in, it keeps a /live connection
 * for the person's calls: who is calling and about which incident, answer or decline, then the other
 * side's video large and one's own small, mute, camera and hang up. Korean, or English with `?lang=en`.
 */
import type { Language } from '../../../server/contracts/index.ts';
import { fetchMe } from '../api/rest.ts';
import { createLiveClient, type SocketLike } from '../live/live-client.ts';
import { createCallClient } from './call-client.ts';
import { callHook } from './call-hook.ts';
import { callWord } from './call-model.ts';
import { browserMedia, browserPeer } from './call-rtc.ts';
import { CALL_VIEW_CSS, createCallView } from './call-view.ts';
import { hangUpCall, placeCall } from './calls-api.ts';

const base = location.origin;
const STATUS = {
  connecting: { ko: '연결 중…', en: 'Connecting…' },
  open: { ko: '대기 중', en: 'Ready' },
  lost: { ko: '연결 끊김 — 다시 연결합니다', en: 'Connection lost — reconnecting' },
} as const;

async function main(): Promise<void> {
  const lang: Language = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'ko';
  document.documentElement.lang = lang;
  const me = await fetchMe(base);
  if (!me) {
    location.assign(`/sign-in?next=${encodeURIComponent('/call' + location.search)}${lang === 'en' ? '&lang=en' : ''}`);
    return;
  }
  const style = document.createElement('style');
  style.textContent = CALL_VIEW_CSS;
  document.head.append(style);
  document.getElementById('title')!.textContent = `SCPM · ${me.login}`;
  const status = document.getElementById('status')!;
  const idle = document.getElementById('idle')!;
  const root = document.getElementById('calls')!;

  let view: ReturnType<typeof createCallView> | null = null;
  const refresh = (): void => {
    if (!view) return;
    view.render();
    idle.hidden = view.busy();
  };
  const live = createLiveClient({
    url: `${base.replace(/^http/, 'ws')}/live`,
    createSocket: (url) => new WebSocket(url) as unknown as SocketLike,
    onStatus: (s) => {
      status.textContent = STATUS[s][lang];
    },
    onMessage: (msg) => client.receive(msg),
  });
  const client = createCallClient({
    me: me.login,
    send: (msg) => live.send(msg),
    place: (body) => placeCall(base, body),
    hangUpOverRest: (id) => hangUpCall(base, id),
    getMedia: browserMedia,
    createPeer: browserPeer,
    onChange: refresh,
  });
  live.want(client.channels());
  view = createCallView(root, client, me.login, () => lang);
  idle.textContent = callWord(lang, 'noCalls');
  refresh();
  setInterval(refresh, 1000);
  (window as unknown as { __scpm: unknown }).__scpm = { ready: true, login: me.login, ...callHook(client) };
}

main().catch((err: unknown) => {
  const status = document.getElementById('status');
  if (status) status.textContent = `SCPM: ${err instanceof Error ? err.message : String(err)}`;
});
