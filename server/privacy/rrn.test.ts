import test from 'ava';
import { findRrns, isBirthDate } from './rrn.ts';

const found = (s: string): string[] => findRrns(s).map((m) => m.text);

const RRNS = [
  '900101-1234567', '9001011234567', '900101 - 1234567', '900101 1234567', '051231-4123456', '850315-5123456', '000229-3123456',
  '900101-1******', '900101–2345678',
];

for (const r of RRNS) {
  test(`finds the registration number ${r}`, (t) => {
    t.deepEqual(found(r), [r]);
    t.deepEqual(found(`주민번호${r}입니다`), [r]);
  });
}

const NOT_RRNS = [
  '901301-1234567', '900132-1234567', '900230-1234567', '900431-1234567', '900101-9234567', '900101-0234567', '9001011234',
  '1764204060000', '2024-000123', '20210101-0000-0001', '010-1234-5678', '01012345678', '1,234,567원', '900101-12345678',
  '1900101-1234567', '2026-12-07', 'A900101-1234567',
];

for (const s of NOT_RRNS) {
  test(`finds no registration number in ${s}`, (t) => t.deepEqual(found(s), []));
}

test('a birth date is a day of some year', (t) => {
  t.true(isBirthDate(2, 29));
  t.true(isBirthDate(12, 31));
  t.false(isBirthDate(2, 30));
  t.false(isBirthDate(4, 31));
  t.false(isBirthDate(0, 10));
  t.false(isBirthDate(13, 1));
  t.false(isBirthDate(1, 0));
});
