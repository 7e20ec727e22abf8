import test from 'ava';
import { GESTURE_NAMES, type GestureName } from './gesture-meanings.ts';
import { GestureRecognizer } from './gesture-recognizer.ts';
import { DOUBLE_TAP_MS, FLICK_DURATION_MS, LONG_PRESS_MS, swipeOf, type GestureEvent, type PointerSample } from './gesture-strokes.ts';

const SIZE = { width: 3840, height: 2160 };
/** The map: everything left of x = 2400 pans; the right-hand panels do not. */
const onMap = (x: number): boolean => x < 2400;
type Pt = [number, number];
const MAP: Pt = [1200, 1000];
const PANEL: Pt = [3000, 1000];
const order = { down: 0, move: 1, up: 2, cancel: 2 } as const;

/** Feeds the samples in time order and gives the recognizer a frame every 16 ms, until `after` ms past the last. */
function play(samples: PointerSample[], opts: { pannable?: (x: number, y: number) => boolean; after?: number } = {}): GestureEvent[] {
  const r = new GestureRecognizer({ size: () => SIZE, pannableAt: opts.pannable ?? ((x) => onMap(x)) });
  const sorted = [...samples].sort((a, b) => a.t - b.t || order[a.kind] - order[b.kind]);
  const out: GestureEvent[] = [];
  let clock = sorted[0]!.t;
  for (const s of sorted) {
    for (; clock + 16 < s.t; clock += 16) out.push(...r.tick(clock + 16));
    out.push(...r.feed(s));
  }
  const end = sorted.at(-1)!.t + (opts.after ?? 1000);
  for (; clock < end; clock += 16) out.push(...r.tick(clock + 16));
  t0check(r);
  return out;
}
const t0check = (r: GestureRecognizer): void => {
  if (r.active()) throw new Error('the recognizer is still busy after the stream');
};

/** One finger from `a` to `b` over `ms`, in `steps` moves, then lifted there (unless `lift` is false). */
function line(id: number, a: Pt, b: Pt, t0: number, ms: number, steps = 10, lift = true): PointerSample[] {
  const s: PointerSample[] = [{ id, x: a[0], y: a[1], t: t0, kind: 'down' }];
  for (let i = 1; i <= steps; i++) s.push({ id, x: a[0] + ((b[0] - a[0]) * i) / steps, y: a[1] + ((b[1] - a[1]) * i) / steps, t: t0 + (ms * i) / steps, kind: 'move' });
  if (lift) s.push({ id, x: b[0], y: b[1], t: t0 + ms, kind: 'up' });
  return s;
}
const press = (id: number, p: Pt, t0: number, ms: number): PointerSample[] => [
  { id, x: p[0], y: p[1], t: t0, kind: 'down' },
  { id, x: p[0] + 3, y: p[1] - 2, t: t0 + ms / 2, kind: 'move' },
  { id, x: p[0] + 3, y: p[1] - 2, t: t0 + ms, kind: 'up' },
];
/** Two fingers on a circle of radius `r` about `c`: from angle a0 to a1 (degrees) and radius r0 to r1. */
function pair(c: Pt, r0: number, r1: number, a0: number, a1: number, t0: number, ms: number, steps = 12): PointerSample[] {
  const at = (k: number, i: number): Pt => {
    const f = i / steps;
    const a = ((a0 + (a1 - a0) * f + k * 180) * Math.PI) / 180;
    const r = r0 + (r1 - r0) * f;
    return [c[0] + r * Math.cos(a), c[1] + r * Math.sin(a)];
  };
  const s: PointerSample[] = [];
  for (const k of [0, 1]) {
    s.push({ id: k + 1, x: at(k, 0)[0], y: at(k, 0)[1], t: t0 + k * 10, kind: 'down' });
    for (let i = 1; i <= steps; i++) s.push({ id: k + 1, x: at(k, i)[0], y: at(k, i)[1], t: t0 + 10 + (ms * i) / steps, kind: 'move' });
    s.push({ id: k + 1, x: at(k, steps)[0], y: at(k, steps)[1], t: t0 + ms + 20 + k * 5, kind: 'up' });
  }
  return s;
}
const shift = (p: Pt, dx: number, dy: number): Pt => [p[0] + dx, p[1] + dy];
/** The gestures recognised, in order (a gesture that goes on counted once). */
const names = (events: GestureEvent[]): GestureName[] => events.filter((e) => e.first).map((e) => e.gesture);
/** The events of a gesture, typed as that gesture's (a union member may carry several names). */
type EventOf<G extends GestureName> = GestureEvent extends infer E ? (E extends { gesture: infer N } ? (G extends N ? E : never) : never) : never;
const only = <G extends GestureName>(events: GestureEvent[], g: G): Array<EventOf<G>> => events.filter((e) => e.gesture === g) as Array<EventOf<G>>;
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

