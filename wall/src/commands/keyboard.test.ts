import test from 'ava';
import { CommandSchema } from '../../../server/contracts/index.ts';
import { keyCommand, type KeyContext, type KeyInput } from './keyboard.ts';

const ctx: KeyContext = { language: 'ko', playing: false, muted: false, screens: ['glance', 'city', 'safety'] };
const key = (k: string, over: Partial<KeyInput> = {}): KeyInput => ({ key: k, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, ...over });

test('the key table: screens, zoom, pan, selection, help, sound, carousel, language', (t) => {
  const table: Array<[KeyInput, unknown]> = [
    [key('ArrowRight'), { type: 'next-screen' }],
    [key('ArrowLeft'), { type: 'previous-screen' }],
    [key('PageDown'), { type: 'next-screen' }],
    [key('+', { shiftKey: true }), { type: 'zoom-map', direction: 'in' }],
    [key('='), { type: 'zoom-map', direction: 'in' }],
    [key('-'), { type: 'zoom-map', direction: 'out' }],
    [key('0'), { type: 'reset-view' }],
    [key('ArrowUp', { shiftKey: true }), { type: 'pan-map', direction: 'north' }],
    [key('ArrowLeft', { shiftKey: true }), { type: 'pan-map', direction: 'west' }],
    [key('Escape'), { type: 'clear-selection' }],
    [key('H', { shiftKey: true }), { type: 'show-help' }],
    [key('?', { shiftKey: true }), { type: 'show-help' }],
    [key('Backspace'), { type: 'go-back' }],
    [key('r'), { type: 'refresh' }],
    [key('c'), { type: 'close-cameras' }],
    [key('i'), { type: 'open-incident', incident: 'latest' }],
    [key('2'), { type: 'show-screen', screen: 'city' }],
    [key('l'), { type: 'change-language', lang: 'en' }],
    [key('a'), { type: 'play' }],
    [key('m'), { type: 'mute' }],
  ];
  for (const [k, want] of table) {
    const got = keyCommand(k, ctx);
    t.deepEqual(got, want, `${k.shiftKey ? 'Shift+' : ''}${k.key}`);
    t.true(CommandSchema.safeParse(got).success);
  }
});

test('toggles follow the wall: L to the other language, A pauses while playing, M unmutes while muted', (t) => {
  const now: KeyContext = { ...ctx, language: 'en', playing: true, muted: true };
  t.deepEqual(keyCommand(key('L', { shiftKey: true }), now), { type: 'change-language', lang: 'ko' });
  t.deepEqual(keyCommand(key('a'), now), { type: 'pause' });
  t.deepEqual(keyCommand(key('m'), now), { type: 'unmute' });
});

test('keys the browser owns, a screen the layout lacks and unknown keys give nothing', (t) => {
  t.is(keyCommand(key('r', { ctrlKey: true }), ctx), null);
  t.is(keyCommand(key('ArrowRight', { altKey: true }), ctx), null);
  t.is(keyCommand(key('l', { metaKey: true }), ctx), null);
  t.is(keyCommand(key('7'), ctx), null);
  t.is(keyCommand(key('q'), ctx), null);
  t.is(keyCommand(key('F5'), ctx), null);
  t.is(keyCommand(key('/'), ctx), null, '/ opens the command box');
});
