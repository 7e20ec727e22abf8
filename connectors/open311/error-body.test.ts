import test from 'ava';
import { ParseError } from '../_kit/errors.ts';
import { describeErrors, parseErrors } from './error-body.ts';
import { fixture, httpFixture } from './fixtures.test-helper.ts';

test('the recorded 403: a bare <error> and its JSON transcription in the spec format', (t) => {
  const { status, body } = httpFixture('403.xml');
  t.is(status, 403);
  t.deepEqual(parseErrors(body), [{ code: null, description: "Invalid api_key received -- can't proceed with create_request." }]);
  t.deepEqual(parseErrors(fixture('json/403.json')), [{ code: 403, description: "Invalid api_key received -- can't proceed with create_request." }]);
});

test('the spec error list in XML, several errors, codes as texts', (t) => {
  const errors = parseErrors('<?xml version="1.0"?><errors><error><code>400</code><description>service_code was not found</description></error><error><code>400</code><description>lat missing</description></error></errors>');
  t.deepEqual(errors, [
    { code: 400, description: 'service_code was not found' },
    { code: 400, description: 'lat missing' },
  ]);
  t.is(describeErrors(errors), '400 service_code was not found; 400 lat missing');
  t.deepEqual(parseErrors('{"code":"429","description":"slow down"}'), [{ code: 429, description: 'slow down' }]);
});

test('a data body is no error; an HTML page cannot be read', (t) => {
  t.deepEqual(parseErrors(fixture('service_requests.xml')), []);
  t.deepEqual(parseErrors(fixture('json/services.json')), []);
  t.deepEqual(parseErrors('[]'), []);
  t.throws(() => parseErrors('<html><body>Forbidden</body></html>'), { instanceOf: ParseError });
});
