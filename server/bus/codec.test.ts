import test from 'ava';
import { z } from 'zod';
import { decodeJson, encodeJson } from './codec.ts';

const S = z.object({ a: z.number() });

test('round trip', (t) => {
  t.deepEqual(decodeJson(encodeJson({ a: 1 }), S), { ok: true, value: { a: 1 } });
});

test('bad JSON and bad shape are reasons, not throws', (t) => {
  const notJson = decodeJson(new TextEncoder().encode('{oops'), S);
  t.false(notJson.ok);
  t.regex(notJson.ok ? '' : notJson.reason, /not JSON/);
  const bad = decodeJson(encodeJson({ a: 'x' }), S);
  t.regex(bad.ok ? '' : bad.reason, /^schema: a:/);
});
