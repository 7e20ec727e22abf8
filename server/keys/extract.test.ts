import test from 'ava';
import { extractApiKey, type PresentedKey } from './extract.ts';

const KEY = 'scpm_' + 'aB3-_'.repeat(8) + 'xyz';
const OTHER = 'scpm_' + 'Z'.repeat(43);

const from = (headers: Record<string, string>): PresentedKey => {
  const h = new Headers(headers);
  return extractApiKey((name) => h.get(name));
};

test('no key presented', (t) => {
  t.deepEqual(from({}), { kind: 'none' });
  t.deepEqual(from({ cookie: 'scpm_session=abc' }), { kind: 'none' });
});

test('a key in Authorization: Bearer (scheme in any case, spaces around) or in X-API-Key', (t) => {
  t.deepEqual(from({ authorization: `Bearer ${KEY}` }), { kind: 'key', key: KEY, from: 'authorization' });
  t.deepEqual(from({ authorization: `  bearer   ${KEY}  ` }), { kind: 'key', key: KEY, from: 'authorization' });
  t.deepEqual(from({ 'x-api-key': KEY }), { kind: 'key', key: KEY, from: 'x-api-key' });
  t.deepEqual(from({ 'X-API-Key': ` ${KEY} ` }), { kind: 'key', key: KEY, from: 'x-api-key' });
  t.deepEqual(from({ authorization: `Bearer ${KEY}`, 'x-api-key': KEY }), { kind: 'key', key: KEY, from: 'authorization' });
});

const reasonOf = (headers: Record<string, string>): string => {
  const p = from(headers);
  return p.kind === 'malformed' ? p.reason : `not malformed: ${p.kind}`;
};

test('malformed presentations say what is wrong', (t) => {
  t.regex(reasonOf({ authorization: `Basic dXNlcjpwYXNz` }), /scheme "Basic" is not supported/);
  t.regex(reasonOf({ authorization: 'Bearer' }), /has no key/);
  t.regex(reasonOf({ authorization: 'Bearer eyJhbGciOi.x.y' }), /Bearer token is not an API key/);
  t.regex(reasonOf({ authorization: `Bearer ${KEY.slice(0, -1)}` }), /scpm_ followed by 43 base64url/);
  t.regex(reasonOf({ authorization: `Bearer ${KEY} extra` }), /not an API key/);
  t.regex(reasonOf({ 'x-api-key': '' }), /X-API-Key is empty/);
  t.regex(reasonOf({ 'x-api-key': 'abc' }), /X-API-Key is not an API key/);
  t.regex(reasonOf({ authorization: `Bearer ${KEY}`, 'x-api-key': OTHER }), /two different keys/);
  t.regex(reasonOf({ authorization: `Bearer ${KEY}`, 'x-api-key': 'abc' }), /X-API-Key is not/);
  t.regex(reasonOf({ authorization: 'Bearer abc', 'x-api-key': KEY }), /Bearer token/);
});

test('works with any header reader, e.g. a plain object', (t) => {
  const headers: Record<string, string> = { 'x-api-key': KEY };
  t.deepEqual(extractApiKey((n) => headers[n]), { kind: 'key', key: KEY, from: 'x-api-key' });
});
