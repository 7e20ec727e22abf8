/**
 * @module wall/tablet/remote
 * The remote screen's controller: a tap sends its command to the wall driven (as a tablet, with the
 * sender's own permissions: the server may refuse, and its reason is shown as it is); an accepted
 * command becomes part of the tablet's view; the view is sent whole to the wall or to a district
 * head's wall; words go through the interpreter first.
 */
import type { Command, InterpretResponse, Language, LocalizedText, WallTarget } from '../../../server/contracts/index.ts';
import type { IssueOptions } from '../api/remote.ts';
import type { RemoteButton } from './buttons.ts';
import { headWalls } from './buttons.ts';
import { outcomeOf } from './interpret.ts';
import { createRemoteScreen } from './remote-screen.ts';
import { describeIn, type RemoteState } from './remote-state.ts';
import { listenOnce } from './speech.ts';
import { compareCommand, togglePick, viewAfter, viewCommands, viewDistrict } from './view.ts';
import { WORDS } from './words.ts';

export interface RemoteApi {
  issue(wall: string, commands: Command[], o?: IssueOptions): Promise<unknown>;
  walls(): Promise<WallTarget[]>;
  interpret(utterance: string, lang: Language, district: string | null): Promise<InterpretResponse>;
}

/** A wall to send to, and how to name it. */
type Named = { wall: string; label: LocalizedText };

export interface RemoteDeps {
  api: RemoteApi;
  /** The words of a failure, as the server gave them. */
  problem(err: unknown): string;
  changeWall(): void;
  setLanguage(lang: Language): void;
}

export function startRemote(host: HTMLElement, initial: RemoteState, deps: RemoteDeps): { state: RemoteState; redraw(): void } {
  const s = initial;
  const redraw = (): void => screen.update(s);
  const L = (): Language => s.lang;
  const fail = (err: unknown): void => {
    s.notice = { tone: 'error', text: `${WORDS.failed[L()]}: ${deps.problem(err)}` };
  };

  /** Sends to a wall (null: the wall driven); `keep` makes the accepted commands part of the view. */
  const send = async (wall: Named | null, commands: Command[], keep: boolean, o: IssueOptions = {}): Promise<void> => {
    if (commands.length === 0 || s.busy) return;
    const target = wall ?? { wall: s.driven.wall, label: s.driven.label };
    s.busy = true;
    s.notice = null;
    redraw();
    try {
      await deps.api.issue(target.wall, commands, o);
      if (keep) s.view = commands.reduce(viewAfter, s.view);
      s.notice = { tone: 'ok', text: `${WORDS.sent[L()]} → ${target.label[L()]}: ${commands.map((c) => describeIn(s, c)).join(', ')}` };
    } catch (err) {
      fail(err);
    } finally {
      s.busy = false;
      redraw();
    }
  };

  const sendViewTo = async (wall: Named | null): Promise<void> => {
    s.picker = { status: 'closed' };
    await send(wall, viewCommands(s.view), false);
  };

  /** "Send this to <wall>" in words: to the wall named (by its label when the server lists it), or the wall driven. */
  const sendViewToNamed = async (wall: string | null): Promise<void> => {
    if (wall === null || wall === s.driven.wall) return sendViewTo(null);
    const listed = await deps.api.walls().then((ws) => ws.find((w) => w.wall === wall) ?? null, () => null);
    // A wall not listed is still asked: the server says why it refuses, in its own words.
    return sendViewTo(listed ?? { wall, label: { ko: wall, en: wall } });
  };

  const interpret = async (text: string): Promise<void> => {
    if (s.busy) return;
    s.busy = true;
    s.pending = null;
    s.notice = null;
    redraw();
    let res: InterpretResponse;
    try {
      res = await deps.api.interpret(text, L(), viewDistrict(s.view));
    } catch (err) {
      fail(err);
      return;
    } finally {
      s.busy = false;
      redraw();
    }
    const out = outcomeOf(res);
    switch (out.kind) {
      case 'send':
        return send(null, [out.command], true, { utterance: text, confidence: out.confidence });
      case 'send-view':
        return sendViewToNamed(out.wall);
      case 'confirm':
        s.pending = { kind: 'confirm', command: out.command, confidence: out.confidence, utterance: text };
        break;
      case 'choose':
        s.pending = { kind: 'choose', question: out.question, options: out.options, utterance: text };
        break;
      case 'refused':
        s.notice = { tone: 'error', text: `${WORDS.notAllowed[L()]}: ${describeIn(s, out.command)}` };
        break;
      case 'not-understood':
        s.notice = { tone: 'error', text: `${WORDS.notUnderstood[L()]}: ${out.reason}` };
        break;
    }
    redraw();
  };

  let stopListening: (() => void) | null = null;
  const screen = createRemoteScreen({
    tap: (b: RemoteButton) => void send(null, [b.command], true),
    tapDistrict: (code) => {
      if (!s.comparing) return void send(null, [{ type: 'select-district', district: code }], true);
      s.picked = togglePick(s.picked, code);
      redraw();
    },
    toggleCompare: () => {
      s.comparing = !s.comparing;
      s.picked = s.comparing && s.view.place?.kind === 'compare' ? [...s.view.place.districts] : [];
      redraw();
    },
    sendCompare: () => {
      const c = compareCommand(s.picked);
      if (!c) return;
      void send(null, [c], true).then(() => {
        if (s.notice?.tone === 'ok') {
          s.comparing = false;
          s.picked = [];
          redraw();
        }
      });
    },
    sendView: () => void sendViewTo(null),
    openPicker: () => {
      s.picker = { status: 'loading' };
      redraw();
      deps.api.walls().then(
        (walls) => {
          s.picker = { status: 'open', walls: headWalls(walls, s.driven.wall) };
          redraw();
        },
        (err: unknown) => {
          s.picker = { status: 'closed' };
          fail(err);
          redraw();
        },
      );
    },
    sendViewTo: (w) => void sendViewTo(w),
    closePicker: () => {
      s.picker = { status: 'closed' };
      redraw();
    },
    say: (text) => void interpret(text),
    speak: () => {
      stopListening?.();
      stopListening = listenOnce(L(), {
        onText: (text) => {
          const input = host.querySelector<HTMLInputElement>('#say');
          if (input) input.value = text;
          void interpret(text);
        },
        onError: (reason) => {
          s.notice = { tone: 'error', text: `${WORDS.failed[L()]}: ${reason}` };
          redraw();
        },
        onEnd: () => {
          s.listening = false;
          stopListening = null;
          redraw();
        },
      });
      s.listening = stopListening !== null;
      redraw();
    },
    choose: (c) => {
      const p = s.pending;
      s.pending = null;
      const confidence = p?.kind === 'confirm' ? p.confidence : undefined;
      const o: IssueOptions = { ...(p ? { utterance: p.utterance } : {}), ...(confidence !== undefined ? { confidence } : {}) };
      void (c.type === 'send-to-wall' ? sendViewToNamed(c.wall ?? null) : send(null, [c], true, o));
    },
    dismiss: () => {
      s.pending = null;
      redraw();
    },
    changeWall: () => deps.changeWall(),
    toggleLanguage: () => {
      s.lang = s.lang === 'ko' ? 'en' : 'ko';
      deps.setLanguage(s.lang);
      redraw();
    },
  });
  host.replaceChildren(screen.root);
  redraw();
  return { state: s, redraw };
}
