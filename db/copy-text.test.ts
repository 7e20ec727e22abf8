import test from 'ava';
import { copyField, copyLine, copyStatement, escapeCopyText, quoteIdent, CopyValueError } from './copy-text.ts';

test('escapes backslash, tab, newline and carriage return', (t) => {
  t.is(escapeCopyText('a\\b\tc\nd\re'), 'a\\\\b\\tc\\nd\\re');
  t.is(escapeCopyText('plain 한글 text'), 'plain 한글 text');
  t.is(escapeCopyText('\\N'), '\\\\N', 'a literal \\N is not NULL');
});

test('null and undefined become \\N; dates ISO UTC; booleans t/f; objects JSON', (t) => {
  t.is(copyField(null), '\\N');
  t.is(copyField(undefined), '\\N');
  t.is(copyField(new Date(Date.UTC(2025, 0, 2, 3, 4, 5, 6))), '2025-01-02T03:04:05.006Z');
  t.is(copyField(true), 't');
  t.is(copyField(1.5), '1.5');
  t.is(copyField({ a: 'x\ty' }), '{"a":"x\\ty"}'.replace('\\t', '\\\\t'));
  t.is(copyField(new Uint8Array([0, 255])), '\\\\x00ff');
});

test('an invalid Date is an error, not a garbage field', (t) => {
  t.throws(() => copyField(new Date(Number.NaN)), { instanceOf: CopyValueError });
});

test('a line joins fields with tabs and ends with a newline', (t) => {
  t.is(copyLine(['a', null, 2]), 'a\t\\N\t2\n');
});

test('identifiers are quoted and checked', (t) => {
  t.is(quoteIdent('readings'), '"readings"');
  t.is(quoteIdent('public.readings'), '"public"."readings"');
  t.throws(() => quoteIdent('readings; drop table x'), { instanceOf: CopyValueError });
  t.is(copyStatement('t', ['a', 'b'], 'STDIN'), 'COPY "t" ("a", "b") FROM STDIN');
});
