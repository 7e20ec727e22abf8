/**
 * @module wall/tablet/remote-screen
 * Draws the remote screen from its state: the wall driven, the outcome of the last request, the
 * tablet's view with "send this view to the wall" and "…to a district head's wall", the say/type
 * box, the 25 gu (tap to select, or pick 2–4 to compare) and the sections of command buttons. The
 * say box is made once (what is being typed survives redraws); the rest is redrawn on change.
 */
import { describeCommand } from './describe.ts';
import { h, fill } from './dom.ts';
import { districtTiles, remoteSections, type RemoteButton } from './buttons.ts';
import { compareCommand, viewCommands } from './view.ts';
import { describeIn, namesOf, type RemoteState } from './remote-state.ts';
import { speechAvailable } from './speech.ts';
import { WORDS } from './words.ts';
import type { Command, WallTarget } from '../../../server/contracts/index.ts';

export interface RemoteHandlers {
  tap(b: RemoteButton): void;
  tapDistrict(code: string): void;
  toggleCompare(): void;
  sendCompare(): void;
  sendView(): void;
  openPicker(): void;
  sendViewTo(w: WallTarget): void;
  closePicker(): void;
  say(text: string): void;
  speak(): void;
  choose(c: Command): void;
  dismiss(): void;
  changeWall(): void;
  toggleLanguage(): void;
}

export interface RemoteScreen {
  root: HTMLElement;
  update(s: RemoteState): void;
}

export function createRemoteScreen(handlers: RemoteHandlers): RemoteScreen {
  const top = h('header', { class: 'top' });
  const notice = h('p', { id: 'status', class: 'notice', attrs: { role: 'status', 'aria-live': 'polite' } });
  const pending = h('section', { class: 'card pending', id: 'pending' });
  const view = h('section', { class: 'card view', id: 'view' });
  const input = h('input', { id: 'say', attrs: { type: 'text', autocomplete: 'off', enterkeyhint: 'send' } });
  const sayLabel = h('label', { attrs: { for: 'say' } });
  const sayButton = h('button', { id: 'say-send', attrs: { type: 'submit' } });
  const micButton = h('button', { id: 'speak', class: 'secondary', attrs: { type: 'button' }, on: { click: () => handlers.speak() } });
  const say = h(
    'form',
    {
      class: 'card say',
      on: {
        submit: (ev) => {
          ev.preventDefault();
          const text = input.value.trim();
          if (text) handlers.say(text);
        },
      },
    },
    sayLabel,
    h('div', { class: 'say-row' }, input, speechAvailable() && micButton, sayButton),
  );
  const districts = h('section', { class: 'card districts', id: 'districts' });
  const sections = h('div', { class: 'sections' });
  const root = h('main', { class: 'remote' }, top, notice, pending, view, say, districts, sections);

  const update = (s: RemoteState): void => {
    const L = s.lang;
    fill(
      top,
      h('div', { class: 'driven' }, h('span', { class: 'muted', text: WORDS.pairedWith[L] }), ' ', h('strong', { id: 'driven', text: s.driven.label[L], attrs: { 'data-wall': s.driven.wall } })),
      h('div', { class: 'top-actions' },
        h('button', { class: 'secondary', id: 'change-wall', text: WORDS.changeWall[L], on: { click: () => handlers.changeWall() } }),
        h('button', { class: 'secondary', id: 'ui-lang', text: WORDS.otherLanguage[L], attrs: { lang: L === 'ko' ? 'en' : 'ko' }, on: { click: () => handlers.toggleLanguage() } }),
      ),
    );
    notice.textContent = s.notice?.text ?? (s.busy ? WORDS.sending[L] : '');
    notice.dataset['tone'] = s.notice?.tone ?? 'info';
    notice.setAttribute('role', s.notice?.tone === 'error' ? 'alert' : 'status');

    pending.hidden = s.pending === null;
    if (s.pending?.kind === 'confirm') {
      const c = s.pending.command;
      fill(pending, h('p', { text: `${WORDS.didYouMean[L]} ${describeIn(s, c)}` }), h('div', { class: 'row' }, h('button', { text: WORDS.send[L], attrs: { 'data-choice': c.type }, on: { click: () => handlers.choose(c) } }), h('button', { class: 'secondary', text: WORDS.cancel[L], on: { click: () => handlers.dismiss() } })));
    } else if (s.pending?.kind === 'choose') {
      const p = s.pending;
      fill(pending, h('p', { text: p.question[L] }), h('div', { class: 'row' }, ...p.options.map((c) => h('button', { text: describeIn(s, c), attrs: { 'data-choice': c.type }, on: { click: () => handlers.choose(c) } })), h('button', { class: 'secondary', text: WORDS.cancel[L], on: { click: () => handlers.dismiss() } })));
    } else fill(pending);

    const commands = viewCommands(s.view);
    const names = namesOf(s);
    fill(
      view,
      h('h2', { text: WORDS.view[L] }),
      commands.length ? h('ul', { class: 'view-list' }, ...commands.map((c) => h('li', { text: describeCommand(c, L, names) }))) : h('p', { class: 'muted', text: WORDS.viewEmpty[L] }),
      h('div', { class: 'row' },
        h('button', { id: 'send-view', text: WORDS.sendView[L], attrs: { disabled: commands.length === 0 || s.busy }, on: { click: () => handlers.sendView() } }),
        h('button', { id: 'send-view-head', text: WORDS.sendViewHead[L], attrs: { disabled: commands.length === 0 || s.busy }, on: { click: () => handlers.openPicker() } }),
      ),
      picker(s, handlers),
    );

    sayLabel.textContent = WORDS.say[L];
    input.placeholder = WORDS.sayPlaceholder[L];
    sayButton.textContent = WORDS.send[L];
    sayButton.disabled = s.busy;
    micButton.textContent = s.listening ? WORDS.listening[L] : WORDS.speak[L];
    micButton.disabled = s.listening;

    fill(districts, ...districtSection(s, handlers));
    fill(
      sections,
      ...remoteSections({ registry: s.registry, role: s.role, screens: s.screens, view: s.view }).map((sec) =>
        h('section', { class: `card buttons ${sec.key}`, attrs: { 'data-section': sec.key } }, h('h2', { text: sec.title[L] }), h('div', { class: 'grid' }, ...sec.buttons.map((b) => commandButton(s, b, handlers)))),
      ),
    );
  };
  return { root, update };
}

