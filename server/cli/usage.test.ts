import { parseArgs } from 'node:util';
import test from 'ava';
import { parseCommandLine, UsageError } from './usage.ts';

class RequestError extends Error {}

test('parseArgs errors and the named error classes become usage errors; others pass through', (t) => {
  t.is(parseCommandLine(() => 42), 42);
  const bad = t.throws(() => parseCommandLine(() => parseArgs({ args: ['--nope'], options: {}, strict: true })), { instanceOf: UsageError });
  t.regex(bad?.message ?? '', /nope/);
  t.throws(() => parseCommandLine(() => { throw new RequestError('rate must be 1–60000'); }, [RequestError]), { instanceOf: UsageError, message: 'rate must be 1–60000' });
  t.throws(() => parseCommandLine(() => { throw new TypeError('a bug'); }), { instanceOf: TypeError });
});
