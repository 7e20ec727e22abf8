import test from 'ava';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { escapeXml, jsonValue, XML_DECLARATION, xmlDocument, xmlList } from './xml.ts';

/** Texts exactly as written, for escaping; `structure` for shapes (whitespace between elements dropped). */
const parser = new XMLParser({ parseTagValue: false, htmlEntities: true, trimValues: false });
const structure = new XMLParser({ parseTagValue: false });

test('markup characters become entities and read back as written', (t) => {
  t.is(escapeXml(`a<b>&"c"'d`), 'a&lt;b&gt;&amp;&quot;c&quot;&apos;d');
  const text = `<script>alert("x")</script> & 'more' — 도로 파손 &amp;`;
  const doc = xmlDocument('r', { description: text });
  t.true(XMLValidator.validate(doc) === true);
  t.is(parser.parse(doc).r.description, text);
});

test('line breaks survive, CR included; characters XML cannot carry become U+FFFD', (t) => {
  const doc = xmlDocument('r', { d: 'one\r\ntwo\nthree\u0000\u0008\u001F\uFFFF\uD800!' });
  t.true(XMLValidator.validate(doc) === true);
  t.is(parser.parse(doc).r.d, 'one\r\ntwo\nthree\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD!');
  t.is(escapeXml('\u{1F6A7} 공사'), '\u{1F6A7} 공사', 'a surrogate pair is one character and stays');
});

test('a document starts with the declaration, lists repeat their item element, null is an empty element', (t) => {
  const doc = xmlDocument('services', xmlList('service', [{ service_code: 'a', metadata: false, lat: 37.5, none: null }, { service_code: 'b', metadata: true, lat: 37, none: null }]));
  t.true(doc.startsWith(`${XML_DECLARATION}\n<services>\n  <service>\n    <service_code>a</service_code>`));
  t.true(doc.includes('<metadata>false</metadata>'));
  t.true(doc.includes('<none></none>'));
  t.deepEqual(structure.parse(doc).services.service.map((s: { service_code: string }) => s.service_code), ['a', 'b']);
  t.is(xmlDocument('service_requests', xmlList('request', [])), `${XML_DECLARATION}\n<service_requests></service_requests>\n`);
});

test('nested lists (attributes → values) keep their element names and order', (t) => {
  const doc = xmlDocument('service_definition', {
    service_code: 'x',
    attributes: xmlList('attribute', [{ code: 'A', values: xmlList('value', [{ key: '1', name: 'one' }, { key: '2', name: 'two' }]) }]),
  });
  const parsed = structure.parse(doc).service_definition;
  t.is(parsed.attributes.attribute.code, 'A');
  t.deepEqual(parsed.attributes.attribute.values.value, [{ key: '1', name: 'one' }, { key: '2', name: 'two' }]);
});

test('JSON drops the item element: lists become arrays, records objects, non-finite numbers null', (t) => {
  const value = xmlList('request', [{ id: 'a', lat: Number.NaN, tags: xmlList('tag', ['x', 'y']) }]);
  t.deepEqual(jsonValue(value), [{ id: 'a', lat: null, tags: ['x', 'y'] }]);
  t.deepEqual(jsonValue({ a: null, b: true, c: 1.5 }), { a: null, b: true, c: 1.5 });
});

test('an element name that is not XML is refused rather than written', (t) => {
  t.throws(() => xmlDocument('r', { 'bad name': 'x' }), { message: /not an XML element name/ });
  t.throws(() => xmlDocument('1r', 'x'), { message: /not an XML element name/ });
});
