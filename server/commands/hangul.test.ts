import test from 'ava';
import { hasHangul, isHangul, letterDistance, levenshtein, toJamo } from './hangul.ts';

test('a syllable comes apart into initial, medial and final; an initial never equals a final', (t) => {
  t.is([...toJamo('강')].length, 3);
  t.is([...toJamo('가')].length, 2);
  t.not(toJamo('라')[0], toJamo('알')[2]);
  t.is(toJamo('cctv'), 'cctv');
  t.true(isHangul('한') && !isHangul('a'));
  t.true(hasHangul('CCTV 보여줘') && !hasHangul('show cctv'));
});

test('one wrong letter is one edit, however it changes the syllable', (t) => {
  t.is(letterDistance('강난구', '강남구'), 1);
  t.is(letterDistance('고용율', '고용률'), 1);
  t.is(letterDistance('소방서쟝', '소방서장'), 1);
  t.is(letterDistance('강남구', '강북구'), 3, 'two real gu stay far apart');
  t.is(letterDistance('강남구', '강남구'), 0);
});

test('levenshtein counts edits and gives up past the bound', (t) => {
  t.is(levenshtein('safty', 'safety'), 1);
  t.is(levenshtein('kitten', 'sitting'), 3);
  t.is(levenshtein('kitten', 'sitting', 1), 2);
  t.is(levenshtein('a', 'abcdef', 2), 3);
  t.is(levenshtein('', 'abc'), 3);
});
