import test from 'ava';
import fc from 'fast-check';
import { ComplaintSchema } from '../../contracts/index.ts';
import { applyEvent, emptyTrack, MAX_PENDING, replayOf, slaMsOf } from './lifecycle.ts';
import { slaLookup } from './sla.ts';
import { CATEGORIES, D, filed, foldAll, H, iso, parsed, ROADS_DEPT, status, T0 } from './testing.ts';

const sla = slaLookup(CATEGORIES);

test('filing: received, due after the category answer time, the first history entry', (t) => {
  const c = foldAll([filed('1', T0)]);
  t.like(c, { id: 'dasan-120:1', source: 'dasan-120', status: 'received', requestedAt: iso(T0), dueAt: iso(T0 + 7 * D), answeredAt: null, closedAt: null, reopened: 0 });
  t.deepEqual(c.history, [{ status: 'received', at: iso(T0), department: c.department, note: null }]);
  t.true(ComplaintSchema.safeParse(c).success);
  t.is(foldAll([filed('2', T0, { category: 'road-damage' })]).dueAt, iso(T0 + 3 * D));
  t.is(foldAll([filed('3', T0, { category: 'stray-cats' })]).dueAt, iso(T0 + 7 * D), 'an unknown category gets 7 days');
});

test('a full lifecycle: assigned to another department, answered, closed', (t) => {
  const c = foldAll([
    filed('1', T0),
    status('1', 'assigned', T0 + H, { department: ROADS_DEPT }),
    status('1', 'in-progress', T0 + 2 * H),
    status('1', 'answered', T0 + 30 * H, { note: '단속 완료' }),
    status('1', 'closed', T0 + 50 * H),
  ]);
  t.like(c, { status: 'closed', department: ROADS_DEPT, answeredAt: iso(T0 + 30 * H), closedAt: iso(T0 + 50 * H), dueAt: iso(T0 + 7 * D), reopened: 0 });
  t.deepEqual(c.history.map((e) => e.status), ['received', 'assigned', 'in-progress', 'answered', 'closed']);
  t.is(c.history[3]?.note, '단속 완료');
  t.true(ComplaintSchema.safeParse(c).success);
});

test('reopening restarts the answer clock; the next answer is measured from it', (t) => {
  const c = foldAll([
    filed('1', T0),
    status('1', 'answered', T0 + D),
    status('1', 'closed', T0 + 2 * D),
    status('1', 'reopened', T0 + 3 * D),
  ]);
  t.like(c, { status: 'reopened', reopened: 1, dueAt: iso(T0 + 10 * D), answeredAt: null, closedAt: null });
  t.is(slaMsOf(c), 7 * D);
  const again = foldAll([filed('1', T0), status('1', 'answered', T0 + D), status('1', 'reopened', T0 + 3 * D), status('1', 'answered', T0 + 12 * D), status('1', 'answered', T0 + 13 * D)]);
  t.like(again, { status: 'answered', answeredAt: iso(T0 + 12 * D), reopened: 1 });
  t.deepEqual(replayOf(again).answers, [
    { at: T0 + D, startedAt: T0, dueAt: T0 + 7 * D },
    { at: T0 + 12 * D, startedAt: T0 + 3 * D, dueAt: T0 + 10 * D },
  ], 'one answer per cycle: an amended answer does not count again');
});

test('a repeated event is a no-op and returns the same object', (t) => {
  let track = applyEvent(emptyTrack(), parsed(filed('1', T0)), sla, T0).track;
  track = applyEvent(track, parsed(status('1', 'assigned', T0 + H)), sla, T0).track;
  for (const raw of [filed('1', T0), filed('1', T0 + 5 * H, { title: 'changed' }), status('1', 'assigned', T0 + H, { note: 'again' }), status('1', 'received', T0)]) {
    const r = applyEvent(track, parsed(raw), sla, T0 + 9 * H);
    t.false(r.changed);
    t.is(r.track, track);
  }
});

test('out of order: the history is in time order and the status is the latest one', (t) => {
  const c = foldAll([filed('1', T0), status('1', 'closed', T0 + 5 * D), status('1', 'assigned', T0 + H), status('1', 'answered', T0 + 2 * D)]);
  t.is(c.status, 'closed');
  t.deepEqual(c.history.map((e) => e.status), ['received', 'assigned', 'answered', 'closed']);
  t.is(c.answeredAt, iso(T0 + 2 * D));
  // ties follow the order of the statuses; an entry dated before the filing counts at the filing
  const tie = foldAll([filed('1', T0), status('1', 'closed', T0 + D), status('1', 'answered', T0 + D), status('1', 'assigned', T0 - H)]);
  t.deepEqual(tie.history.map((e) => e.status), ['received', 'assigned', 'answered', 'closed']);
  t.like(tie, { status: 'closed', answeredAt: iso(T0 + D) });
});

test('a status before its filing is held, deduplicated, and folded in when the filing comes', (t) => {
  let r = applyEvent(emptyTrack(), parsed(status('1', 'assigned', T0 + H, { department: ROADS_DEPT })), sla, T0);
  t.true(r.changed);
  t.is(r.track.complaint, null);
  t.false(applyEvent(r.track, parsed(status('1', 'assigned', T0 + H)), sla, T0).changed);
  r = applyEvent(r.track, parsed(status('1', 'answered', T0 + 3 * H)), sla, T0);
  t.is(r.track.pending.length, 2);
  r = applyEvent(r.track, parsed(filed('1', T0)), sla, T0 + 4 * H);
  t.deepEqual(r.track.pending, []);
  t.like(r.track.complaint, { status: 'answered', department: ROADS_DEPT, answeredAt: iso(T0 + 3 * H), updatedAt: iso(T0 + 4 * H) });
});

test('held status events are capped', (t) => {
  let track = emptyTrack();
  for (let k = 0; k < MAX_PENDING + 5; k += 1) track = applyEvent(track, parsed(status('1', 'in-progress', T0 + k * H)), sla, T0).track;
  t.is(track.pending.length, MAX_PENDING);
  t.is(track.pending[0]?.at, iso(T0 + 5 * H));
});

test('updatedAt moves forward with every change', (t) => {
  let track = applyEvent(emptyTrack(), parsed(filed('1', T0)), sla, T0).track;
  track = applyEvent(track, parsed(status('1', 'assigned', T0 + H)), sla, T0).track;
  t.is(track.complaint?.updatedAt, iso(T0 + 1));
});

test('property: any order and any repetition of the same events gives the same complaint', (t) => {
  const events = [
    status('1', 'assigned', T0 + H, { department: ROADS_DEPT }),
    status('1', 'answered', T0 + 2 * D, { note: 'fixed' }),
    status('1', 'reopened', T0 + 4 * D),
    status('1', 'answered', T0 + 6 * D),
    status('1', 'closed', T0 + 6 * D),
  ];
  const reference = { ...foldAll([filed('1', T0), ...events]), updatedAt: '' };
  t.like(reference, { status: 'closed', reopened: 1, dueAt: iso(T0 + 11 * D), answeredAt: iso(T0 + 6 * D) });
  const all = [0, 1, 2, 3, 4, 5];
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 6, maxLength: 14 }).filter((xs) => all.every((k) => xs.includes(k))), (order) => {
      let track = emptyTrack();
      for (const k of order) track = applyEvent(track, parsed(k === 0 ? filed('1', T0) : events[k - 1]), sla, T0).track;
      t.deepEqual({ ...track.complaint, updatedAt: '' }, reference);
    }),
    { numRuns: 200 },
  );
});
