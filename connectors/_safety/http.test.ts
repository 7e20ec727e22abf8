import test from 'ava';
import { RateLimitedError, UnrecoverableSourceError, FetchError } from '../_kit/errors.ts';
import { baseUrlOf, checkedEnvelope, DEFAULT_RETRY_AFTER_MS, retryAfterMs } from './http.ts';

const page = (body: string) => ({ body, contentType: 'application/json', url: 'http://x/119/incidents' });
const header = (code: string) => JSON.stringify({ response: { header: { resultCode: code, resultMsg: 'm' } } });

test('Retry-After in seconds or as a date; a default otherwise', (t) => {
  const now = Date.parse('2024-05-01T03:00:00Z');
  t.is(retryAfterMs('7', now), 7000);
  t.is(retryAfterMs('Wed, 01 May 2024 03:00:30 GMT', now), 30_000);
  t.is(retryAfterMs('Wed, 01 May 2024 02:00:00 GMT', now), 0);
  t.is(retryAfterMs(null, now), DEFAULT_RETRY_AFTER_MS);
  t.is(retryAfterMs('soon', now), DEFAULT_RETRY_AFTER_MS);
  t.is(retryAfterMs('', now), DEFAULT_RETRY_AFTER_MS);
});

test('the envelope result code maps to the error classes; unreadable pages pass as null', (t) => {
  t.is(checkedEnvelope(page(header('00')))?.code, '00');
  t.is(checkedEnvelope(page(header('03')))?.code, '03');
  t.is(checkedEnvelope(page('<html/>')), null);
  t.throws(() => checkedEnvelope(page(header('30'))), { instanceOf: UnrecoverableSourceError, message: /result 30 m from http:\/\/x/ });
  t.throws(() => checkedEnvelope(page(header('22'))), { instanceOf: RateLimitedError });
  t.throws(() => checkedEnvelope(page(header('05'))), { instanceOf: FetchError });
});

test('the base URL must be set and be http(s); trailing slashes go', (t) => {
  t.is(baseUrlOf({ X: 'http://h:8092/119/' }, 'X'), 'http://h:8092/119');
  t.throws(() => baseUrlOf({}, 'X'), { instanceOf: UnrecoverableSourceError, message: 'X is not set' });
  t.throws(() => baseUrlOf({ X: 'ftp://h' }, 'X'), { instanceOf: UnrecoverableSourceError });
});
