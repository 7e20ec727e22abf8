import test from 'ava';
import { burnScryptTime, hashPassword, needsRehash, parsePasswordHash, PasswordSchema, verifyPassword } from './passwords.ts';

const GOOD = 'correct horse battery staple';

test('a hash has the documented form and verifies only its own password', async (t) => {
  const stored = await hashPassword(GOOD);
  t.regex(stored, /^scrypt\$32768\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
  const parsed = parsePasswordHash(stored);
  t.is(parsed?.salt.length, 16);
  t.is(parsed?.key.length, 32);
  t.true(await verifyPassword(GOOD, stored));
  t.false(await verifyPassword(`${GOOD} `, stored));
  t.false(await verifyPassword('', stored));
  t.false(needsRehash(stored));
});

test('the same password hashes differently each time (random salt)', async (t) => {
  const [a, b] = await Promise.all([hashPassword(GOOD), hashPassword(GOOD)]);
  t.not(a, b);
  t.true(await verifyPassword(GOOD, b));
});

test('unicode passwords are compared in one normal form', async (t) => {
  const composed = 'café au lait 한국어 비밀번호';
  const decomposed = composed.normalize('NFD');
  t.not(composed, decomposed);
  t.true(await verifyPassword(decomposed, await hashPassword(composed)));
});

test('hashes with other valid parameters verify; malformed or extravagant ones never do', async (t) => {
  const stored = await hashPassword(GOOD);
  const parts = stored.split('$');
  const forged = (i: number, v: string): string => parts.map((p, j) => (j === i ? v : p)).join('$');
  for (const bad of ['', 'plain', `bcrypt$${parts.slice(1).join('$')}`, forged(1, '1000'), forged(1, String(2 ** 24)), forged(2, '0'), forged(3, '99'), forged(4, 'not base64!'), forged(5, 'AAAA'), `${stored}$x`]) {
    t.is(parsePasswordHash(bad), null, bad);
    t.false(await verifyPassword(GOOD, bad), bad);
    t.true(needsRehash(bad));
  }
  // A hash made with the same salt and key under other parameters still parses (and then does not match).
  const cheaper = forged(1, '16384');
  t.truthy(parsePasswordHash(cheaper));
  t.true(needsRehash(cheaper));
  t.false(await verifyPassword(GOOD, cheaper));
});

test('burning scrypt time resolves without a user', async (t) => {
  await t.notThrowsAsync(burnScryptTime('whatever was typed'));
});

test('the policy accepts 12 to 256 characters and says why it refuses', (t) => {
  t.true(PasswordSchema.safeParse('a'.repeat(12)).success);
  t.true(PasswordSchema.safeParse('a'.repeat(256)).success);
  const short = PasswordSchema.safeParse('short pass');
  t.false(short.success);
  t.regex(short.error?.issues[0]?.message ?? '', /at least 12 characters/);
  const long = PasswordSchema.safeParse('a'.repeat(257));
  t.regex(long.error?.issues[0]?.message ?? '', /at most 256 characters/);
  const spaces = PasswordSchema.safeParse(`  ab${' '.repeat(12)}`);
  t.regex(spaces.error?.issues[0]?.message ?? '', /not spaces/);
  t.false(PasswordSchema.safeParse(12345678901234).success);
});
