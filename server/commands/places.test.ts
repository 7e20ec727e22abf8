import test from 'ava';
import { districtByCode, dongByCode, dongStem, nearestDistricts, PLACE_TERMS } from './places.ts';
import type { Sense } from './senses.ts';

const sensesOf = (form: string): readonly Sense[] | undefined => PLACE_TERMS.find((t) => t.ko.includes(form) || t.en.includes(form))?.senses;

test('dong stems drop the number, 가 and 본', (t) => {
  t.deepEqual(['역삼1동', '종로1·2·3·4가동', '성수1가1동', '잠실본동', '신사동', '용산2가동'].map(dongStem), ['역삼', '종로', '성수', '잠실', '신사', '용산']);
});

test('a gu goes by its full name, its stem (at the start of a word), its English name and older spellings', (t) => {
  for (const form of ['강남구', '^강남', 'gangnam', 'gangnam gu', 'kangnam']) t.deepEqual(sensesOf(form), [{ kind: 'district', value: '11680' }], form);
  t.deepEqual(sensesOf('중구'), [{ kind: 'district', value: '11140' }]);
  t.is(sensesOf('^중'), undefined, 'one syllable is too short to be a name on its own');
});

test('a name shared by several dong carries all their codes', (t) => {
  t.deepEqual(sensesOf('역삼동'), [{ kind: 'dong', value: ['1168064000', '1168065000'] }]);
  t.deepEqual(sensesOf('신사동'), [{ kind: 'dong', value: ['1162068500', '1168051000'] }]);
  t.deepEqual(sensesOf('역삼1동'), [{ kind: 'dong', value: ['1168064000'] }]);
  t.deepEqual(sensesOf('^역삼일동'), [{ kind: 'dong', value: ['1168064000'] }]);
  t.deepEqual(sensesOf('yeoksam two dong'), [{ kind: 'dong', value: ['1168065000'] }]);
  t.deepEqual(sensesOf('여의도'), [{ kind: 'dong', value: ['1156054000'] }]);
});

test('stems that are gu names or everyday words are not dong names on their own', (t) => {
  t.deepEqual(sensesOf('^용산'), [{ kind: 'district', value: '11170' }]);
  t.is(sensesOf('^방화'), undefined);
  t.deepEqual(sensesOf('방화동')?.[0]?.kind, 'dong');
});

test('lookups and neighbours', (t) => {
  t.is(districtByCode('11680')?.ko, '강남구');
  t.is(dongByCode('1168064000')?.ko, '역삼1동');
  t.is(districtByCode('99999'), undefined);
  const near = nearestDistricts('11680', 3);
  t.is(near.length, 3);
  t.true(near.includes('11650') && near.includes('11710'), '서초구 and 송파구 border 강남구');
  t.deepEqual(nearestDistricts('00000', 3), []);
});
