import test from 'ava';
import type { Command } from '../../../server/contracts/index.ts';
import { SEOUL_GU_CODES } from '../../../server/auth/districts.ts';
import { commandOf, createGestureLog, dispatchGesture, DOUBLE_TAP_ZOOM, recordGesture, stepDistrict, type GestureContext, type GestureHandlers } from './gesture-dispatch.ts';
import { GESTURE_MEANINGS, GESTURE_NAMES, meaningOf } from './gesture-meanings.ts';
import type { GestureEvent } from './gesture-strokes.ts';

/** Handlers that write down every call. */
function recorder(ctx: Partial<GestureContext> = {}) {
  const calls: unknown[][] = [];
  const names: string[] = [];
  const h: GestureHandlers = {
    pannableAt: () => true,
    tap: (...a) => void calls.push(['tap', ...a]),
    pan: (...a) => void calls.push(['pan', ...a]),
    zoom: (...a) => void calls.push(['zoom', ...a]),
    longPress: (...a) => void calls.push(['longPress', ...a]),
    command: (cmd: Command, g) => void calls.push(['command', cmd, g]),
    edgeSwipe: (edge) => void calls.push(['edgeSwipe', edge]),
    context: () => ({ language: 'ko', selected: null, districtAt: () => null, ...ctx }),
    gesture: (name) => void names.push(name),
  };
  return { h, calls, names };
}

const at = { x: 100, y: 200, first: true };

test('the meanings table: the 17 gestures in order, each named and explained in Korean and English', (t) => {
  t.is(GESTURE_NAMES.length, 17);
  t.is(new Set(GESTURE_NAMES).size, 17);
  t.deepEqual(GESTURE_MEANINGS.map((m) => m.name), [...GESTURE_NAMES]);
  for (const m of GESTURE_MEANINGS) {
    for (const text of [m.title.ko, m.title.en, m.meaning.ko, m.meaning.en]) t.true(text.trim().length > 0, m.name);
    t.regex(m.title.ko + m.meaning.ko, /[가-힣]/, `${m.name} in Korean`);
  }
  t.is(meaningOf('rotate').fingers, 2);
  t.is(meaningOf('three-finger-swipe').fingers, 3);
});

test('handler gestures: tap, double tap (×2 zoom), long press, drag, pinch (pan and zoom), flick, edge swipe', (t) => {
  const { h, calls, names } = recorder();
  const events: GestureEvent[] = [
    { gesture: 'tap', ...at },
    { gesture: 'double-tap', ...at },
    { gesture: 'long-press', ...at },
    { gesture: 'drag', ...at, dx: 5, dy: -3 },
    { gesture: 'drag', ...at, dx: 2, dy: 0, first: false },
    { gesture: 'pinch-out', ...at, factor: 1.2, dx: 4, dy: 0 },
    { gesture: 'pinch-in', ...at, factor: 0.9, dx: 0, dy: 0 },
    { gesture: 'flick', ...at, dx: 0, dy: 0 },
    { gesture: 'flick', ...at, dx: 7, dy: 1, first: false },
    { gesture: 'edge-swipe', ...at, edge: 'right' },
  ];
  for (const e of events) dispatchGesture(e, h);
  t.deepEqual(calls, [
    ['tap', 100, 200],
    ['zoom', 100, 200, DOUBLE_TAP_ZOOM],
    ['longPress', 100, 200],
    ['pan', 100, 200, 5, -3],
    ['pan', 100, 200, 2, 0],
    ['pan', 100, 200, 4, 0],
    ['zoom', 100, 200, 1.2],
    ['zoom', 100, 200, 0.9],
    ['pan', 100, 200, 7, 1],
    ['edgeSwipe', 'right'],
  ]);
  t.deepEqual(names, ['tap', 'double-tap', 'long-press', 'drag', 'pinch-out', 'pinch-in', 'flick', 'edge-swipe'], 'each gesture counted once');
});

test('command gestures: go back, language, screens, help, clear, next gu, reset view', (t) => {
  const { h, calls } = recorder({ language: 'en', selected: '11680' });
  const events: GestureEvent[] = [
    { gesture: 'two-finger-tap', ...at },
    { gesture: 'rotate', ...at, degrees: 35 },
    { gesture: 'swipe-left', ...at },
    { gesture: 'swipe-right', ...at },
    { gesture: 'swipe-up', ...at },
    { gesture: 'swipe-down', ...at },
    { gesture: 'two-finger-swipe', ...at, direction: 'left' },
    { gesture: 'two-finger-swipe', ...at, direction: 'right' },
    { gesture: 'three-finger-swipe', ...at, direction: 'up' },
  ];
  for (const e of events) dispatchGesture(e, h);
  t.deepEqual(calls, [
    ['command', { type: 'go-back' }, 'two-finger-tap'],
    ['command', { type: 'change-language', lang: 'ko' }, 'rotate'],
    ['command', { type: 'next-screen' }, 'swipe-left'],
    ['command', { type: 'previous-screen' }, 'swipe-right'],
    ['command', { type: 'show-help' }, 'swipe-up'],
    ['command', { type: 'clear-selection' }, 'swipe-down'],
    ['command', { type: 'select-district', district: '11710' }, 'two-finger-swipe'],
    ['command', { type: 'select-district', district: '11650' }, 'two-finger-swipe'],
    ['command', { type: 'reset-view' }, 'three-finger-swipe'],
  ]);
});

test('the 25 gu in code order, going round', (t) => {
  t.is(SEOUL_GU_CODES.length, 25);
  t.is(stepDistrict(null, 1), '11110');
  t.is(stepDistrict(null, -1), '11740');
  t.is(stepDistrict('11740', 1), '11110');
  t.is(stepDistrict('11110', -1), '11740');
  t.is(stepDistrict('11140', 1), '11170');
  t.is(stepDistrict('99999', 1), '11110', 'an unknown gu starts from the first');
});

test('press and tap compares the gu held with the selected one, or else with the gu tapped', (t) => {
  const e: GestureEvent = { gesture: 'press-and-tap', ...at, tapX: 500, tapY: 200 };
  const districtAt = (x: number): string | null => (x < 300 ? '11680' : x < 600 ? '11650' : null);
  t.deepEqual(commandOf(e, { language: 'ko', selected: '11110', districtAt }), { type: 'compare-districts', districts: ['11680', '11110'] });
  t.deepEqual(commandOf(e, { language: 'ko', selected: null, districtAt }), { type: 'compare-districts', districts: ['11680', '11650'] });
  t.is(commandOf(e, { language: 'ko', selected: '11680', districtAt }), null, 'the same gu: nothing to compare');
  t.is(commandOf({ ...e, x: 900 }, { language: 'ko', selected: '11110', districtAt }), null, 'no gu held');
  const { h, calls, names } = recorder({ selected: '11110', districtAt });
  dispatchGesture(e, h);
  t.deepEqual(calls, [['command', { type: 'compare-districts', districts: ['11680', '11110'] }, 'press-and-tap']]);
  t.deepEqual(names, ['press-and-tap']);
});

test('the gesture log counts each kind and keeps the last', (t) => {
  const log = createGestureLog();
  recordGesture(log, 'tap');
  recordGesture(log, 'drag');
  recordGesture(log, 'tap');
  t.deepEqual(log, { count: 3, last: 'tap', counts: { tap: 2, drag: 1 } });
});
