import test from 'ava';
import { decodeBase64, QuarantineRecordError } from './quarantine.ts';

test('base64 decodes to the original bytes', (t) => {
  const bytes = new Uint8Array([0, 1, 2, 250, 255, 9, 10]);
  t.deepEqual(decodeBase64(Buffer.from(bytes).toString('base64')), bytes);
  t.deepEqual(decodeBase64(''), new Uint8Array());
});

test('text that is not base64 is refused', (t) => {
  t.throws(() => decodeBase64('not base64!'), { instanceOf: QuarantineRecordError });
  t.throws(() => decodeBase64('abc'), { instanceOf: QuarantineRecordError });
});
