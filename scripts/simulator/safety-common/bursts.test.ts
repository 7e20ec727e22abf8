import test from 'ava';
import { topicBursts } from './bursts.ts';

const TOPICS = [
  { id: 'flood', weight: 3, burstable: true },
  { id: 'festival', weight: 1, burstable: true },
  { id: 'weather', weight: 10, burstable: false },
];
const PLACES = [{ code: '11680' }, { code: '11110' }];
const days = Array.from({ length: 400 }, (_, i) => new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10));

test('the same seed and stream burst on the same days; only burstable topics, about as often as asked', (t) => {
  const a = topicBursts({ seed: 7, stream: 'news-burst', chance: 0.35, topics: TOPICS, places: PLACES });
  const b = topicBursts({ seed: 7, stream: 'news-burst', chance: 0.35, topics: TOPICS, places: PLACES });
  const bursts = days.map(a);
  t.deepEqual(days.map(b), bursts);
  const found = bursts.filter((x) => x !== null);
  t.true(found.length > 100 && found.length < 180, `${found.length} bursts in 400 days`);
  t.false(found.some((x) => x.topic === 'weather'));
  t.true(found.every((x) => x.district === null || PLACES.some((p) => p.code === x.district)));
  const other = days.map(topicBursts({ seed: 7, stream: 'burst', chance: 0.35, topics: TOPICS, places: PLACES }));
  t.notDeepEqual(other, bursts, 'another stream bursts on other days');
});

test('no chance, no bursts', (t) => {
  t.true(days.map(topicBursts({ seed: 1, stream: 's', chance: 0, topics: TOPICS, places: PLACES })).every((x) => x === null));
});
