import test from 'ava';
import { checkCode, codeFromAddress, groupedCode, tabletAddress, typedCode } from './code.ts';

test('typing keeps digits only, six at most', (t) => {
  t.is(typedCode('123 456'), '123456');
  t.is(typedCode('12a3'), '123');
  t.is(typedCode('1234567890'), '123456');
  t.is(typedCode('١٢٣'), '', 'only ASCII digits count');
});

test('a code is six digits; groups may be split by a space or a dash', (t) => {
  t.deepEqual(checkCode('042917'), { ok: true, code: '042917' });
  t.deepEqual(checkCode(' 042-917 '), { ok: true, code: '042917' });
  t.deepEqual(checkCode(''), { ok: false, problem: 'empty' });
  t.deepEqual(checkCode('   '), { ok: false, problem: 'empty' });
  t.deepEqual(checkCode('04291'), { ok: false, problem: 'too-short' });
  t.deepEqual(checkCode('0429170'), { ok: false, problem: 'too-long' });
  t.deepEqual(checkCode('04291O'), { ok: false, problem: 'not-digits' }, 'a letter O is not a zero');
});

test('the code comes from the QR address only when it is valid', (t) => {
  t.is(codeFromAddress('?code=123456'), '123456');
  t.is(codeFromAddress('?lang=en&code=123%20456'), '123456');
  t.is(codeFromAddress('?code=12345'), null);
  t.is(codeFromAddress('?code=abcdef'), null);
  t.is(codeFromAddress(''), null);
});

test('codes are shown in two groups and put into the tablet address', (t) => {
  t.is(groupedCode('042917'), '042 917');
  t.is(groupedCode('42'), '42');
  t.is(tabletAddress('https://scpm.seoul.go.kr/', '042917'), 'https://scpm.seoul.go.kr/tablet?code=042917');
  t.is(tabletAddress('http://localhost:8080', '000001'), 'http://localhost:8080/tablet?code=000001');
});
