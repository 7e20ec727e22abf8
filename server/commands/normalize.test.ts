import test from 'ava';
import { consume, CONSUMED, normalize } from './normalize.ts';

test('lower case, one space, punctuation gone but name and number marks kept', (t) => {
  t.is(normalize('  Show   me Gangnam-gu, please!  '), 'show me gangnam gu please');
  t.is(normalize('강남구 보여줘?!'), '강남구 보여줘');
  t.is(normalize('PM2.5 level'), 'pm2.5 level');
  t.is(normalize('종로1·2·3·4가동'), '종로1·2·3·4가동');
  t.is(normalize('1/4분기'), '1/4분기');
  t.is(normalize("what's trending"), 'whats trending');
});

test('full-width letters and digits fold to plain ones', (t) => {
  t.is(normalize('ＣＣＴＶ ４대'), 'cctv 4대');
});

test('consuming keeps every offset', (t) => {
  const s = consume('강남구 보여줘', 0, 3);
  t.is(s, `${CONSUMED.repeat(3)} 보여줘`);
  t.is(s.length, '강남구 보여줘'.length);
});
