/**
 * @module wall/commands/command-box
 * The push-to-talk command box: a line at the bottom of the wall, opened with `/` (type) or by holding
 * Space (speak, where the browser recognizes speech), or with the small microphone button. The words go
 * to `POST /api/v1/commands/interpret` with what the wall has selected; the command that comes back is
 * issued (source `voice` when spoken, `keyboard` when typed) with the words and the parser's confidence.
 * A question comes with its choices as buttons; words that fit nothing, or a command the person's role
 * may not give, are said in the box. Also the wall's keys (./keyboard.ts), issued with source `keyboard`.
 */
import type { Command, CommandSource, InterpretRequest, InterpretResponse } from '../../../server/contracts/index.ts';
import { CommandRequestError } from '../api/commands.ts';
import { toViewport, type Frame } from '../state/frame.ts';
import type { WallState } from '../state/wall-state.ts';
import { answerOf } from './answer.ts';
import type { IssueOutcome } from './command-bus.ts';
import { keyCommand } from './keyboard.ts';
import type { MapPlaces } from './places.ts';
import type { Speech } from './speech.ts';
import { noticeText, statusWord } from './words.ts';

export interface CommandBoxDeps {
  state: WallState;
  places: MapPlaces;
  interpret(req: InterpretRequest): Promise<InterpretResponse>;
  issue(commands: Command[], source: CommandSource, utterance?: string, confidence?: number): Promise<IssueOutcome>;
  speech: Speech | null;
}

export interface CommandBox {
  readonly isOpen: boolean;
  /** Opens the box for typing. */
  open(): void;
  close(): void;
  /** Opens the box and listens (typing only where there is no speech recognition). */
  listen(): void;
  stopListening(): void;
  /** Interprets words and issues the command they name. */
  submit(text: string, source: 'voice' | 'keyboard'): Promise<void>;
  /** Puts the microphone button in the header's free space beside the screen tabs (the corner on a portrait screen). */
  place(frame: Frame): void;
}

/** Where the header leaves room (wall/scene/header.ts: the tabs end 1250 from the right edge), in logical pixels. */
export const OPENER_SLOT = { fromRight: 1230, y: 28, size: 84 } as const;

const CLOSE_AFTER_MS = 1_500;

const css = (el: HTMLElement, style: Partial<CSSStyleDeclaration>): void => {
  Object.assign(el.style, style);
};

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, style: Partial<CSSStyleDeclaration>, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  css(el, style);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

const BUTTON: Partial<CSSStyleDeclaration> = {
  font: 'inherit', color: '#e2e8f0', background: '#1e293b', border: '2px solid #38bdf8', borderRadius: '10px', padding: '8px 16px', cursor: 'pointer',
};

function micIcon(doc: Document): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = doc.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '26');
  svg.setAttribute('height', '26');
  svg.setAttribute('aria-hidden', 'true');
  const path = doc.createElementNS(ns, 'path');
  path.setAttribute('fill', 'currentColor');
  path.setAttribute('d', 'M12 14a3 3 0 0 0 3-3V5a3 3 0 0 0-6 0v6a3 3 0 0 0 3 3zm5-3a5 5 0 0 1-10 0H5a7 7 0 0 0 6 6.92V21h2v-3.08A7 7 0 0 0 19 11h-2z');
  svg.appendChild(path);
  return svg;
}

