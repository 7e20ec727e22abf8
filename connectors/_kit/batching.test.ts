import test from 'ava';
import type { EventEnvelope } from '../../server/contracts/index.ts';
import { forEachLimit, planBatches } from './batching.ts';

const ev = (id: string, district: string | null): EventEnvelope => ({
  v: 1, id, source: 'seoul-air', kind: 'air.observed', observedAt: '2024-01-01T00:00:00.000Z', entity: `station:${id}`, district, payload: {},
});

test('groups by district subject and chunks at maxBatch', (t) => {
  const events = [...Array.from({ length: 5 }, (_, i) => ev(`a${i}`, '11680')), ev('b', '11110'), ev('c', null)];
  const planned = planBatches('seoul-air', 0, events, 2);
  t.deepEqual(planned.map((p) => [p.subject, p.events.length]), [
    ['city.air.observed.11680', 2], ['city.air.observed.11680', 2], ['city.air.observed.11680', 1],
    ['city.air.observed.11110', 1], ['city.air.observed.all', 1],
  ]);
  t.true(planned[0]!.batchId.startsWith('seoul-air:p0:air.observed:11680:c0:'));
  t.is(new Set(planned.map((p) => p.batchId)).size, planned.length);
});

test('batch ids are deterministic and depend on the event ids and the page', (t) => {
  const events = [ev('x', '11680'), ev('y', '11680')];
  const a = planBatches('seoul-air', 3, events).map((p) => p.batchId);
  t.deepEqual(planBatches('seoul-air', 3, events).map((p) => p.batchId), a);
  t.notDeepEqual(planBatches('seoul-air', 3, [ev('x', '11680'), ev('z', '11680')]).map((p) => p.batchId), a);
  t.notDeepEqual(planBatches('seoul-air', 4, events).map((p) => p.batchId), a);
});

test('rejects a non-positive maxBatch', (t) => {
  t.throws(() => planBatches('s', 0, [ev('x', null)], 0), { instanceOf: RangeError });
});

test('forEachLimit never exceeds the limit and visits every item', async (t) => {
  let inFlight = 0;
  let peak = 0;
  const seen: number[] = [];
  await forEachLimit(Array.from({ length: 20 }, (_, i) => i), 4, async (i) => {
    inFlight++;
    peak = Math.max(peak, inFlight);
    await new Promise((r) => setTimeout(r, 2));
    seen.push(i);
    inFlight--;
  });
  t.is(peak, 4);
  t.deepEqual([...seen].sort((a, b) => a - b), Array.from({ length: 20 }, (_, i) => i));
});
