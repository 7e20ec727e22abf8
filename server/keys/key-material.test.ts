import test from 'ava';
import { createHash } from 'node:crypto';
import { displayPrefix, generateKey, generateKeyId, hashKey, isWellFormedKey, KEY_ID_PATTERN } from './key-material.ts';

test('a key is scpm_ and 32 random bytes in base64url; each one differs', (t) => {
  const key = generateKey();
  t.regex(key, /^scpm_[A-Za-z0-9_-]{43}$/);
  t.is(Buffer.from(key.slice(5), 'base64url').length, 32);
  t.true(isWellFormedKey(key));
  t.not(generateKey(), key);
});

test('the bytes come from the given source, so a fixed source gives a fixed key', (t) => {
  const fixed = (n: number) => Buffer.alloc(n, 0xff);
  t.is(generateKey(fixed), `scpm_${'_'.repeat(42)}8`);
  t.is(generateKeyId(fixed), 'key_ffffffffffffffff');
  t.regex(generateKeyId(), KEY_ID_PATTERN);
});

test('stored: SHA-256 hex of the whole key and its first 12 characters', (t) => {
  const key = 'scpm_' + 'A'.repeat(43);
  t.is(hashKey(key), createHash('sha256').update(key).digest('hex'));
  t.regex(hashKey(key), /^[0-9a-f]{64}$/);
  t.is(displayPrefix(key), 'scpm_AAAAAAA');
});

test('malformed keys are recognised', (t) => {
  for (const bad of ['', 'scpm_', 'scpm_' + 'A'.repeat(42), 'scpm_' + 'A'.repeat(44), 'SCPM_' + 'A'.repeat(43), 'scpm_' + 'A'.repeat(42) + '=', 'xx_' + 'A'.repeat(45)]) {
    t.false(isWellFormedKey(bad), bad);
  }
});
