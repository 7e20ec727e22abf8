import test from 'ava';
import { Open311ParamsSchema, requestWindow } from './params.ts';

const now = Date.parse('2024-05-01T03:12:30Z');

test('defaults: the last 90 days, pages of 100, the service list too', (t) => {
  const p = Open311ParamsSchema.parse({});
  t.deepEqual(p, { windowDays: 90, pageSize: 100, services: true });
  const w = requestWindow(p, now);
  t.is(new Date(w.end).toISOString(), '2024-05-01T03:15:00.000Z', 'rounded up to 5 minutes');
  t.is(new Date(w.start).toISOString(), '2024-02-01T03:15:00.000Z');
  t.deepEqual(requestWindow(p, now + 60_000), w, 'runs close together ask for the same window');
});

test('from/to read an earlier stretch; from alone reads 90 days or up to now', (t) => {
  const p = Open311ParamsSchema.parse({ from: '2024-01-01T00:00:00+09:00', to: '2024-01-31T00:00:00+09:00' });
  t.deepEqual(requestWindow(p, now), { start: Date.parse('2023-12-31T15:00:00Z'), end: Date.parse('2024-01-30T15:00:00Z') });
  t.is(requestWindow(Open311ParamsSchema.parse({ from: '2024-04-30T00:00:00Z' }), now).end, now);
  t.is(requestWindow(Open311ParamsSchema.parse({ from: '2023-01-01T00:00:00Z' }), now).end, Date.parse('2023-04-01T00:00:00Z'));
});

test('parameters that cannot be sent are refused', (t) => {
  const msg = (v: unknown): string => Open311ParamsSchema.safeParse(v).error?.issues[0]?.message ?? 'ok';
  t.is(msg({ to: '2024-01-31T00:00:00Z' }), '`to` needs `from`');
  t.is(msg({ from: '2024-02-01T00:00:00Z', to: '2024-01-31T00:00:00Z' }), '`from` must be before `to`');
  t.regex(msg({ from: '2024-01-01T00:00:00Z', to: '2024-04-30T00:00:00Z' }), /at most 90 days/);
  t.not(msg({ windowDays: 91 }), 'ok');
  t.not(msg({ ids: ['a b'] }), 'ok');
  t.not(msg({ extra: 1 }), 'ok');
  t.is(msg({ ids: ['638344', 'SEL-2024-000101'], status: 'open', serviceCode: '006,007', pageSize: 500, services: false }), 'ok');
});