export function createCommandBox(doc: Document, d: CommandBoxDeps): CommandBox {
  const { state } = d;
  const box = element(doc, 'div', {
    position: 'fixed', left: '50%', bottom: '24px', transform: 'translateX(-50%)', width: 'min(960px, 92vw)', zIndex: '20',
    background: 'rgba(15, 23, 42, 0.95)', border: '2px solid #38bdf8', borderRadius: '16px', padding: '14px 16px', color: '#e2e8f0',
    font: "22px 'Noto Sans CJK KR', 'Noto Sans KR', sans-serif", boxShadow: '0 8px 32px rgba(0,0,0,.5)',
  }, { id: 'scpm-command', role: 'dialog', 'aria-label': 'Command' });
  box.hidden = true;
  const row = element(doc, 'div', { display: 'flex', gap: '12px', alignItems: 'center' });
  const mic = element(doc, 'button', { ...BUTTON, padding: '6px 10px', display: 'flex' }, { type: 'button', 'aria-label': 'Speak' });
  mic.appendChild(micIcon(doc));
  const input = element(doc, 'input', {
    flex: '1', font: 'inherit', color: '#f8fafc', background: 'transparent', border: 'none', borderBottom: '2px solid #334155', padding: '6px 4px', outline: 'none',
  }, { id: 'scpm-command-input', type: 'text', autocomplete: 'off', spellcheck: 'false', 'aria-label': 'Command' });
  const closeButton = element(doc, 'button', { ...BUTTON, borderColor: '#475569' }, { type: 'button' });
  const status = element(doc, 'div', { marginTop: '10px', minHeight: '1.3em', color: '#94a3b8' }, { id: 'scpm-command-status', 'aria-live': 'polite' });
  const options = element(doc, 'div', { display: 'flex', flexWrap: 'wrap', gap: '10px', marginTop: '10px' }, { id: 'scpm-command-options' });
  row.append(mic, input, closeButton);
  box.append(row, status, options);
  // The small button that opens the box, always there.
  const opener = element(doc, 'button', {
    ...BUTTON, position: 'fixed', right: '18px', bottom: '18px', zIndex: '19', borderRadius: '50%', width: '52px', height: '52px',
    padding: '0', display: 'grid', placeItems: 'center', opacity: '0.8', background: 'rgba(15, 23, 42, 0.85)',
  }, { id: 'scpm-command-open', type: 'button', 'aria-label': 'Speak or type a command' });
  opener.appendChild(micIcon(doc));
  doc.body.append(box, opener);

  let stop: (() => void) | null = null;
  let closeTimer: ReturnType<typeof setTimeout> | null = null;
  const say = (text: string, color = '#94a3b8'): void => {
    status.textContent = text;
    status.style.color = color;
  };
  const clearOptions = (): void => options.replaceChildren();
  const show = (): void => {
    if (closeTimer) clearTimeout(closeTimer);
    closeTimer = null;
    box.hidden = false;
    input.placeholder = statusWord(state.language, 'placeholder');
    closeButton.textContent = statusWord(state.language, 'close');
  };

  const api: CommandBox = {
    get isOpen() {
      return !box.hidden;
    },
    open() {
      show();
      input.focus();
    },
    close() {
      api.stopListening();
      box.hidden = true;
      input.value = '';
      say('');
      clearOptions();
      input.blur();
    },
    listen() {
      // Typing only: the box opens for the keyboard. Listening leaves the focus where it is, so the
      // key held to talk is not typed into the box.
      if (!d.speech) {
        api.open();
        return say(statusWord(state.language, 'noSpeech'));
      }
      show();
      if (stop) return;
      clearOptions();
      say(statusWord(state.language, 'listening'), '#38bdf8');
      stop = d.speech.listen(state.language, {
        interim: (text) => (input.value = text),
        final: (text) => {
          stop = null;
          input.value = text;
          void api.submit(text, 'voice');
        },
        error: (code) => {
          stop = null;
          say(code === 'not-allowed' || code === 'service-not-allowed' ? statusWord(state.language, 'micBlocked') : code, '#f59e0b');
        },
        end: () => {
          stop = null;
        },
      });
    },
    stopListening() {
      stop?.();
      stop = null;
    },
    place(f) {
      if (f.orientation === 'portrait') {
        css(opener, { left: '', top: '', right: '18px', bottom: '18px', width: '52px', height: '52px' });
        return;
      }
      const [x, y] = toViewport(f, f.width - OPENER_SLOT.fromRight, OPENER_SLOT.y);
      const size = `${Math.max(28, Math.round(OPENER_SLOT.size * f.scale))}px`;
      css(opener, { left: `${Math.round(x)}px`, top: `${Math.round(y)}px`, right: '', bottom: '', width: size, height: size });
    },
    async submit(text, source) {
      const words = text.trim();
      if (!words) return;
      clearOptions();
      say(statusWord(state.language, 'thinking'));
      const lang = state.language;
      const selection = { ...(state.selected ? { district: state.selected } : {}), ...(state.selectedIncident ? { incident: state.selectedIncident } : {}) };
      let answer;
      try {
        answer = answerOf(await d.interpret({ utterance: words.slice(0, 500), lang, selection }), lang, d.places);
      } catch (err) {
        const text = err instanceof CommandRequestError && err.status !== 0 ? err.detail : noticeText(lang, 'unreachable');
        return say(text, '#ef4444');
      }
      switch (answer.kind) {
        case 'issue':
          return done(await d.issue([answer.command], source, words, answer.confidence), words);
        case 'refused':
        case 'none':
          return say(answer.text, '#f59e0b');
        case 'ask':
          say(answer.question, '#e2e8f0');
          for (const option of answer.options) {
            const b = element(doc, 'button', BUTTON, { type: 'button' });
            b.textContent = option.label;
            b.addEventListener('click', () => void d.issue([option.command], source, words).then((outcome) => done(outcome, input.value)));
            options.append(b);
          }
          return;
      }
    },
  };

  /** After a command is issued: the box says so for a moment, then closes unless new words are being typed. */
  const done = (outcome: IssueOutcome, words: string): void => {
    clearOptions();
    if (!outcome.ok) return say(state.notice?.text ?? noticeText(state.language, 'unreachable'), '#ef4444');
    say(`✓ ${statusWord(state.language, 'done')}`, '#22c55e');
    input.select();
    if (closeTimer) clearTimeout(closeTimer);
    closeTimer = setTimeout(() => {
      closeTimer = null;
      if (input.value === words) api.close();
    }, CLOSE_AFTER_MS);
  };

  input.addEventListener('keydown', (e) => {
    e.stopPropagation();
    if (e.key === 'Enter') void api.submit(input.value, 'keyboard');
    if (e.key === 'Escape') api.close();
  });
  input.addEventListener('keyup', (e) => e.stopPropagation());
  mic.addEventListener('click', () => (stop ? api.stopListening() : api.listen()));
  opener.addEventListener('click', () => (d.speech ? api.listen() : api.open()));
  closeButton.addEventListener('click', () => api.close());
  return api;
}

const typing = (t: EventTarget | null): boolean =>
  t instanceof HTMLElement && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable);

/** The wall's keys: `/` opens the box, Space held talks, the rest are commands (./keyboard.ts). */
export function attachCommandKeys(win: Window, box: CommandBox, d: Pick<CommandBoxDeps, 'state' | 'issue'>): () => void {
  const down = (e: KeyboardEvent): void => {
    if (typing(e.target)) return;
    if (e.key === '/') {
      e.preventDefault();
      return box.open();
    }
    if (e.key === ' ') {
      e.preventDefault();
      if (!e.repeat) box.listen();
      return;
    }
    const s = d.state;
    const command = keyCommand(e, { language: s.language, playing: s.carousel.playing, muted: s.muted, screens: s.layout.screens.map((x) => x.id) });
    if (!command) return;
    e.preventDefault();
    void d.issue([command], 'keyboard');
  };
  const up = (e: KeyboardEvent): void => {
    if (e.key === ' ' && !typing(e.target)) box.stopListening();
  };
  win.addEventListener('keydown', down);
  win.addEventListener('keyup', up, true);
  return () => {
    win.removeEventListener('keydown', down);
    win.removeEventListener('keyup', up, true);
  };
}