test('1 tap: at once outside the map; on the map after the double-tap wait', (t) => {
  t.deepEqual(names(play(press(1, PANEL, 0, 100), { after: 0 })), ['tap']);
  const r = new GestureRecognizer({ size: () => SIZE, pannableAt: () => true });
  const [down, move, up] = press(1, MAP, 0, 100);
  t.deepEqual([...r.feed(down!), ...r.feed(move!), ...r.feed(up!)], []);
  t.deepEqual(r.tick(100 + DOUBLE_TAP_MS - 10), [], 'held back for a second tap');
  t.deepEqual(r.tick(100 + DOUBLE_TAP_MS + 10), [{ gesture: 'tap', x: MAP[0], y: MAP[1], first: true }]);
  t.false(r.active());
});

test('2 double tap: two quick taps close together, at the first', (t) => {
  const events = play([...press(1, MAP, 0, 80), ...press(2, shift(MAP, 20, 15), 200, 80)]);
  t.deepEqual(names(events), ['double-tap']);
  t.like(events[0], { x: MAP[0], y: MAP[1] });
});

test('3 long press: still for 600 ms, recognised while held', (t) => {
  const r = new GestureRecognizer({ size: () => SIZE, pannableAt: () => true });
  r.feed({ id: 1, x: MAP[0], y: MAP[1], t: 0, kind: 'down' });
  t.deepEqual(r.tick(LONG_PRESS_MS - 1), []);
  t.deepEqual(r.tick(LONG_PRESS_MS), [{ gesture: 'long-press', x: MAP[0], y: MAP[1], first: true }]);
  t.deepEqual(r.feed({ id: 1, x: MAP[0], y: MAP[1], t: 900, kind: 'up' }), [], 'no tap when let go');
  t.deepEqual(names(play(press(1, PANEL, 0, 800))), ['long-press'], 'anywhere');
});

test('4 two-finger tap: two fingers down and up together', (t) => {
  const events = play([...press(1, MAP, 0, 150), ...press(2, shift(MAP, 250, 0), 40, 120)]);
  t.deepEqual(names(events), ['two-finger-tap']);
  t.like(events[0], { x: MAP[0] + 125, y: MAP[1] });
});

test('5 pinch out zooms in and 6 pinch in zooms out, continuously', (t) => {
  const out = play(pair(MAP, 200, 400, 0, 0, 0, 300));
  t.deepEqual(names(out), ['pinch-out']);
  const zoomIn = only(out, 'pinch-out');
  t.true(zoomIn.length >= 8, 'one step per move');
  t.true(Math.abs(zoomIn.reduce((f, e) => f * e.factor, 1) - 2) < 0.02, 'the fingers twice as far apart: twice the zoom');
  const inward = play(pair(MAP, 400, 200, 0, 0, 0, 300));
  t.deepEqual(names(inward), ['pinch-in']);
  t.true(Math.abs(only(inward, 'pinch-in').reduce((f, e) => f * e.factor, 1) - 0.5) < 0.01);
});

