import test from 'ava';
import { rankedTerms, termsOf, trendSources, TRENDS_CHANNEL } from './trends.ts';
import { trendBoard, trendTerm } from './testing/opinion-fixtures.ts';

test('the channel', (t) => t.is(TRENDS_CHANNEL, 'trends/city/board'));

test('city terms, rising first then by score; a gu’s own list', (t) => {
  const board = trendBoard('2025-05-01');
  t.deepEqual(rankedTerms(board, null, 10).map((x) => x.term), ['층간소음', 'pothole', '따릉이', '미세먼지']);
  t.deepEqual(rankedTerms(board, null, 2).map((x) => x.term), ['층간소음', 'pothole']);
  t.deepEqual(rankedTerms(board, '11680', 10).map((x) => x.term), ['공사장 소음']);
  t.deepEqual(termsOf(board, '11110'), [], 'a gu without terms');
  t.deepEqual(rankedTerms(null, null, 5), []);
});

test('terms counted zero today are left out', (t) => {
  const board = { ...trendBoard('2025-05-01'), terms: [trendTerm({ term: 'a', count: 0 }), trendTerm({ term: 'b', count: 6, baseline: 2 })] };
  t.deepEqual(rankedTerms(board, null, 5).map((x) => x.term), ['b']);
});

test('the sources the items came from', (t) => {
  t.deepEqual(trendSources(trendBoard('2025-05-01').terms), ['news-feed', 'social-sim']);
  t.deepEqual(trendSources([]), []);
});
