import test from 'ava';
import { findEmails } from './email.ts';

const found = (s: string): string[] => findEmails(s).map((m) => m.text);

test('finds addresses with Korean glued on either side', (t) => {
  t.deepEqual(found('hong@example.com으로 보내 주세요'), ['hong@example.com']);
  t.deepEqual(found('메일hong.gildong+a@mail.example.co.kr로'), ['hong.gildong+a@mail.example.co.kr']);
  t.deepEqual(found('이메일:Kim_Y-H@EXAMPLE.ORG.'), ['Kim_Y-H@EXAMPLE.ORG']);
  t.deepEqual(found('(a@b.kr), c.d@e-f.go.kr'), ['a@b.kr', 'c.d@e-f.go.kr']);
  t.deepEqual(found('hong @ example.com'), ['hong @ example.com']);
});

test('finds no address in keys, file names and versions', (t) => {
  for (const s of ['Things@iot.navigationLink', 'icon@2x.png', 'logo@3x.webp', 'swagger-ui-dist@5.35.0', '@scope/pkg', 'a@b', 'user@localhost', '[이메일]']) {
    t.deepEqual(found(s), [], s);
  }
});
