import test from 'ava';
import { WALL_FEED_LENGTH, type WallFeed, type WallFeedItem } from '../contracts/wall-remote.ts';
import { appendToFeed, receivedLive } from './feed.ts';

const item = (id: string): WallFeedItem => ({
  id,
  issued: { command: { type: 'next-screen' }, source: 'tablet', at: '2026-12-07T01:00:00.000Z' },
  by: { login: 'room.kim', role: 'situation-room' },
});

test('appends in order, keeps the newest, ignores repeated ids', (t) => {
  let feed = appendToFeed(null, 'mayor', [item('a'), item('b')]);
  feed = appendToFeed(feed, 'mayor', [item('b'), item('c')]);
  t.deepEqual(feed.items.map((i) => i.id), ['a', 'b', 'c']);
  for (let i = 0; i < WALL_FEED_LENGTH + 5; i++) feed = appendToFeed(feed, 'mayor', [item(`n${i}`)]);
  t.is(feed.items.length, WALL_FEED_LENGTH);
  t.is(feed.items.at(-1)?.id, `n${WALL_FEED_LENGTH + 4}`);
});

test('a held value that is not this wall’s feed starts a new one', (t) => {
  t.deepEqual(appendToFeed({ wall: 'gu-11680', items: [item('x')] }, 'mayor', [item('a')]).items.map((i) => i.id), ['a']);
  t.deepEqual(appendToFeed({ nonsense: true }, 'mayor', [item('a')]).items.map((i) => i.id), ['a']);
});

test('received live values: a wall feed merges what two replicas issued at once; other channels replace', (t) => {
  // each replica publishes only its own new commands; a hub receives them in either order
  const fromA = { wall: 'mayor', items: [item('a1'), item('a2')] };
  const fromB = { wall: 'mayor', items: [item('b1')] };
  const held = { wall: 'mayor', items: [item('old')] };
  const ab = receivedLive('walls/wall/mayor', receivedLive('walls/wall/mayor', held, fromA), fromB) as WallFeed;
  const ba = receivedLive('walls/wall/mayor', receivedLive('walls/wall/mayor', held, fromB), fromA) as WallFeed;
  t.deepEqual(ab.items.map((i) => i.id), ['old', 'a1', 'a2', 'b1']);
  t.deepEqual(ba.items.map((i) => i.id).sort(), ab.items.map((i) => i.id).sort());
  t.deepEqual(receivedLive('walls/wall/mayor', ab, fromA), ab, 'a message heard twice adds nothing');
  // a feed of another wall, or no feed at all, leaves the held feed as it was
  t.is(receivedLive('walls/wall/mayor', held, { wall: 'gu-11680', items: [item('x')] }), held);
  t.is(receivedLive('walls/wall/mayor', held, { nonsense: true }), held);
  t.deepEqual(receivedLive('incidents/board', { a: 1 }, { b: 2 }), { b: 2 });
});
