import test from 'ava';
import { eventsOf, pageOf, parseFeedQuery, type Timeline } from './feed.ts';

const inc = (ordinal: number, at: [number, number, number, number]): Timeline => ({ ordinal, at });
const a = inc(0, [1000, 2000, 3000, 3000]);
const b = inc(1, [1500, 2000, 9000, 12000]);
const now = 3000;

test('events up to now in (ms, seq) order; equal times keep stage order', (t) => {
  const ev = eventsOf([b, a], { ms: 0, seq: -1 }, now);
  t.deepEqual(ev.map((e) => [e.incident.ordinal, e.stage, e.ms, e.seq]), [
    [0, 0, 1000, 0], [1, 0, 1500, 4], [0, 1, 2000, 1], [1, 1, 2000, 5], [0, 2, 3000, 2], [0, 3, 3000, 3],
  ]);
});

test('paging by cursor gives every event exactly once', (t) => {
  const all = eventsOf([a, b], { ms: 0, seq: -1 }, 20_000);
  const seen: number[] = [];
  let q = { after: { ms: 0, seq: -1 }, limit: 3 };
  for (let i = 0; i < 10; i++) {
    const p = pageOf(eventsOf([a, b], q.after, 20_000), q);
    seen.push(...p.events.map((e) => e.seq));
    if (!p.hasMore) break;
    const [ms, seq] = p.nextCursor!.split('-').map(Number) as [number, number];
    q = { after: { ms, seq }, limit: 3 };
  }
  t.deepEqual(seen, all.map((e) => e.seq));
  t.is(seen.length, 8);
});

test('an empty page hands back the request cursor, or null for a time request', (t) => {
  t.like(pageOf([], { after: { ms: 5, seq: 2 }, limit: 10 }), { hasMore: false, nextCursor: '5-2' });
  t.like(pageOf([], { after: { ms: 5, seq: -1 }, limit: 10 }), { hasMore: false, nextCursor: null });
});

test('query parameters', (t) => {
  const q = (s: string) => parseFeedQuery(new URLSearchParams(s), Date.parse('2024-05-01T03:00:00Z'));
  t.deepEqual(q('since=17-5&limit=20'), { after: { ms: 17, seq: 5 }, limit: 20 });
  t.deepEqual(q('from=20240501120000'), { after: { ms: Date.parse('2024-05-01T03:00:00Z'), seq: -1 }, limit: 100 });
  t.deepEqual(q(''), { after: { ms: Date.parse('2024-05-01T02:00:00Z'), seq: -1 }, limit: 100 });
  for (const bad of ['since=x', 'since=1-2&from=20240501120000', 'from=2024-05-01', 'from=20240231120000', 'limit=0', 'limit=1001', 'limit=ten']) {
    t.deepEqual(q(bad), { error: '10' }, bad);
  }
});
