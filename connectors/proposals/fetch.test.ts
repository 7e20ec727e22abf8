import test from 'ava';
import { itemsUrl, pollsUrl, ProposalsParamsSchema, windowsOf } from './fetch.ts';

const now = Date.parse('2026-01-05T12:12:34.567Z');
const p = (o: object = {}) => ProposalsParamsSchema.parse(o);
const iso = (ms: number) => new Date(ms).toISOString();

test('a scheduled run: the changes since a 5-minute mark, the standing ones before, the polls of two weeks', (t) => {
  const w = windowsOf(p(), now);
  t.deepEqual([iso(w.changes.since), iso(w.changes.until)], ['2026-01-05T11:40:00.000Z', '2026-01-05T12:12:34.000Z']);
  t.deepEqual([iso(w.standing!.since), iso(w.standing!.until)], ['2025-10-07T12:12:34.000Z', '2026-01-05T11:39:59.000Z']);
  t.deepEqual([iso(w.polls.since), iso(w.polls.until)], ['2025-12-22T12:12:34.000Z', '2026-01-05T12:12:34.000Z']);
});

test('a backfill from far back needs no standing read and reads the polls from there', (t) => {
  const w = windowsOf(p({ from: '2025-09-01T09:00:00+09:00' }), now);
  t.is(iso(w.changes.since), '2025-09-01T00:00:00.000Z');
  t.is(w.standing, null);
  t.is(iso(w.polls.since), '2025-09-01T00:00:00.000Z');
  t.is(iso(windowsOf(p({ from: '2030-01-01T00:00:00Z' }), now).changes.since), '2026-01-05T12:12:34.000Z', 'never after now');
});

test('urls carry the window in UTC and the statuses', (t) => {
  const u = new URL(itemsUrl('http://x.test/proposals', { since: 0, until: 1000 }, 2, 50, '답변대기,답변완료'));
  t.is(u.pathname, '/proposals/items');
  t.deepEqual(Object.fromEntries(u.searchParams), { since: '1970-01-01T00:00:00.000Z', until: '1970-01-01T00:00:01.000Z', status: '답변대기,답변완료', page: '2', pageSize: '50' });
  t.is(new URL(pollsUrl('http://x.test/proposals', { since: 0, until: 1000 })).pathname, '/proposals/polls');
});

test('parameters are checked', (t) => {
  for (const bad of [{ windowMinutes: 0 }, { pageSize: 1001 }, { standingDays: 0 }, { from: 'yesterday' }, { other: 1 }]) t.throws(() => p(bad));
});
