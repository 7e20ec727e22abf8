import test from 'ava';
import { incident } from '../../testing/incident-fixtures.ts';
import { timelineOf } from './incident-timeline.ts';

const T0 = Date.parse('2025-05-01T05:00:00Z');

test('a resolved incident: every stage’s time and every recorded duration, estimated ones marked', (t) => {
  const i = { ...incident({ id: 'fire-119:1', reportedAt: T0, dispatchedAfterS: 60, arrivedAfterS: 372, resolvedAfterS: 2172 }), estimated: ['onSceneS' as const] };
  const tl = timelineOf(i, T0 + 3_600_000);
  t.deepEqual(tl.steps.map((s) => s.at), [T0, T0 + 60_000, T0 + 372_000, T0 + 2_172_000]);
  t.deepEqual(tl.segments.map((s) => [s.key, s.seconds, s.estimated, s.running]), [
    ['dispatchS', 60, false, false],
    ['travelS', 312, false, false],
    ['onSceneS', 1800, true, false],
  ]);
});

test('an incident on its way: the stage waited for shows the time elapsed, and its lateness', (t) => {
  const i = { ...incident({ id: 'fire-119:2', reportedAt: T0, dispatchedAfterS: 90 }), late: [{ awaiting: 'arrived' as const, targetS: 420, at: '2025-05-01T05:08:30Z' }] };
  const tl = timelineOf(i, T0 + 90_000 + 500_000);
  t.deepEqual(tl.steps.map((s) => s.at !== null), [true, true, false, false]);
  const [dispatch, travel, onScene] = tl.segments;
  t.like(dispatch, { seconds: 90, running: false, late: null });
  t.like(travel, { seconds: null, running: true, elapsedS: 500 });
  t.is(travel?.late?.targetS, 420);
  t.like(onScene, { seconds: null, running: false, elapsedS: null });
});

test('source-recorded durations stand even when the replayed stage times are compressed', (t) => {
  const i = { ...incident({ id: 'fire-119:3', reportedAt: T0, dispatchedAfterS: 1, arrivedAfterS: 3 }), durations: { dispatchS: 55, travelS: 290, onSceneS: null } };
  t.deepEqual(timelineOf(i, T0 + 10_000).segments.map((s) => s.seconds), [55, 290, null]);
  t.true(timelineOf(i, T0 + 10_000).segments[2]!.running, 'waiting for resolution');
});
