import test from 'ava';
import { contactAt, edgesAt, glideStep, inwards, sampleClock, STALL_MS, startGlide, track, velocity } from './gesture-contacts.ts';
import { FLICK_DURATION_MS, FLICK_MAX_SPEED } from './gesture-strokes.ts';

const SIZE = { width: 3840, height: 2160 };

test('a finger’s speed over its last moments; none once it stopped', (t) => {
  const c = contactAt({ id: 1, x: 0, y: 0, t: 0, kind: 'down' });
  for (let i = 1; i <= 10; i++) track(c, { id: 1, x: i * 20, y: -i * 10, t: i * 10, kind: 'move' });
  const [vx, vy] = velocity(c, 100);
  t.is(vx, 2);
  t.is(vy, -1);
  t.is(c.maxDist, Math.hypot(200, 100));
  track(c, { id: 1, x: 200, y: -100, t: 300, kind: 'up' });
  t.deepEqual(velocity(c, 300), [0, 0], 'held still before letting go');
  t.true(c.trail.length <= 3, 'the trail keeps only its recent past');
});

test('edges a touch starts by, and how far a stroke goes inwards', (t) => {
  t.deepEqual(edgesAt(3800, 1000, SIZE), ['right']);
  t.deepEqual(edgesAt(1000, 2150, SIZE), ['bottom']);
  t.deepEqual(edgesAt(3830, 2150, SIZE), ['right', 'bottom']);
  t.deepEqual(edgesAt(3700, 2000, SIZE), []);
  t.is(inwards('right', -200, 30), 200);
  t.is(inwards('right', 200, 0), 0, 'outwards');
  t.is(inwards('right', -100, 100), 0, 'slanted');
  t.is(inwards('bottom', 10, -300), 300);
});

test('a glide slows down and stops after FLICK_DURATION_MS; its speed is capped', (t) => {
  const g = startGlide([10, 20], 3, 0, 1000);
  const steps: number[] = [];
  let over = false;
  for (let at = 1016; !over; at += 16) {
    const [dx, dy, done] = glideStep(g, at);
    t.is(dy, 0);
    steps.push(dx);
    over = done;
  }
  t.is(steps.length, Math.ceil(FLICK_DURATION_MS / 16));
  t.true(steps.every((s, i) => i === 0 || s <= steps[i - 1]! + 1e-9), 'never faster');
  t.true(steps.at(-1)! < steps[0]! / 20);
  const fast = startGlide([0, 0], 100, 0, 0);
  t.is(Math.hypot(fast.vx, fast.vy), FLICK_MAX_SPEED);
});

test('the samples’ clock takes the lesser gap: a tap handled late, or made late, stays quick', (t) => {
  const late = sampleClock();
  t.is(late.sample(1000, 1700), 1700, 'the first sample: when handled');
  t.is(late.sample(1050, 1705), 1705, 'the page was busy: both handled together, made 50 ms apart');
  const acked = sampleClock();
  acked.sample(1000, 1700);
  t.is(acked.sample(1750, 1752), 1752, 'made late because the page took the first late: 52 ms apart when handled');
  const held = sampleClock();
  held.sample(0, 2);
  for (let at = 18; at <= 690; at += 16) t.is(held.tick(at), at, 'between samples the clock runs with the page');
  t.is(held.sample(700, 703), 702, 'a real 700 ms hold');
  t.is(held.sample(650, 710), 702, 'never backwards');
});

test('the frame after a stall gives no time: a lift made during the stall is handled first', (t) => {
  const clock = sampleClock();
  clock.sample(0, 0);
  t.is(clock.tick(16), 16);
  t.is(clock.tick(16 + STALL_MS + 500), null, 'a long frame: no time yet');
  t.is(clock.sample(50, 16 + STALL_MS + 505), 50, 'the lift, made 50 ms after the touch');
  t.is(clock.tick(16 + STALL_MS + 520), 65, 'after the lift, frames run on from it');
  const slow = sampleClock();
  slow.sample(0, 0);
  t.deepEqual([1000, 2000, 3000, 4000].map((at) => slow.tick(at)), [null, 2000, null, 4000], 'a page that keeps stalling: every other frame');
});
