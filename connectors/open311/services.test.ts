import test from 'ava';
import { ParseError } from '../_kit/errors.ts';
import { fixture } from './fixtures.test-helper.ts';
import { parseServiceDefinition, parseServices, readServices } from './services.ts';

test('the Code for America service list: 36 services, XML and its JSON transcription alike', (t) => {
  const services = parseServices(fixture('services.xml'));
  t.is(services.length, 36);
  t.deepEqual(services[0], {
    service_code: '001',
    service_name: 'Cans_Left_Out_24x7',
    description: 'Garbage or recycling cans that have been left out for more than 24 hours after collection. Violators will be cited.',
    metadata: false,
    type: 'realtime',
    keywords: [],
    group: 'Litter Receptacles',
  });
  t.deepEqual(services.map((s) => s.service_code).slice(-3), ['377', '378', '379']);
  t.is(services.find((s) => s.service_code === '007')?.service_name, 'Graffiti - Public - Bike_rack');
  t.deepEqual(parseServices(fixture('json/services.json')), services);
});

test('a single service object, keywords, booleans and types in either spelling', (t) => {
  const json = parseServices('{"service_code": 12, "service_name": "Pothole", "metadata": "true", "type": "Batch", "keywords": "road, asphalt ,", "group": ""}');
  t.deepEqual(json, [{ service_code: '12', service_name: 'Pothole', description: null, metadata: true, type: 'batch', keywords: ['road', 'asphalt'], group: null }]);
  const xml = parseServices('<services><service><service_code>A1</service_code><service_name>Noise</service_name><keywords>loud,night</keywords></service></services>');
  t.like(xml[0], { service_code: 'A1', metadata: false, type: null, keywords: ['loud', 'night'] });
  t.deepEqual(parseServices('<services></services>'), []);
  t.deepEqual(parseServices('{"services": []}'), []);
});

test('services that do not fit the spec: rejects with reasons, or a ParseError when strict', (t) => {
  const body = '[{"service_code":"1","service_name":"ok"},{"service_code":"","service_name":"no code"},{"service_code":"3","service_name":"x","type":"sometimes"}]';
  const { records, rejects } = readServices(body);
  t.is(records.length, 1);
  t.deepEqual(rejects.map((r) => r.reason), ['bad Open311 service: service_code: required', 'bad Open311 service: type: realtime, batch or blackbox']);
  t.is(JSON.parse(rejects[1]!.raw).type, 'sometimes');
  t.throws(() => parseServices(body), { instanceOf: ParseError, message: /2 service\(s\) do not fit GeoReport v2/ });
});

test('a service list body that is something else is a ParseError', (t) => {
  t.throws(() => parseServices(fixture('service_requests.xml')), { instanceOf: ParseError, message: 'expected <services>, found <service_requests>' });
  t.throws(() => parseServices(fixture('json/403.json')), { instanceOf: ParseError, message: /server answered with an error: 403 Invalid api_key/ });
});

test('a service definition in XML and JSON: attributes with datatype and values', (t) => {
  const xml = parseServiceDefinition(fixture('authored/service_definition.xml'));
  t.deepEqual(parseServiceDefinition(fixture('authored/service_definition.json')), xml);
  t.is(xml.service_code, 'illegal-parking');
  t.deepEqual(
    xml.attributes.map((a) => [a.code, a.datatype, a.required, a.variable, a.order, a.values.length]),
    [
      ['VEHICLE_TYPE', 'singlevaluelist', true, true, 1, 3],
      ['PLATE', 'string', false, true, 2, 0],
      ['NOTICE', 'text', false, false, 3, 0],
    ],
  );
  t.deepEqual(xml.attributes[0]!.values[1], { key: 'truck', name: '화물차' });
  t.is(xml.attributes[1]!.datatype_description, '차량 번호, 예: 12가3456');
  t.is(xml.attributes[2]!.datatype_description, null);
});

test('a definition with one attribute and one value, numbers as keys, no attributes at all', (t) => {
  const one = parseServiceDefinition(
    '<service_definition><service_code>X</service_code><attributes><attribute><code>C</code><datatype>multivaluelist</datatype><description>d</description><values><value><key>1</key><name>one</name></value></values></attribute></attributes></service_definition>',
  );
  t.deepEqual(one.attributes[0], { variable: true, code: 'C', datatype: 'multivaluelist', required: false, datatype_description: null, order: null, description: 'd', values: [{ key: '1', name: 'one' }] });
  t.deepEqual(parseServiceDefinition('[{"service_code":"X","attributes":[{"code":"C","datatype":"number","description":"d","values":[{"key":7,"name":"seven"}]}]}]').attributes[0]!.values, [{ key: '7', name: 'seven' }]);
  t.deepEqual(parseServiceDefinition('<service_definition><service_code>Y</service_code><attributes/></service_definition>'), { service_code: 'Y', attributes: [] });
});

test('a definition that does not fit the spec is a ParseError with the reason', (t) => {
  t.throws(() => parseServiceDefinition('{"service_code":"X","attributes":[{"code":"C","datatype":"colour","description":"d"}]}'), { instanceOf: ParseError, message: /attributes\.0\.datatype: one of string, number/ });
  t.throws(() => parseServiceDefinition(fixture('services.xml')), { instanceOf: ParseError, message: 'expected <service_definition>, found <services>' });
});
