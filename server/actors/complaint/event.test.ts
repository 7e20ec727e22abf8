import test from 'ava';
import { isComplaintKind, parseComplaintEvent } from './event.ts';
import { filed, status, T0 } from './testing.ts';

test('a filed envelope is parsed with its time and payload', (t) => {
  const r = parseComplaintEvent(filed('2026-000123', T0));
  t.true(r.ok);
  if (!r.ok) return;
  t.like(r.event, { kind: 'filed', complaint: 'dasan-120:2026-000123', source: 'dasan-120', at: '2026-11-27T01:00:00.000Z' });
  t.is(r.event.eventId, `dasan-120:2026-000123:filed:${T0}`);
});

test('a status envelope is parsed; its time is observedAt, normalized to UTC milliseconds', (t) => {
  const r = parseComplaintEvent({ ...status('1', 'assigned', T0), observedAt: '2026-11-27T01:00:00Z' });
  t.true(r.ok);
  if (r.ok && r.event.kind === 'status') t.deepEqual([r.event.at, r.event.payload.status], ['2026-11-27T01:00:00.000Z', 'assigned']);
});

test('bad envelopes and payloads are refused with a reason, never thrown', (t) => {
  const cases: Array<[unknown, RegExp]> = [
    [null, /^envelope:/],
    [{ ...filed('1'), observedAt: 'yesterday' }, /^envelope: observedAt/],
    [{ ...filed('1'), kind: 'incident.reported' }, /not a complaint event/],
    [{ ...filed('1'), payload: { complaint: 'dasan-120:1' } }, /^payload:/],
    [filed('1', T0, { lat: 10 }), /^payload: lat/],
    [filed('1', T0, { complaint: 'dasan-120:a/b' }), /^payload: complaint: source:number/],
    [status('1', 'done' as never, T0), /^payload: status/],
    [{ ...filed('1'), source: 'open311-seoul' }, /does not belong to source open311-seoul/],
    [{ ...status('1', 'closed', T0), source: 'open311-seoul' }, /does not belong to source open311-seoul/],
    [{ ...filed('1'), district: '11110' }, /envelope gu 11110 differs from the complaint's gu 11680/],
    [{ ...filed('1', T0, { district: null }), district: '11110' }, /complaint's gu none/],
  ];
  for (const [raw, reason] of cases) {
    const r = parseComplaintEvent(raw);
    t.false(r.ok);
    if (!r.ok) t.regex(r.reason, reason);
  }
});

test('a complaint without a gu is accepted', (t) => {
  t.true(parseComplaintEvent(filed('1', T0, { district: null, lon: null, lat: null })).ok);
});

test('complaint kinds', (t) => {
  t.deepEqual(['complaint.filed', 'complaint.status', 'complaint.rising', 'incident.reported', 3].map(isComplaintKind), [true, true, false, false, false]);
});
