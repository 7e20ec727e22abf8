import test from 'ava';
import { ParseError } from '../_kit/errors.ts';
import { fixture } from './fixtures.test-helper.ts';
import { parseRequestReceipts, parseRequests } from './requests.ts';

const CLOSED_638344 = {
  service_request_id: '638344',
  status: 'closed',
  status_notes: 'Duplicate request.',
  service_name: 'Sidewalk and Curb Issues',
  service_code: '006',
  description: null,
  agency_responsible: null,
  service_notice: null,
  requested_datetime: '2010-04-14T14:37:38.000Z',
  updated_datetime: '2010-04-14T14:37:38.000Z',
  expected_datetime: '2010-04-15T14:37:38.000Z',
  address: '8TH AVE and JUDAH ST',
  address_id: '545483',
  zipcode: '94122',
  lat: 37.762221815,
  long: -122.4651145,
  media_url: 'http://open311.city.gov.s3.amazonaws.com/requests/media/638344.rss',
};

test('the recorded request list: every spec field, times in UTC, XML and JSON alike', (t) => {
  const { records, rejects } = parseRequests(fixture('service_requests.xml'));
  t.deepEqual(rejects, []);
  t.deepEqual(records[0], CLOSED_638344);
  t.like(records[1], { service_request_id: '638349', status: 'open', status_notes: null, requested_datetime: '2010-04-19T14:37:38.000Z' });
  t.deepEqual(parseRequests(fixture('json/service_requests.json')), { records, rejects });
});

test('one request by id, and the empty list, in both formats', (t) => {
  t.deepEqual(parseRequests(fixture('get_service_request.xml')).records, [CLOSED_638344]);
  t.deepEqual(parseRequests(fixture('json/get_service_request.json')).records, [CLOSED_638344]);
  t.deepEqual(parseRequests(fixture('service_requests_empty.xml')), { records: [], rejects: [] });
  t.deepEqual(parseRequests(fixture('json/service_requests_empty.json')), { records: [], rejects: [] });
});

test('quirks: a single object, a bare <request>, a wrapped list, numbers as texts, blank and missing fields', (t) => {
  const one = { service_request_id: 5, status: 'OPEN', service_code: 'x', requested_datetime: '2024-05-01T09:00:00', lat: '37.5', long: '127.0', media_url: '' };
  const single = parseRequests(JSON.stringify(one)).records;
  t.like(single[0], { service_request_id: '5', status: 'open', lat: 37.5, long: 127, media_url: null, requested_datetime: '2024-05-01T00:00:00.000Z', address: null, updated_datetime: null });
  t.deepEqual(parseRequests(JSON.stringify({ service_requests: [one] })).records, single);
  t.deepEqual(parseRequests(JSON.stringify({ requests: one })).records, single);
  const bare = parseRequests('<request><service_request_id>5</service_request_id><status>open</status><service_code>x</service_code><requested_datetime>2024-05-01T09:00:00</requested_datetime><lat>37.5</lat><long>127.0</long><media_url></media_url></request>');
  t.deepEqual(bare.records, single);
});

test('zoneless times are read in the zone asked for', (t) => {
  const body = '[{"service_request_id":"1","status":"open","service_code":"x","requested_datetime":"2024-05-01T09:00:00"}]';
  t.is(parseRequests(body).records[0]?.requested_datetime, '2024-05-01T00:00:00.000Z');
  t.is(parseRequests(body, { timeZone: 'Europe/Berlin' }).records[0]?.requested_datetime, '2024-05-01T07:00:00.000Z');
});

test('requests that do not fit the spec are rejects with reasons; the others flow', (t) => {
  const ok = { service_request_id: '1', status: 'open', service_code: 'x', requested_datetime: '2024-05-01T00:00:00Z' };
  const body = JSON.stringify([
    ok,
    { ...ok, service_request_id: '' },
    { ...ok, status: 'acknowledged' },
    { ...ok, requested_datetime: '05/01/2024' },
    { ...ok, lat: 'north' },
    { ...ok, long: 200 },
    { ...ok, service_code: undefined },
    'not an object',
  ]);
  const { records, rejects } = parseRequests(body);
  t.is(records.length, 1);
  t.deepEqual(rejects.map((r) => r.reason), [
    'bad Open311 service request: service_request_id: required',
    'bad Open311 service request: status: open or closed',
    'bad Open311 service request: requested_datetime: not a W3C datetime: "05/01/2024"',
    'bad Open311 service request: lat: a number',
    'bad Open311 service request: long: Too big: expected number to be <=180',
    'bad Open311 service request: service_code: required',
    'bad Open311 service request: value: Invalid input: expected object, received string',
  ]);
  t.is(JSON.parse(rejects[1]!.raw).status, 'acknowledged');
});

test('the POST answer is no request list, but reads as receipts', (t) => {
  const asRequests = parseRequests(fixture('post_service_request.xml'));
  t.is(asRequests.records.length, 0);
  t.regex(asRequests.rejects[0]!.reason, /status: open or closed/);
  const notice = 'The City will inspect and require the responsible party to correct within 24 hours and/or issue a Correction Notice or Notice of Violation of the Public Works Code';
  const receipts = parseRequestReceipts(fixture('post_service_request.xml'));
  t.deepEqual(receipts, [{ service_request_id: '293944', token: null, service_notice: notice, account_id: null }]);
  t.deepEqual(parseRequestReceipts(fixture('json/post_service_request.json')), receipts);
  t.deepEqual(parseRequestReceipts('[{"token":"12345"}]'), [{ service_request_id: null, token: '12345', service_notice: null, account_id: null }]);
  t.throws(() => parseRequestReceipts('[{"service_notice":"x"}]'), { instanceOf: ParseError, message: /neither service_request_id nor token/ });
});

test('error bodies, HTML pages and other roots are ParseErrors', (t) => {
  t.throws(() => parseRequests(fixture('json/403.json')), { instanceOf: ParseError, message: /answered with an error: 403 Invalid api_key/ });
  t.throws(() => parseRequests('<errors><error><code>500</code><description>db down</description></error></errors>'), { instanceOf: ParseError, message: /500 db down/ });
  t.throws(() => parseRequests('<!doctype html><html><body>Maintenance</body></html>'), { instanceOf: ParseError, message: /HTML page/ });
  t.throws(() => parseRequests(fixture('services.xml')), { instanceOf: ParseError, message: 'expected <service_requests>, found <services>' });
  t.throws(() => parseRequests('[]', { timeZone: 'Nowhere/Land' }), { instanceOf: RangeError });
});
