/**
 * @module wall/calls/call-view
 * The call on screen, as DOM (the wall's canvas is for data): calls ringing for me with who and which
 * incident, answer and decline; the call in progress — the other side's video large, mine small, who,
 * its state and duration, mute, camera, hang up; how the last call ended. One view for the wall's
 * overlay and the call page; rendered from the call client whenever it changes.
 */
import type { Language } from '../../../server/contracts/index.ts';
import type { CallClient } from './call-client.ts';
import { aboutText, callWord, durationText, stateText, whoText } from './call-model.ts';
import { asMediaStream } from './call-rtc.ts';

export interface CallView {
  render(): void;
  /** Whether there is anything to show (a ringing call, a call, or one that just ended). */
  busy(): boolean;
  destroy(): void;
}

/** The last call's ending stays on screen this long. */
const LAST_SHOWN_MS = 15_000;

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, parent: HTMLElement): HTMLElementTagNameMap[K] => {
  const e = document.createElement(tag);
  e.className = cls;
  parent.append(e);
  return e;
};

const button = (parent: HTMLElement, action: string, cls = ''): HTMLButtonElement => {
  const b = el('button', `scpm-call-button ${cls}`.trim(), parent);
  b.type = 'button';
  b.dataset['action'] = action;
  return b;
};

function setText(e: HTMLElement, text: string): void {
  if (e.textContent !== text) e.textContent = text;
}

function video(parent: HTMLElement, cls: string, muted: boolean): HTMLVideoElement {
  const v = el('video', cls, parent);
  v.autoplay = true;
  v.playsInline = true;
  v.muted = muted;
  return v;
}

function attach(v: HTMLVideoElement, stream: MediaStream | null): void {
  if (v.srcObject === stream) return;
  v.srcObject = stream;
  if (stream) void v.play().catch(() => undefined);
}

export function createCallView(root: HTMLElement, client: CallClient, me: string, lang: () => Language, now: () => number = Date.now): CallView {
  const ringing = el('div', 'scpm-call-ringing', root);
  const active = el('section', 'scpm-call-active', root);
  const stage = el('div', 'scpm-call-stage', active);
  const remote = video(stage, 'scpm-call-remote', false);
  const local = video(stage, 'scpm-call-local', true);
  const who = el('div', 'scpm-call-who', active);
  const state = el('div', 'scpm-call-state', active);
  const about = el('div', 'scpm-call-about', active);
  const controls = el('div', 'scpm-call-controls', active);
  const mute = button(controls, 'mute');
  const camera = button(controls, 'camera');
  const hangUp = button(controls, 'hang-up', 'scpm-call-danger');
  const last = el('div', 'scpm-call-last', root);
  const error = el('div', 'scpm-call-error', root);
  error.setAttribute('role', 'alert');
  let endedAt = 0;
  let lastId: string | null = null;

  const onClick = (e: Event): void => {
    const b = (e.target as HTMLElement).closest('button');
    const id = b?.dataset['call'];
    switch (b?.dataset['action']) {
      case 'answer':
        if (id) void client.answer(id).catch(() => undefined);
        break;
      case 'decline':
        if (id) client.decline(id);
        break;
      case 'hang-up':
        client.hangUp();
        break;
      case 'mute':
        client.setMuted(!(client.active()?.muted ?? false));
        break;
      case 'camera':
        client.setCameraOff(!(client.active()?.cameraOff ?? false));
        break;
    }
  };
  root.addEventListener('click', onClick);

  const renderRinging = (l: Language): void => {
    const calls = client.ringing();
    const key = calls.map((c) => `${c.id}:${c.version}`).join(',') + l;
    if (ringing.dataset['key'] === key) return;
    ringing.dataset['key'] = key;
    ringing.replaceChildren();
    for (const c of calls) {
      const card = el('article', 'scpm-call-card', ringing);
      card.dataset['call'] = c.id;
      setText(el('div', 'scpm-call-state', card), callWord(l, 'incoming'));
      setText(el('div', 'scpm-call-who', card), whoText(c, me, l));
      const a = aboutText(c, l);
      if (a) setText(el('div', 'scpm-call-about', card), a);
      if (c.reason) setText(el('div', 'scpm-call-about', card), c.reason);
      const row = el('div', 'scpm-call-controls', card);
      const yes = button(row, 'answer', 'scpm-call-accept');
      yes.dataset['call'] = c.id;
      setText(yes, callWord(l, 'answer'));
      const no = button(row, 'decline', 'scpm-call-danger');
      no.dataset['call'] = c.id;
      setText(no, callWord(l, 'decline'));
    }
  };

  const render = (): void => {
    const l = lang();
    renderRinging(l);
    const a = client.active();
    active.hidden = a === null;
    if (a) {
      attach(remote, asMediaStream(a.remote));
      attach(local, asMediaStream(a.local));
      setText(who, whoText(a.call, me, l));
      const media = a.connectionState === 'connected' ? 'connected' : 'connecting';
      const time = durationText(a.call, now());
      setText(state, `${stateText(a.call, me, l, media)}${time ? ` · ${time}` : ''}`);
      setText(about, aboutText(a.call, l) ?? a.call.reason ?? '');
      setText(mute, callWord(l, a.muted ? 'unmute' : 'mute'));
      setText(camera, callWord(l, a.cameraOff ? 'cameraOn' : 'cameraOff'));
      setText(hangUp, callWord(l, 'hangUp'));
      active.dataset['call'] = a.call.id;
      active.dataset['state'] = a.call.state;
      active.dataset['media'] = a.connectionState;
    } else {
      attach(remote, null);
      attach(local, null);
    }
    const ended = client.last();
    if (ended && ended.id !== lastId) {
      lastId = ended.id;
      endedAt = now();
    }
    last.hidden = a !== null || ended === null || now() - endedAt > LAST_SHOWN_MS;
    if (ended) setText(last, `${whoText(ended, me, l)} — ${stateText(ended, me, l)}${ended.times.answered ? ` · ${durationText(ended, now())}` : ''}`);
    const problem = client.error();
    error.hidden = problem === null;
    setText(error, problem === null ? '' : `${callWord(l, 'failed')}: ${problem}`);
  };

  render();
  return {
    render,
    busy: () => client.active() !== null || client.ringing().length > 0 || !last.hidden || !error.hidden,
    destroy() {
      root.removeEventListener('click', onClick);
      root.replaceChildren();
    },
  };
}

