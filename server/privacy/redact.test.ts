import test from 'ava';
import fc from 'fast-check';
import { applyRedactions, PLACEHOLDERS, redactText } from './redact.ts';
import { findPersonalData } from './scan.ts';
import { ORDINARY_SENTENCES, plantedTextArb, REDACTION_CASES } from './testing.ts';

for (const [filed, shown] of REDACTION_CASES) {
  test(`redacts ${JSON.stringify(filed)}`, (t) => {
    const once = redactText(filed);
    t.is(once, shown);
    t.is(redactText(once), once, 'redacting twice is redacting once');
    t.deepEqual(findPersonalData(once), [], 'the scanner finds nothing left');
  });
}

test('ordinary complaint sentences pass unchanged and the scanner finds nothing in them', (t) => {
  const flagged = ORDINARY_SENTENCES.filter((s) => findPersonalData(s).length > 0 || redactText(s) !== s);
  t.deepEqual(flagged, []);
  t.true(ORDINARY_SENTENCES.length >= 100);
});

test('no placeholder looks like personal data, alone or in company', (t) => {
  for (const p of Object.values(PLACEHOLDERS)) {
    for (const s of [p, `이름: ${p}`, `${p} 씨`, `${p}님께서`, `저는 ${p}입니다`, `${p} 010`, `Name: ${p}`, `테헤란로 ${p}`]) {
      t.deepEqual(findPersonalData(s), [], s);
    }
  }
});

test('a known name is redacted wherever it stands, without any cue', (t) => {
  t.is(redactText('홍길동이 어제 왔고 홍길동의 차가 막았어요', { knownNames: ['홍길동'] }), '○○○이 어제 왔고 ○○○의 차가 막았어요');
  t.is(redactText('john smith parked here', { knownNames: ['John Smith'] }), '○○○ parked here');
  t.is(redactText('○○○', { knownNames: ['○○○', ' ', 'x'] }), '○○○', 'names without letters are ignored');
});

test('text is returned in NFC, also when it came decomposed', (t) => {
  const nfd = '홍길동 씨 010-1234-5678'.normalize('NFD');
  t.is(redactText(nfd), '○○○ 씨 [전화번호]');
});

test('a dropped number takes one space with it', (t) => {
  const m = (index: number, text: string) => ({ kind: 'address-number' as const, index, text });
  t.is(applyRedactions('테헤란로 152 앞', [m(5, '152')]), '테헤란로 앞');
  t.is(applyRedactions('1203호 소음', [m(0, '1203호')]), '소음');
  t.is(applyRedactions('(101동 1203호)', [m(1, '101동 1203호')]), '()');
});

test('property: planted phones, registration numbers and e-mails never reach the public', (t) => {
  fc.assert(
    fc.property(plantedTextArb, ({ text, planted }) => {
      const out = redactText(text);
      for (const p of planted) if (out.includes(p)) return false;
      const count = (ph: string): number => out.split(ph).length - 1;
      const placeholders = count('[전화번호]') + count('[주민등록번호]') + count('[이메일]');
      return placeholders === planted.length && findPersonalData(out).length === 0 && redactText(out) === out;
    }),
    { numRuns: 1500 },
  );
  t.pass();
});

test('property: redaction is idempotent and leaves nothing for the scanner on any text', (t) => {
  const pieces = fc.constantFrom(
    ...['홍길동', ' 씨', '님', '010', '-', '1234', '5678', ' ', '테헤란로', '152', '동', '호', '이름:', '@', 'a.kr', '900101'],
    ...['저는', '입니다', '역삼동', '○', '[', ']'],
  );
  fc.assert(
    fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 4 })), { maxLength: 30 }), (parts) => {
      const once = redactText(parts.join(''));
      return redactText(once) === once && findPersonalData(once).length === 0;
    }),
    { numRuns: 3000 },
  );
  t.pass();
});
