/**
 * @module wall/tablet/pairing-screen
 * The first screen of the tablet: type the six-digit code a wall shows (or arrive from its QR code
 * with the code in the address, which pairs at once), or drive one of the walls this person may
 * drive without a code. A refused code says why (unknown or expired, already used).
 */
import type { Language, WallTarget } from '../../../server/contracts/index.ts';
import { checkCode, typedCode } from './code.ts';
import { h, fill } from './dom.ts';
import { WORDS } from './words.ts';

export interface PairingScreenDeps {
  lang: Language;
  /** The code from the QR address: sent at once. */
  code: string | null;
  /** Walls driven without a code (own, or paired before). */
  walls: WallTarget[];
  pair(code: string): Promise<void>;
  drive(w: WallTarget): void;
  /** Why pairing failed, in the tablet's language. */
  problem(err: unknown): string;
  toggleLanguage(): void;
}

export function showPairingScreen(host: HTMLElement, d: PairingScreenDeps): void {
  const L = d.lang;
  const input = h('input', {
    id: 'code',
    attrs: { inputmode: 'numeric', autocomplete: 'one-time-code', 'aria-describedby': 'pair-status' },
    on: { input: () => (input.value = typedCode(input.value)) },
  });
  const status = h('p', { id: 'pair-status', class: 'notice', attrs: { role: 'alert' } });
  const button = h('button', { id: 'pair', text: WORDS.pair[L], attrs: { type: 'submit' } });
  const submit = async (raw: string): Promise<void> => {
    const check = checkCode(raw);
    if (!check.ok) {
      status.textContent = WORDS.codeProblems[check.problem][L];
      status.dataset['tone'] = 'error';
      return;
    }
    button.disabled = true;
    status.dataset['tone'] = 'info';
    status.textContent = WORDS.pairing[L];
    try {
      await d.pair(check.code);
    } catch (err) {
      status.dataset['tone'] = 'error';
      status.textContent = d.problem(err);
      button.disabled = false;
      input.focus();
    }
  };
  const form = h(
    'form',
    { class: 'card pair', on: { submit: (ev) => (ev.preventDefault(), void submit(input.value)) } },
    h('h2', { text: WORDS.pairTitle[L] }),
    h('p', { class: 'muted', text: WORDS.pairHelp[L] }),
    h('label', { attrs: { for: 'code' }, text: WORDS.codeLabel[L] }),
    h('div', { class: 'say-row' }, input, button),
    status,
  );
  const own = d.walls.length
    ? h(
        'section',
        { class: 'card', id: 'own-walls' },
        h('h2', { text: WORDS.yourWalls[L] }),
        h('div', { class: 'grid' }, ...d.walls.map((w) => h('button', { text: w.label[L], attrs: { 'data-wall': w.wall }, on: { click: () => d.drive(w) } }))),
      )
    : null;
  const top = h(
    'header',
    { class: 'top' },
    h('h1', { text: `${WORDS.title[L]} — ${WORDS.platform[L]}` }),
    h('button', { class: 'secondary', id: 'ui-lang', text: WORDS.otherLanguage[L], attrs: { lang: L === 'ko' ? 'en' : 'ko' }, on: { click: () => d.toggleLanguage() } }),
  );
  fill(host, h('main', { class: 'pairing' }, top, form, own));
  if (d.code) {
    input.value = d.code;
    void submit(d.code);
  } else input.focus();
}
