import test from 'ava';
import { createTrendMemory, heldItems, pruneMemory, takeItems, trendDayOf, windowStartOf } from './memory.ts';
import { at, dayBefore, socialItem, T0, TODAY } from './testing.ts';

test('the window is today in Seoul and the baseline days before it', (t) => {
  t.is(trendDayOf(Date.parse('2026-05-12T15:00:00Z')), '2026-05-13', 'midnight in Seoul');
  t.is(trendDayOf(Date.parse('2026-05-12T14:59:59Z')), '2026-05-12');
  t.is(windowStartOf(T0, 7), Date.parse('2026-05-06T00:00:00+09:00'));
  t.is(windowStartOf(T0, 0), Date.parse('2026-05-13T00:00:00+09:00'));
});

test('items are held without their author; repeats, edits and items older than the window are told apart', (t) => {
  const start = windowStartOf(T0, 7);
  const a = socialItem(at(TODAY, 9), '미세먼지 최악');
  const old = socialItem(at(dayBefore(TODAY, 8), 9), '오래된 글');
  const mem = createTrendMemory([a, old], start);
  t.deepEqual(heldItems(mem), [{ id: a.id, title: null, text: a.text, language: 'ko', districts: [], publishedAt: a.publishedAt }]);
  const b = socialItem(at(TODAY, 10), '미세먼지 나쁨');
  const edited = { ...a, text: '미세먼지 최악이네요' };
  const r = takeItems(mem, [a, b, edited, old], start);
  t.like(r, { added: 1, updated: 1, duplicates: 0, stale: 1, changed: true });
  t.deepEqual(r.toSave.map((i) => i.id), [a.id, b.id, old.id], 'the last of a batch with the same id wins');
  t.deepEqual(r.toSave[0], edited);
  const again = takeItems(mem, [b], start);
  t.like(again, { duplicates: 1, changed: false, toSave: [] });
  mem.unsaved.add(b.id);
  t.deepEqual(takeItems(mem, [b], start).toSave, [b], 'a repeat whose save failed is saved again');
  const gone = takeItems(mem, [{ ...a, publishedAt: old.publishedAt }], start);
  t.like(gone, { stale: 1, changed: true });
  t.deepEqual(heldItems(mem).map((i) => i.id), [b.id], 'an edit that moved it out of the window lets it go');
});

test('pruning lets go of what left the window', (t) => {
  const items = [0, 1, 7, 8].map((n) => socialItem(at(dayBefore(TODAY, n), 12), `글 ${n}`));
  const mem = createTrendMemory(items, windowStartOf(T0 - 86_400_000, 7));
  t.is(mem.items.size, 4);
  mem.unsaved.add(items[3]!.id);
  t.is(pruneMemory(mem, windowStartOf(T0, 7)), 1);
  t.is(mem.items.size, 3);
  t.is(mem.unsaved.size, 0);
});