function commandButton(s: RemoteState, b: RemoteButton, handlers: RemoteHandlers): HTMLButtonElement {
  const L = s.lang;
  return h(
    'button',
    {
      class: b.pressed ? 'pressed' : '',
      attrs: { 'data-key': b.key, 'aria-pressed': b.pressed ? 'true' : null, disabled: !b.allowed || s.busy, title: b.allowed ? (b.hint?.[L] ?? null) : WORDS.notAllowedRole[L] },
      on: { click: () => handlers.tap(b) },
    },
    b.label[L],
    !b.allowed && h('small', { text: WORDS.notAllowedRole[L] }),
  );
}

function districtSection(s: RemoteState, handlers: RemoteHandlers): HTMLElement[] {
  const L = s.lang;
  const compare = compareCommand(s.picked);
  const grid = h('div', { class: 'gu-grid' });
  for (const tile of districtTiles(s.districts, s.view, s.picked)) {
    const b = h('button', {
      class: [tile.selected ? 'pressed' : '', tile.picked ? 'picked' : ''].join(' ').trim(),
      text: tile.name[L],
      attrs: { 'data-gu': tile.code, 'aria-pressed': s.comparing ? String(tile.picked) : String(tile.selected), disabled: s.busy },
      on: { click: () => handlers.tapDistrict(tile.code) },
    });
    b.style.gridColumn = String(tile.col + 1);
    b.style.gridRow = String(tile.row + 1);
    grid.append(b);
  }
  return [
    h('div', { class: 'row spread' },
      h('h2', { text: WORDS.districts[L] }),
      h('button', { id: 'compare', class: s.comparing ? 'pressed' : 'secondary', text: WORDS.compare[L], attrs: { 'aria-pressed': String(s.comparing) }, on: { click: () => handlers.toggleCompare() } }),
    ),
    ...(s.comparing
      ? [h('div', { class: 'row' }, h('span', { class: 'muted', text: WORDS.compareHelp[L] }), h('button', { id: 'compare-send', text: `${WORDS.compareSend[L]} (${s.picked.length})`, attrs: { disabled: compare === null || s.busy }, on: { click: () => handlers.sendCompare() } }))]
      : []),
    grid,
  ];
}

function picker(s: RemoteState, handlers: RemoteHandlers): HTMLElement | null {
  const L = s.lang;
  if (s.picker.status === 'closed') return null;
  if (s.picker.status === 'loading') return h('p', { class: 'muted', text: WORDS.loading[L] });
  const walls = s.picker.walls;
  return h(
    'div',
    { class: 'picker', id: 'head-walls', attrs: { role: 'group', 'aria-label': WORDS.pickHeadWall[L] } },
    h('p', { text: walls.length ? WORDS.pickHeadWall[L] : WORDS.noHeadWalls[L] }),
    h('div', { class: 'grid' }, ...walls.map((w) => h('button', { text: w.label[L], attrs: { 'data-wall': w.wall, disabled: s.busy }, on: { click: () => handlers.sendViewTo(w) } }))),
    h('button', { class: 'secondary', text: WORDS.cancel[L], on: { click: () => handlers.closePicker() } }),
  );
}
