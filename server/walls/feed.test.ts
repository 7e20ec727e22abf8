import test from 'ava';
import { WALL_FEED_LENGTH, type WallFeedItem } from '../contracts/wall-remote.ts';
import { appendToFeed } from './feed.ts';

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