test('7 rotate: two fingers turning 30° or more, once per gesture', (t) => {
  const events = play(pair(MAP, 250, 250, 0, 90, 0, 400));
  t.deepEqual(names(events), ['rotate']);
  const e = only(events, 'rotate')[0]!;
  t.true(e.degrees >= 30 && e.degrees < 40, `${e.degrees}`);
  t.true(only(play(pair(MAP, 250, 250, 0, -60, 0, 400)), 'rotate')[0]!.degrees <= -30, 'either way');
});

test('8–11 swipes: fast strokes where nothing pans', (t) => {
  t.deepEqual(names(play(line(1, PANEL, shift(PANEL, -600, 30), 0, 150))), ['swipe-left']);
  t.deepEqual(names(play(line(1, shift(PANEL, -500, 0), shift(PANEL, 200, -20), 0, 200))), ['swipe-right']);
  t.deepEqual(names(play(line(1, PANEL, shift(PANEL, 40, -500), 0, 200))), ['swipe-up']);
  t.deepEqual(names(play(line(1, shift(PANEL, 0, -400), shift(PANEL, 0, 300), 0, 250))), ['swipe-down']);
  t.is(swipeOf(300, 300, 100), null, 'a slanted stroke is no swipe');
});

test('12 two-finger swipe: left or right, from where the fingers landed', (t) => {
  const left = play([...line(1, MAP, shift(MAP, -500, 0), 0, 150), ...line(2, shift(MAP, 0, 200), shift(MAP, -500, 210), 20, 150)]);
  t.deepEqual(names(left), ['two-finger-swipe']);
  t.like(left[0], { direction: 'left', x: MAP[0], y: MAP[1] + 100 });
  const right = play([...line(1, PANEL, shift(PANEL, 450, 0), 0, 160), ...line(2, shift(PANEL, 0, 200), shift(PANEL, 450, 200), 10, 160)]);
  t.like(right[0], { gesture: 'two-finger-swipe', direction: 'right' });
});

test('13 three-finger swipe: any direction', (t) => {
  const fingers = (d: Pt) => [0, 1, 2].flatMap((k) => line(k + 1, shift(MAP, k * 150, 0), shift(MAP, k * 150 + d[0], d[1]), k * 15, 250));
  t.deepEqual(names(play(fingers([0, 400]))), ['three-finger-swipe']);
  t.like(play(fingers([0, 400]))[0], { direction: 'down' });
  t.like(play(fingers([-400, 0]))[0], { direction: 'left' });
  t.like(play(fingers([0, -300]))[0], { direction: 'up' });
});

test('14 drag: pans on the map by every move, reported from where it started', (t) => {
  const events = play(line(1, MAP, shift(MAP, 300, -120), 0, 1200, 20));
  t.deepEqual(names(events), ['drag']);
  const drags = only(events, 'drag');
  t.true(drags.every((d) => d.x === MAP[0] && d.y === MAP[1]));
  t.is(Math.round(sum(drags.map((d) => d.dx))), 300);
  t.is(Math.round(sum(drags.map((d) => d.dy))), -120);
});

test('15 edge swipe: from the right edge or the bottom edge inwards', (t) => {
  const right = play(line(1, [3825, 900], [3500, 920], 0, 300));
  t.deepEqual(names(right), ['edge-swipe']);
  t.like(right[0], { edge: 'right' });
  const bottom = play(line(1, [1200, 2150], [1230, 1850], 0, 400), { pannable: () => true });
  t.deepEqual(names(bottom), ['edge-swipe'], 'even over the map');
  t.like(bottom[0], { edge: 'bottom' });
  t.deepEqual(names(play(line(1, [3825, 900], [3825, 1400], 0, 300))), ['swipe-down'], 'along the edge: an ordinary swipe');
});

