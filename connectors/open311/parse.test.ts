import test from 'ava';
import { ParseError } from '../_kit/errors.ts';
import { fixture } from './fixtures.test-helper.ts';
import { pageKindOf, parseOpen311Page } from './parse.ts';

const page = (url: string, body: string) => ({ url, body, contentType: 'application/json' });

test('the address says what a page holds, the body how to read it', (t) => {
  t.is(pageKindOf('https://c.example/v2/services.json?jurisdiction_id=x&api_key=***'), 'services');
  t.is(pageKindOf('https://c.example/v2/services.XML'), 'services');
  t.is(pageKindOf('https://c.example/v2/services/006.json'), 'requests', 'a definition is never a run page');
  t.is(pageKindOf('https://c.example/v2/requests.xml?page=2'), 'requests');
  t.is(pageKindOf('https://c.example/v2/requests/638344.json'), 'requests');
  const services = parseOpen311Page(page('http://x/services.json', fixture('services.xml')));
  t.is(services.records.length, 36);
  t.true(services.records.every((r) => r.kind === 'service'));
  const requests = parseOpen311Page(page('http://x/requests.xml', fixture('json/service_requests.json')));
  t.deepEqual(requests.records.map((r) => (r.kind === 'request' ? r.request.service_request_id : '')), ['638344', '638349']);
});

test('zoneless times are read in the zone the connector was given', (t) => {
  const body = '[{"service_request_id":"1","status":"open","service_code":"x","requested_datetime":"2024-05-01T09:00:00"}]';
  const at = (tz?: string) => {
    const [r] = parseOpen311Page(page('http://x/requests.json', body), tz).records;
    return r?.kind === 'request' ? r.request.requested_datetime : null;
  };
  t.is(at(), '2024-05-01T00:00:00.000Z');
  t.is(at('UTC'), '2024-05-01T09:00:00.000Z');
});

test('an HTML page, an error body or a broken body throws ParseError (the page is quarantined whole)', (t) => {
  t.throws(() => parseOpen311Page(page('http://x/requests.json', '<html><body><h1>500 Internal Server Error</h1></body></html>')), { instanceOf: ParseError, message: /HTML page/ });
  t.throws(() => parseOpen311Page(page('http://x/services.json', fixture('json/403.json'))), { instanceOf: ParseError, message: /403/ });
  t.throws(() => parseOpen311Page(page('http://x/requests.json', '[{"service_request_id": 1,')), { instanceOf: ParseError });
});

test('bad entries of a readable page are rejects; the rest are records', (t) => {
  const { records, rejects } = parseOpen311Page(page('http://x/services.json', '[{"service_code":"1","service_name":"a"},{"service_name":"no code"}]'));
  t.is(records.length, 1);
  t.deepEqual(rejects.map((r) => r.reason), ['bad Open311 service: service_code: required']);
});