/** The view's look: `.scpm-call-overlay` over the wall, `.scpm-call-page` on its own page. */
export const CALL_VIEW_CSS = `
.scpm-call-overlay { position: fixed; right: 2vw; bottom: 3vh; width: min(36vw, 960px); z-index: 10; display: grid; gap: 12px; }
.scpm-call-overlay[hidden], .scpm-call-overlay [hidden], .scpm-call-page [hidden] { display: none !important; }
.scpm-call-overlay, .scpm-call-page { font: 18px 'Noto Sans CJK KR', 'Noto Sans KR', sans-serif; color: #e2e8f0; }
.scpm-call-active, .scpm-call-card, .scpm-call-last, .scpm-call-error { background: rgba(15, 23, 42, 0.94); border: 2px solid #334155; border-radius: 16px; padding: 14px; }
.scpm-call-stage { position: relative; background: #020617; border-radius: 12px; overflow: hidden; aspect-ratio: 16 / 9; }
.scpm-call-remote { width: 100%; height: 100%; object-fit: cover; display: block; }
.scpm-call-local { position: absolute; right: 10px; bottom: 10px; width: 26%; aspect-ratio: 16 / 9; object-fit: cover; border: 2px solid #38bdf8; border-radius: 8px; background: #0f172a; }
.scpm-call-who { font-size: 1.3em; font-weight: bold; margin-top: 8px; }
.scpm-call-state { color: #38bdf8; font-weight: bold; }
.scpm-call-about { color: #94a3b8; }
.scpm-call-controls { display: flex; gap: 10px; margin-top: 10px; flex-wrap: wrap; }
.scpm-call-button { font: inherit; font-weight: bold; padding: 10px 18px; min-height: 48px; border-radius: 10px; border: 0; background: #334155; color: #e2e8f0; cursor: pointer; }
.scpm-call-accept { background: #16a34a; }
.scpm-call-danger { background: #dc2626; }
.scpm-call-error { border-color: #dc2626; }
.scpm-call-page { max-width: 1100px; margin: 0 auto; padding: 16px; display: grid; gap: 14px; }
.scpm-call-page .scpm-call-stage { max-height: 70vh; }
`;