test('16 flick: a fast drag let go while moving glides on, slowing, for about 600 ms', (t) => {
  const stroke = line(1, MAP, shift(MAP, 600, 0), 0, 120, 8);
  const events = play(stroke);
  t.deepEqual(names(events), ['drag', 'flick']);
  const glide = only(events, 'flick').filter((e) => !e.first);
  t.true(glide.length >= 30, `${glide.length} steps`);
  t.true(glide.every((e) => e.dx > 0 && e.x === MAP[0]));
  t.true(glide.at(-1)!.dx < glide[0]!.dx / 10, 'it slows down');
  const carried = sum(glide.map((e) => e.dx));
  t.true(carried > 400 && carried < 5 * 150, `carried ${carried}`);
  // It is over in ~600 ms: a recognizer fed only the stroke stops gliding at FLICK_DURATION_MS.
  const r = new GestureRecognizer({ size: () => SIZE, pannableAt: () => true });
  for (const s of stroke) r.feed(s);
  t.true(r.tick(120 + FLICK_DURATION_MS - 100).length === 1 && r.active());
  t.is(r.tick(120 + FLICK_DURATION_MS).length, 1);
  t.false(r.active());
});

test('17 press and tap: one finger held, a second finger taps', (t) => {
  const events = play([...press(1, MAP, 0, 700), ...press(2, shift(MAP, 400, 100), 300, 120)]);
  t.deepEqual(names(events), ['press-and-tap']);
  t.like(events[0], { x: MAP[0], y: MAP[1], tapX: MAP[0] + 400, tapY: MAP[1] + 100 });
});

test('every one of the 17 gestures is recognised by some stream above', (t) => {
  const seen = new Set<GestureName>([
    ...names(play(press(1, PANEL, 0, 100))), ...names(play([...press(1, MAP, 0, 80), ...press(2, MAP, 200, 80)])),
    ...names(play(press(1, PANEL, 0, 800))), ...names(play([...press(1, MAP, 0, 150), ...press(2, shift(MAP, 250, 0), 40, 120)])),
    ...names(play(pair(MAP, 200, 400, 0, 0, 0, 300))), ...names(play(pair(MAP, 400, 200, 0, 0, 0, 300))), ...names(play(pair(MAP, 250, 250, 0, 90, 0, 400))),
    ...(['left', 'right', 'up', 'down'] as const).flatMap((d) => names(play(line(1, PANEL, shift(PANEL, d === 'left' ? -500 : d === 'right' ? 500 : 0, d === 'up' ? -500 : d === 'down' ? 500 : 0), 0, 150)))),
    ...names(play([...line(1, MAP, shift(MAP, -500, 0), 0, 150), ...line(2, shift(MAP, 0, 200), shift(MAP, -500, 200), 20, 150)])),
    ...names(play([0, 1, 2].flatMap((k) => line(k + 1, shift(MAP, k * 150, 0), shift(MAP, k * 150, 400), k * 15, 250)))),
    ...names(play(line(1, MAP, shift(MAP, 600, 0), 0, 120, 8))), ...names(play(line(1, [3825, 900], [3500, 900], 0, 300))),
    ...names(play([...press(1, MAP, 0, 700), ...press(2, shift(MAP, 400, 100), 300, 120)])),
  ]);
  t.deepEqual([...seen].sort(), [...GESTURE_NAMES].sort());
});

test('a drag is not a swipe: slow where nothing pans, or fast on the map', (t) => {
  const slow = play(line(1, PANEL, shift(PANEL, -600, 0), 0, 1200, 20));
  t.deepEqual(names(slow), ['drag']);
  t.is(Math.round(sum(only(slow, 'drag').map((e) => e.dx))), -600, 'every pixel reported');
  t.false(names(play(line(1, MAP, shift(MAP, -600, 0), 0, 150))).some((n) => n.startsWith('swipe')), 'the map pans instead');
  t.deepEqual(names(play(line(1, PANEL, shift(PANEL, -120, 0), 0, 100))), ['drag'], 'too short for a swipe');
});

test('a slow drag is not a flick, nor one that stopped before letting go', (t) => {
  t.deepEqual(names(play(line(1, MAP, shift(MAP, 300, 0), 0, 1000, 20))), ['drag']);
  const stopped = [...line(1, MAP, shift(MAP, 600, 0), 0, 120, 8, false), { id: 1, x: MAP[0] + 600, y: MAP[1], t: 300, kind: 'up' as const }];
  t.deepEqual(names(play(stopped)), ['drag']);
});

