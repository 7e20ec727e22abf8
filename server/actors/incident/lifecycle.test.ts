import test from 'ava';
import fc from 'fast-check';
import { IncidentSchema } from '../../contracts/index.ts';
import { applyEvent, emptyTrack, MAX_PENDING, nextUpdatedAt } from './lifecycle.ts';
import { foldAll, iso, parsed, progress, reported, T0 } from './testing.ts';

const S = 1000;

test('a full lifecycle: stage times, durations from the times, a valid incident', (t) => {
  const i = foldAll([
    reported('1', T0),
    progress('1', 'dispatched', T0 + 50 * S),
    progress('1', 'arrived', T0 + 470 * S),
    progress('1', 'resolved', T0 + 1270 * S, { casualties: { deaths: 0, injuries: 2 }, damageKrwThousands: 661 }),
  ]);
  t.is(i.stage, 'resolved');
  t.deepEqual(i.times, { reported: iso(T0), dispatched: iso(T0 + 50 * S), arrived: iso(T0 + 470 * S), resolved: iso(T0 + 1270 * S) });
  t.deepEqual(i.durations, { dispatchS: 50, travelS: 420, onSceneS: 800 });
  t.deepEqual([i.casualties, i.damageKrwThousands], [{ deaths: 0, injuries: 2 }, 661]);
  t.true(IncidentSchema.safeParse(i).success);
});

test('recorded figures win over the stage times, and estimated ones say so', (t) => {
  const i = foldAll([
    reported('1', T0),
    progress('1', 'dispatched', T0 + 1 * S, { recorded: { dispatchS: 60 }, estimated: ['dispatchS'] }),
    progress('1', 'arrived', T0 + 9 * S, { recorded: { travelS: 514 } }),
    progress('1', 'resolved', T0 + 20 * S),
  ]);
  t.deepEqual(i.durations, { dispatchS: 60, travelS: 514, onSceneS: 11 });
  t.deepEqual(i.estimated, ['dispatchS']);
  // a later measured figure replaces an estimated one
  const j = foldAll([reported('1', T0), progress('1', 'dispatched', T0 + S, { recorded: { dispatchS: 60 }, estimated: ['dispatchS'] }),
    progress('1', 'resolved', T0 + 9 * S, { recorded: { dispatchS: 42, travelS: 300, onSceneS: 700 } })]);
  t.deepEqual([j.durations.dispatchS, j.estimated], [42, []]);
});

test('duplicates change nothing and return the same object', (t) => {
  let track = applyEvent(emptyTrack(), parsed(reported('1', T0)), T0).track;
  for (const raw of [progress('1', 'dispatched', T0 + 50 * S), progress('1', 'arrived', T0 + 400 * S)]) track = applyEvent(track, parsed(raw), T0).track;
  for (const raw of [reported('1', T0), reported('1', T0 + 5 * S), progress('1', 'dispatched', T0 + 50 * S), progress('1', 'arrived', T0 + 999 * S)]) {
    const r = applyEvent(track, parsed(raw), T0 + 1000 * S);
    t.false(r.changed);
    t.is(r.track, track);
  }
  t.is(track.incident?.times.arrived, iso(T0 + 400 * S), 'the first time of a stage stays');
});

test('out of order: the stage never goes back, late times are filled in, durations follow', (t) => {
  const i = foldAll([
    reported('1', T0),
    progress('1', 'resolved', T0 + 1000 * S),
    progress('1', 'dispatched', T0 + 60 * S),
    progress('1', 'arrived', T0 + 500 * S),
  ]);
  t.is(i.stage, 'resolved');
  t.deepEqual(i.durations, { dispatchS: 60, travelS: 440, onSceneS: 500 });
});

test('a missed stage leaves its times and durations unknown', (t) => {
  const i = foldAll([reported('1', T0), progress('1', 'arrived', T0 + 400 * S), progress('1', 'resolved', T0 + 900 * S)]);
  t.is(i.stage, 'resolved');
  t.deepEqual(i.durations, { dispatchS: null, travelS: null, onSceneS: 500 });
  t.is(i.times.dispatched, null);
});

test('times that contradict each other give no duration', (t) => {
  const i = foldAll([reported('1', T0), progress('1', 'dispatched', T0 - 30 * S)]);
  t.is(i.durations.dispatchS, null);
});

test('progress before reported is held, deduplicated, and folded in when reported comes', (t) => {
  let r = applyEvent(emptyTrack(), parsed(progress('1', 'dispatched', T0 + 60 * S)), T0);
  t.true(r.changed);
  t.is(r.track.incident, null);
  const again = applyEvent(r.track, parsed(progress('1', 'dispatched', T0 + 60 * S)), T0);
  t.false(again.changed);
  r = applyEvent(r.track, parsed(progress('1', 'arrived', T0 + 300 * S, { recorded: { travelS: 250 } })), T0);
  t.is(r.track.pending.length, 2);
  r = applyEvent(r.track, parsed(reported('1', T0)), T0 + 400 * S);
  t.deepEqual(r.track.pending, []);
  t.like(r.track.incident, { stage: 'arrived', durations: { dispatchS: 60, travelS: 250, onSceneS: null }, updatedAt: iso(T0 + 400 * S) });
});

test('held progress is capped', (t) => {
  let track = emptyTrack();
  for (let k = 0; k < MAX_PENDING + 5; k += 1) {
    track = applyEvent(track, parsed({ ...progress('1', 'arrived', T0 + k * S), id: `e${k}` }), T0).track;
  }
  t.is(track.pending.length, MAX_PENDING);
  t.is(track.pending[0]?.eventId, 'e5');
});

test('updatedAt always moves forward, even when the clock does not', (t) => {
  t.is(nextUpdatedAt(null, T0), iso(T0));
  t.is(nextUpdatedAt(iso(T0), T0), iso(T0 + 1));
  t.is(nextUpdatedAt(iso(T0), T0 - 5000), iso(T0 + 1));
  t.is(nextUpdatedAt(iso(T0), T0 + 5000), iso(T0 + 5000));
});

test('property: any order and any repetition of the same events gives the same incident', (t) => {
  const events = [
    progress('1', 'dispatched', T0 + 50 * S),
    progress('1', 'arrived', T0 + 470 * S, { recorded: { travelS: 431 } }),
    progress('1', 'resolved', T0 + 1270 * S, { casualties: { deaths: 1, injuries: 0 } }),
  ];
  const reference = { ...foldAll([reported('1', T0), ...events]), updatedAt: '' };
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 4, maxLength: 12 }).filter((xs) => [0, 1, 2, 3].every((k) => xs.includes(k))), (order) => {
      const raws = order.map((k) => (k === 0 ? reported('1', T0) : events[k - 1]));
      let track = emptyTrack();
      for (const raw of raws) track = applyEvent(track, parsed(raw), T0).track;
      t.deepEqual({ ...track.incident, updatedAt: '' }, reference);
    }),
    { numRuns: 200 },
  );
});
