import test from 'ava';
import type { WallFeed, WallFeedItem } from '../../../server/contracts/index.ts';
import { advanceFeed, NEW_CURSOR, type FeedCursor } from './feed.ts';

const item = (id: string): WallFeedItem => ({
  id,
  issued: { command: { type: 'next-screen' }, source: 'tablet', at: '2025-05-01T03:00:00.000Z' },
  by: { login: 'kim', role: 'mayor' },
});
const feed = (...ids: string[]): WallFeed => ({ wall: 'mayor', items: ids.map(item) });

/** Feeds values through a cursor; the ids applied at each step. */
function replay(values: Array<WallFeed | null>): string[][] {
  let cursor: FeedCursor = NEW_CURSOR;
  return values.map((v) => {
    const step = advanceFeed(cursor, v);
    cursor = step.cursor;
    return step.fresh.map((i) => i.id);
  });
}

test('the first value after loading is history: nothing of it is applied', (t) => {
  t.deepEqual(replay([feed('1', '2', '3')]), [[]]);
  t.deepEqual(replay([null, feed('1')]), [[], ['1']], 'a wall without commands yet: the first one that comes is new');
});

test('a command this page posted before the first value came is applied from it; the rest of it is history', (t) => {
  const step = advanceFeed(NEW_CURSOR, feed('1', '2', '3'), new Set(['3']));
  t.deepEqual(step.fresh.map((i) => i.id), ['3']);
  t.deepEqual(advanceFeed(step.cursor, feed('1', '2', '3'), new Set(['3'])).fresh, [], 'and only once');
});

test('each new item is applied once, in order, however often the feed is sent again', (t) => {
  t.deepEqual(replay([feed('1'), feed('1', '2'), feed('1', '2'), feed('1', '2', '3', '4'), feed('1', '2', '3', '4')]), [[], ['2'], [], ['3', '4'], []]);
});

test('after a reconnect, the snapshot brings what was missed, and only that', (t) => {
  // Connected at 1–2; the link drops while 3 and 4 are issued; the snapshot after the reconnect has them.
  t.deepEqual(replay([feed('1', '2'), feed('2', '3', '4'), feed('2', '3', '4')]), [[], ['3', '4'], []]);
});

test('the feed keeps the latest only: items that left it are not taken for new ones; a null value changes nothing', (t) => {
  t.deepEqual(replay([feed('1', '2', '3'), feed('3', '4'), null, feed('3', '4', '5')]), [[], ['4'], [], ['5']]);
});