test('a tap followed late, or far away, is not a double tap', (t) => {
  t.deepEqual(names(play([...press(1, MAP, 0, 80), ...press(2, MAP, 80 + DOUBLE_TAP_MS + 100, 80)])), ['tap', 'tap']);
  const far = play([...press(1, MAP, 0, 80), ...press(2, shift(MAP, 300, 0), 150, 80)]);
  t.deepEqual(names(far), ['tap', 'tap']);
  t.like(far[0], { x: MAP[0] }, 'the first tap first');
  t.deepEqual(names(play([...press(1, MAP, 0, 80), ...line(2, MAP, shift(MAP, 200, 0), 150, 600, 12)])), ['tap', 'drag'], 'a tap then a drag');
});

test('a pinch is not a rotate, and a turn is not a pinch', (t) => {
  t.deepEqual(names(play(pair(MAP, 200, 450, 0, 12, 0, 300))), ['pinch-out']);
  t.deepEqual(names(play(pair(MAP, 300, 330, 0, 60, 0, 300))), ['rotate']);
});

test('a long press that moves first is a drag; a long press lets nothing follow', (t) => {
  const moved = play([{ id: 1, x: MAP[0], y: MAP[1], t: 0, kind: 'down' }, ...line(1, MAP, shift(MAP, 200, 0), 300, 600, 12).slice(1)]);
  t.deepEqual(names(moved), ['drag']);
  const held = play([{ id: 1, x: MAP[0], y: MAP[1], t: 0, kind: 'down' }, ...line(1, MAP, shift(MAP, 200, 0), 700, 300, 6).slice(1)]);
  t.deepEqual(names(held), ['long-press']);
});

test('three fingers are not two: landing one after another, they swipe as three', (t) => {
  const events = play([0, 1, 2].flatMap((k) => line(k + 1, shift(MAP, k * 120, k * 10), shift(MAP, k * 120 + 500, k * 10), k * 40, 200)));
  t.deepEqual(names(events), ['three-finger-swipe']);
  t.deepEqual(names(play([0, 1, 2].flatMap((k) => press(k + 1, shift(MAP, k * 150, 0), k * 20, 120)))), [], 'three still fingers: no two-finger tap');
  t.deepEqual(names(play([0, 1, 2, 3].flatMap((k) => line(k + 1, shift(MAP, k * 120, 0), shift(MAP, k * 120, 500), k * 10, 200)))), [], 'four fingers: nothing');
});

test('two fingers together tap; one held first, then another, press and tap', (t) => {
  t.deepEqual(names(play([...press(1, MAP, 0, 200), ...press(2, shift(MAP, 300, 0), 50, 120)])), ['two-finger-tap']);
  t.deepEqual(names(play([...press(1, MAP, 0, 600), ...press(2, shift(MAP, 300, 0), 250, 120)])), ['press-and-tap']);
  t.deepEqual(names(play([...press(1, MAP, 0, 900), ...press(2, shift(MAP, 300, 0), 700, 120)])), ['long-press'], 'once the long press is in, a second finger is too late');
});

test('a cancelled touch is no tap; a new touch stops a glide', (t) => {
  t.deepEqual(names(play([{ id: 1, x: 10, y: 10, t: 0, kind: 'down' }, { id: 1, x: 10, y: 10, t: 50, kind: 'cancel' }])), []);
  const r = new GestureRecognizer({ size: () => SIZE, pannableAt: () => true });
  for (const s of line(1, MAP, shift(MAP, 600, 0), 0, 120, 8)) r.feed(s);
  t.is(r.tick(150).length, 1);
  r.feed({ id: 2, x: MAP[0], y: MAP[1], t: 160, kind: 'down' });
  t.deepEqual(r.tick(176), [], 'the finger holds the map');
});
