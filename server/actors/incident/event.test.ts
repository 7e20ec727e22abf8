import test from 'ava';
import { isIncidentKind, parseIncidentEvent } from './event.ts';
import { progress, reported, T0 } from './testing.ts';

test('a reported envelope is parsed with its time and payload', (t) => {
  const r = parseIncidentEvent(reported('20261127-0001', T0));
  t.true(r.ok);
  if (!r.ok) return;
  t.like(r.event, { kind: 'reported', incident: 'fire-119:20261127-0001', source: 'fire-119', at: '2026-11-27T01:00:00.000Z' });
  t.is(r.event.eventId, 'fire-119:20261127-0001:reported');
});

test('progress payloads take their defaults and must match the kind', (t) => {
  const r = parseIncidentEvent(progress('1', 'arrived', T0));
  t.true(r.ok);
  if (r.ok && r.event.kind === 'progress') t.deepEqual([r.event.payload.recorded, r.event.payload.estimated], [{}, []]);
  const wrong = parseIncidentEvent({ ...progress('1', 'arrived', T0), kind: 'incident.resolved' });
  t.deepEqual(wrong, { ok: false, reason: 'payload stage arrived under kind incident.resolved' });
});

test('bad envelopes and payloads are refused with a reason, never thrown', (t) => {
  const cases: Array<[unknown, RegExp]> = [
    [null, /^envelope:/],
    [{ ...reported('1'), observedAt: 'yesterday' }, /^envelope: observedAt/],
    [{ ...reported('1'), kind: 'air.observed' }, /not an incident event/],
    [{ ...reported('1'), payload: { incident: 'fire-119:1' } }, /^payload:/],
    [reported('1', T0, { lat: 10 }), /^payload: lat/],
    [progress('1', 'dispatched', T0, { recorded: { travelS: -3 } }), /^payload: recorded.travelS/],
    [{ ...reported('1'), source: 'police-112' }, /does not belong to source police-112/],
    [{ ...reported('1'), district: '11110' }, /envelope gu 11110 differs/],
  ];
  for (const [raw, reason] of cases) {
    const r = parseIncidentEvent(raw);
    t.false(r.ok);
    if (!r.ok) t.regex(r.reason, reason);
  }
});

test('incident kinds', (t) => {
  t.deepEqual(['incident.reported', 'incident.resolved', 'incident.closed', 'air.observed', 3].map(isIncidentKind), [true, true, false, false, false]);
});
