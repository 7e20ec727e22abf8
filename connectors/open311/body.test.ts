import test from 'ava';
import { ParseError } from '../_kit/errors.ts';
import { jsonList, readBody, xmlList } from './body.ts';
import { fixture } from './fixtures.test-helper.ts';

test('XML and JSON are told apart by the body, whatever was asked for', (t) => {
  const x = readBody(fixture('service_requests.xml'));
  t.is(x.format, 'xml');
  t.is(x.root, 'service_requests');
  t.is(xmlList(x.value, 'request').length, 2);
  const j = readBody(fixture('json/service_requests.json'));
  t.is(j.format, 'json');
  t.is(j.root, null);
  t.is((j.value as unknown[]).length, 2);
});

test('XML values stay texts (leading zeros kept), lists stay lists, empty elements are ""', (t) => {
  const b = readBody('<service_requests><request><service_code>006</service_code><lat>37.5</lat><media_url/></request></service_requests>');
  const [one] = xmlList(b.value, 'request') as Record<string, unknown>[];
  t.deepEqual(one, { service_code: '006', lat: '37.5', media_url: '' });
  t.deepEqual(xmlList(readBody(fixture('service_requests_empty.xml')).value, 'request'), []);
  t.deepEqual(xmlList(readBody('<service_requests/>').value, 'request'), []);
});

test('a UTF-8 BOM and leading white space are ignored, as text or as bytes', (t) => {
  t.is(readBody(`\uFEFF${fixture('services.xml')}`).root, 'services');
  t.deepEqual(readBody(Buffer.from(`\uFEFF  [{"a":1}]`, 'utf8')).value, [{ a: 1 }]);
});

test('HTML, broken XML or JSON, plain text and an empty body are ParseErrors', (t) => {
  t.throws(() => readBody('<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>'), { instanceOf: ParseError, message: /HTML page.*502 Bad Gateway/ });
  t.throws(() => readBody('<html><head><title>Error</title></head><body>x</body></html>'), { instanceOf: ParseError, message: /HTML/ });
  t.throws(() => readBody('<services><service></services>'), { instanceOf: ParseError, message: /XML that cannot be read/ });
  t.throws(() => readBody('[{"service_code": "001",'), { instanceOf: ParseError, message: /JSON that cannot be read/ });
  t.throws(() => readBody('Service Unavailable'), { instanceOf: ParseError, message: /neither XML nor JSON/ });
  t.throws(() => readBody('  \n'), { instanceOf: ParseError, message: /empty body/ });
});

test('a JSON object where a list belongs is a list of one', (t) => {
  t.deepEqual(jsonList({ a: 1 }), [{ a: 1 }]);
  t.deepEqual(jsonList([1, 2]), [1, 2]);
  t.deepEqual(jsonList(null), []);
  t.throws(() => xmlList('text', 'request'), { instanceOf: ParseError });
});
