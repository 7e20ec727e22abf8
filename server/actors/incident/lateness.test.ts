import test from 'ava';
import { IncidentEscalationSchema, IncidentSchema } from '../../contracts/index.ts';
import { assessLateness, nextCheckAt } from './lateness.ts';
import { INCIDENT_TARGETS, IncidentTargetsSchema, targetFor } from './targets.ts';
import { foldAll, iso, progress, reported, T0 } from './testing.ts';

const S = 1000;
const opts = { targets: INCIDENT_TARGETS, escalateWithinMs: 3_600_000 };

test('the targets are valid data and name the golden time', (t) => {
  t.true(IncidentTargetsSchema.safeParse(INCIDENT_TARGETS).success);
  t.is(targetFor(INCIDENT_TARGETS, 'fire', 'arrived'), 420);
  t.is(targetFor(INCIDENT_TARGETS, 'police', 'arrived'), 300);
  t.is(targetFor(INCIDENT_TARGETS, 'fire', 'dispatched'), 60);
  t.false(IncidentTargetsSchema.safeParse({ ...INCIDENT_TARGETS, fire: { ...INCIDENT_TARGETS.fire, travelS: 0 } }).success);
});

test('an awaited dispatch is late after 60 s: recorded and escalated once', (t) => {
  const i = foldAll([reported('1', T0)]);
  t.is(nextCheckAt(i, INCIDENT_TARGETS), T0 + 60 * S);
  const early = assessLateness(i, T0 + 59 * S, opts);
  t.is(early.incident, i);
  const late = assessLateness(i, T0 + 61 * S, opts);
  t.deepEqual(late.added, [{ awaiting: 'dispatched', targetS: 60, at: iso(T0 + 60 * S) }]);
  t.deepEqual(late.escalations, [{ incident: 'fire-119:1', agency: 'fire', type: 'fire', district: '11680', awaiting: 'dispatched', targetS: 60, at: iso(T0 + 60 * S) }]);
  t.true(IncidentEscalationSchema.safeParse(late.escalations[0]).success);
  t.true(IncidentSchema.safeParse(late.incident).success);
  t.is(late.incident.updatedAt, iso(T0 + 61 * S));
  const again = assessLateness(late.incident, T0 + 600 * S, opts);
  t.deepEqual([again.added, again.escalations], [[], []]);
  t.is(nextCheckAt(late.incident, INCIDENT_TARGETS), null, 'the dispatch stays late; nothing else can be judged yet');
});

test('travel is judged from the dispatch time; the resolution from the arrival', (t) => {
  const dispatched = foldAll([reported('1', T0), progress('1', 'dispatched', T0 + 30 * S)]);
  t.is(nextCheckAt(dispatched, INCIDENT_TARGETS), T0 + 450 * S);
  const r = assessLateness(dispatched, T0 + 451 * S, opts);
  t.deepEqual(r.added.map((l) => [l.awaiting, l.at]), [['arrived', iso(T0 + 450 * S)]]);
  const arrived = foldAll([reported('1', T0), progress('1', 'dispatched', T0 + 30 * S), progress('1', 'arrived', T0 + 300 * S)]);
  t.is(nextCheckAt(arrived, INCIDENT_TARGETS), T0 + 3900 * S);
  t.deepEqual(assessLateness(arrived, T0 + 3901 * S, opts).added.map((l) => l.awaiting), ['resolved']);
});

test('police arrivals have five minutes', (t) => {
  const i = foldAll([reported('1', T0, { incident: 'police-112:1', agency: 'police', type: 'robbery' }), progress('1', 'dispatched', T0 + 20 * S, {}, 'police-112')]);
  t.is(nextCheckAt(i, INCIDENT_TARGETS), T0 + 320 * S);
});

test('a stage that happened too slowly is recorded but not escalated', (t) => {
  const i = foldAll([reported('1', T0), progress('1', 'dispatched', T0 + 2 * S), progress('1', 'arrived', T0 + 9 * S, { recorded: { travelS: 514 } })]);
  const r = assessLateness(i, T0 + 10 * S, opts);
  t.deepEqual(r.added, [{ awaiting: 'arrived', targetS: 420, at: iso(T0 + 9 * S) }], 'placed no later than the arrival');
  t.deepEqual(r.escalations, []);
  const slow = foldAll([reported('1', T0), progress('1', 'dispatched', T0), progress('1', 'arrived', T0 + 500 * S)]);
  t.deepEqual(assessLateness(slow, T0 + 500 * S, opts).added.map((l) => l.at), [iso(T0 + 420 * S)]);
});

test('lateness found long after it began is recorded without an escalation', (t) => {
  const i = foldAll([reported('1', T0)]);
  const r = assessLateness(i, T0 + 2 * 3_600_000, opts);
  t.is(r.added.length, 1);
  t.deepEqual(r.escalations, []);
});

test('nothing is judged from unknown times', (t) => {
  // arrived and resolved without a dispatch time or a recorded travel time
  const i = foldAll([reported('1', T0), progress('1', 'arrived', T0 + 900 * S)]);
  const r = assessLateness(i, T0 + 901 * S, opts);
  t.deepEqual(r.added.map((l) => l.awaiting), [], 'dispatch happened (the stage is past it), its time is unknown');
  t.is(nextCheckAt(i, INCIDENT_TARGETS), T0 + 4500 * S);
});
