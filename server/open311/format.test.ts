import test from 'ava';
import { badRequest, forbidden, formatOfPath, notFound, Open311Error, renderDocument, renderErrors, splitFormat } from './format.ts';
import { xmlList } from './xml.ts';

test('the format is what follows the last dot; names may hold dots and colons', (t) => {
  t.deepEqual(splitFormat('services.json'), { name: 'services', format: 'json' });
  t.deepEqual(splitFormat('open311-seoul:2026.000001.xml'), { name: 'open311-seoul:2026.000001', format: 'xml' });
});

test('a missing or unknown format is a 404 that says which formats exist', (t) => {
  for (const [file, message] of [['services', /no format in "services"/], ['services.csv', /format "csv" is not served: use .json or .xml/], ['.json', /no format/], ['services.JSON', /format "JSON"/]] as const) {
    const err = t.throws(() => splitFormat(file), { instanceOf: Open311Error });
    t.is(err?.status, 404);
    t.regex(err?.errors[0]?.description ?? '', message);
  }
});

test('errors are answered in the format the path names, XML when it names none', (t) => {
  t.is(formatOfPath('/open311/v2/requests.json'), 'json');
  t.is(formatOfPath('/open311/v2/requests.xml'), 'xml');
  t.is(formatOfPath('/open311/v2/requests.csv'), 'xml');
});

test('the spec error document, JSON and XML, one entry per problem with its code', (t) => {
  const err = badRequest('lat and long must be sent together', 'description may be at most 4000 characters (got 4001)');
  t.is(err.status, 400);
  t.deepEqual(JSON.parse(renderErrors('json', err.errors)), [
    { code: 400, description: 'lat and long must be sent together' },
    { code: 400, description: 'description may be at most 4000 characters (got 4001)' },
  ]);
  const xml = renderErrors('xml', forbidden('Invalid api_key <x>').errors);
  t.is(xml, '<?xml version="1.0" encoding="utf-8"?>\n<errors>\n  <error>\n    <code>403</code>\n    <description>Invalid api_key &lt;x&gt;</description>\n  </error>\n</errors>\n');
  t.is(notFound('x').status, 404);
  t.is(err.name, 'Open311Error');
  t.is(err.message, 'lat and long must be sent together; description may be at most 4000 characters (got 4001)');
});

test('JSON documents are the value itself, the root name only matters to XML', (t) => {
  t.is(renderDocument('json', 'services', xmlList('service', [{ a: 1 }])), '[{"a":1}]');
  t.true(renderDocument('xml', 'services', xmlList('service', [{ a: 1 }])).includes('<services>\n  <service>\n    <a>1</a>'));
});
