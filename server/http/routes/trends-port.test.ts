import test from 'ava';
import type { MediaItem } from '../../contracts/index.ts';
import { corpus, dayBefore, TODAY } from '../../actors/trends/testing.ts';
import { createTrendsPort, memoryTrendSource, type TrendSource } from './trends-port.ts';

const { before, today } = corpus();
const ALL: MediaItem[] = [...before, ...today];

/** A memory source that counts the windows read, and fails while told to. */
const counting = () => {
  const inner = memoryTrendSource(ALL);
  const reads: string[] = [];
  let fail = false;
  const source: TrendSource = {
    ...inner,
    itemsBetween: async (from, to) => {
      reads.push(`${from.toISOString()}…${to.toISOString()}`);
      if (fail) throw new Error('database down');
      return inner.itemsBetween(from, to);
    },
  };
  return { source, reads, failing: (v: boolean) => void (fail = v) };
};

test('a computed board is reused for cacheMs; concurrent asks share one read; the window is the day and its baseline days', async (t) => {
  let clock = 0;
  const { source, reads } = counting();
  const port = createTrendsPort(source, { cacheMs: 1000, clock: () => clock });
  const [a, b] = await Promise.all([port.board(TODAY), port.board(TODAY)]);
  t.deepEqual(a, b);
  t.deepEqual(reads, ['2026-05-05T15:00:00.000Z…2026-05-13T15:00:00.000Z']);
  clock = 999;
  await port.board(TODAY, '11440');
  t.is(reads.length, 1);
  clock = 1000;
  await port.board(TODAY);
  t.is(reads.length, 2);
});

test('a failed computation is not kept; the cache holds at most cacheSize days', async (t) => {
  const { source, reads, failing } = counting();
  const port = createTrendsPort(source, { cacheSize: 2 });
  failing(true);
  await t.throwsAsync(port.board(TODAY), { message: 'database down' });
  failing(false);
  t.like(await port.board(TODAY), { itemCount: today.length });
  t.is(reads.length, 2);
  await port.board(dayBefore(TODAY, 1));
  await port.board(dayBefore(TODAY, 2));
  await port.board(dayBefore(TODAY, 1));
  t.is(reads.length, 4, 'the two newest days are kept');
  await port.board(TODAY);
  t.is(reads.length, 5, 'the oldest was let go');
});

test('settings reach the board: baseline days and top', async (t) => {
  const port = createTrendsPort(memoryTrendSource(ALL), { baselineDays: 2, board: { top: 1, minCount: 2 } });
  const board = await port.board(TODAY);
  t.like(board, { baselineDays: 2, source: 'store' });
  t.is(board.terms.length, 1);
});
