import test from 'ava';
import { migratedTempDatabase } from '../../../db/testing/temp-database.ts';
import type { MediaItem, TrendBoard } from '../../contracts/index.ts';
import { itemsByTerm, mediaItemsSince, upsertMediaItems } from '../../store/media-items.ts';
import { batchedSave } from '../incident/batched-save.ts';
import { createActorSystem } from '../runtime/system.ts';
import { silentLog, waitFor } from '../runtime/testing.ts';
import { startTrendActors, trendWindowStart } from './trend-actors.ts';
import { corpus, envelopeOf, T0 } from './testing.ts';

test('items survive a restart through PostgreSQL: the resumed board is the board before, and each term leads to its items', async (t) => {
  const { db, done } = await migratedTempDatabase();
  const start = async () => {
    const boards: TrendBoard[] = [];
    const system = createActorSystem({ log: silentLog(), now: () => T0 });
    const trends = startTrendActors(system, {
      log: silentLog(), now: () => T0,
      emit: (_channel, data) => void boards.push(data as TrendBoard),
      save: batchedSave<MediaItem>((list) => upsertMediaItems(db, list)),
      seed: await mediaItemsSince(db, new Date(trendWindowStart(T0))),
    });
    return { system, trends, boards };
  };
  try {
    const first = await start();
    const { before, today } = corpus();
    const r = await first.trends.observeAll([...before, ...today].map((i) => envelopeOf(i)));
    t.deepEqual(r, { routed: before.length + today.length, invalid: 0, persisted: true });
    await waitFor(() => first.boards.length === 1);
    await first.system.stopAll();

    const second = await start();
    await waitFor(() => second.boards.length === 1);
    t.deepEqual(second.boards[0], first.boards[0]);
    const board = second.boards[0] as TrendBoard;
    for (const term of board.terms) {
      const items = await itemsByTerm(db, { term: term.term, day: board.day, limit: 100 });
      t.deepEqual(items.map((i) => i.id), term.items, `the items of ${term.term}`);
    }
    t.true(board.terms.length >= 2);
    await second.system.stopAll();
  } finally {
    await done();
  }
});
