import test from 'ava';
import { FeedParamsSchema, feedStart, feedUrl } from './feed.ts';

test('no parameters: a 30-minute window of 500-row pages', (t) => {
  t.deepEqual(FeedParamsSchema.parse({}), { windowMinutes: 30, limit: 500 });
  t.false(FeedParamsSchema.safeParse({ windowMinutes: 0 }).success);
  t.false(FeedParamsSchema.safeParse({ limit: 1001 }).success);
  t.false(FeedParamsSchema.safeParse({ from: '2024-05-01' }).success);
  t.false(FeedParamsSchema.safeParse({ cursor: 'x' }).success);
});

test('the window start is aligned, so runs a few seconds apart read the same pages', (t) => {
  const p = FeedParamsSchema.parse({});
  const a = feedStart(p, Date.parse('2024-05-01T03:31:02Z'));
  const b = feedStart(p, Date.parse('2024-05-01T03:34:58Z'));
  t.is(new Date(a).toISOString(), '2024-05-01T03:00:00.000Z');
  t.is(a, b);
  t.is(new Date(feedStart(p, Date.parse('2024-05-01T03:35:00Z'))).toISOString(), '2024-05-01T03:05:00.000Z');
});

test('an explicit from replays an earlier stretch, never the future', (t) => {
  const now = Date.parse('2024-05-01T03:31:02Z');
  t.is(feedStart(FeedParamsSchema.parse({ from: '2024-05-01T09:00:00+09:00' }), now), Date.parse('2024-05-01T00:00:00Z'));
  t.is(feedStart(FeedParamsSchema.parse({ from: '2030-01-01T00:00:00Z' }), now), now);
});

test('urls: from in KST digits, since as the opaque cursor', (t) => {
  t.is(feedUrl('http://h/119', { from: Date.parse('2024-05-01T03:00:00Z') }, 50), 'http://h/119/incidents?from=20240501120000&limit=50');
  t.is(feedUrl('http://h/119', { since: '1714532592123-171' }, 50), 'http://h/119/incidents?since=1714532592123-171&limit=50');
});
