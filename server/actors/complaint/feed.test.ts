import test from 'ava';
import { factsOf } from './facts.ts';
import { selectFeed, updateFeed } from './feed.ts';
import { filed, foldAll, H, status, T0 } from './testing.ts';

const at = (n: string, t: number) => factsOf(foldAll([filed(n, t)]));

test('the latest filed, newest first, ties by id, at most size', (t) => {
  const feed = selectFeed([at('a', T0), at('b', T0 + H), at('c', T0 + H), at('d', T0 - H)], 3);
  t.deepEqual(feed.map((f) => f.id), ['dasan-120:b', 'dasan-120:c', 'dasan-120:a']);
});

test('kept up to date one complaint at a time', (t) => {
  const feed = selectFeed([at('a', T0), at('b', T0 + H)], 2);
  t.is(updateFeed(feed, at('old', T0 - H), 2), feed, 'too old to make the cut: the same array');
  const answered = factsOf(foldAll([filed('a', T0), status('a', 'answered', T0 + 2 * H)]));
  t.deepEqual(updateFeed(feed, answered, 2).map((f) => `${f.id}:${f.status}`), ['dasan-120:b:received', 'dasan-120:a:answered']);
  t.deepEqual(updateFeed(feed, at('new', T0 + 2 * H), 2).map((f) => f.id), ['dasan-120:new', 'dasan-120:b']);
  t.deepEqual(updateFeed([], at('x', T0), 2).map((f) => f.id), ['dasan-120:x']);
});
