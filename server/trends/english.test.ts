import test from 'ava';
import { englishStem, singular } from './english.ts';

test('plurals to the singular, lightly: potholes → pothole', (t) => {
  const cases: [string, string][] = [['potholes', 'pothole'], ['pothole', 'pothole'], ['cities', 'city'], ['buses', 'bus'], ['bus', 'bus'], ['boxes', 'box'], ['parks', 'park'], ['news', 'news'],
    ['crosses', 'cross'], ['bushes', 'bush'], ['status', 'status'], ['analysis', 'analysis'], ['gas', 'gas'], ['series', 'series'], ['festivals', 'festival'], ['roads', 'road'], ['dangerous', 'dangerous']];
  for (const [w, s] of cases) t.is(singular(w), s, w);
});

test('lowercase, possessives, stopwords, numbers, one letter', (t) => {
  t.is(englishStem('Potholes'), 'pothole');
  t.is(englishStem("park's"), 'park');
  t.is(englishStem('Seoul’s'), null, 'the city itself is in every item');
  t.is(englishStem('Mapo-gu'), 'mapo-gu');
  t.is(englishStem('PM2.5'), 'pm2.5');
  for (const w of ['the', 'and', 'will', 'said', '2024', '3.5', 'a', 'I', 'x']) t.is(englishStem(w), null, w);
});
