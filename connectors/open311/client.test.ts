import test from 'ava';
import nock from 'nock';
import { FetchError, RateLimitedError, UnrecoverableSourceError } from '../_kit/errors.ts';
import { checkedBody, endpointOf, getOpen311, open311Url } from './client.ts';
import { fixture, httpFixture } from './fixtures.test-helper.ts';
import { envNamesOf } from './manifest.ts';

nock.disableNetConnect();
test.after.always(() => nock.cleanAll());

const now = () => Date.parse('2024-05-01T03:00:00Z');
let hostSeq = 0;
const host = () => `http://client-${++hostSeq}.test`;

test('the endpoint from config: base, format, jurisdiction, key', (t) => {
  t.deepEqual(endpointOf({ OPEN311_BASE_URL: 'https://city.example/open311/v2/' }), { base: 'https://city.example/open311/v2', format: 'json', jurisdiction: null, apiKey: null });
  t.deepEqual(endpointOf({ OPEN311_BASE_URL: 'https://c.example/v2', OPEN311_FORMAT: 'XML', OPEN311_JURISDICTION_ID: ' city.example ', OPEN311_API_KEY: 'k' }), {
    base: 'https://c.example/v2',
    format: 'xml',
    jurisdiction: 'city.example',
    apiKey: 'k',
  });
  t.is(endpointOf({ SEOUL311_BASE_URL: 'http://s.example' }, envNamesOf('SEOUL311')).base, 'http://s.example');
  t.throws(() => endpointOf({}), { instanceOf: UnrecoverableSourceError, message: 'OPEN311_BASE_URL is not set' });
  t.throws(() => endpointOf({ OPEN311_BASE_URL: 'ftp://x' }), { instanceOf: UnrecoverableSourceError, message: /not an http\(s\) address/ });
  t.throws(() => endpointOf({ OPEN311_BASE_URL: 'http://x', OPEN311_FORMAT: 'csv' }), { instanceOf: UnrecoverableSourceError, message: 'OPEN311_FORMAT must be json or xml, not "csv"' });
});

test('addresses: format suffix, query, jurisdiction; the key only in the one requested', (t) => {
  const ep = { base: 'https://c.example/v2', format: 'json' as const, jurisdiction: 'c.example', apiKey: 's3cr&t' };
  const u = open311Url(ep, 'requests', { start_date: '2024-05-01T00:00:00Z', status: undefined, page: 2 });
  t.is(u.url, 'https://c.example/v2/requests.json?start_date=2024-05-01T00%3A00%3A00Z&page=2&jurisdiction_id=c.example&api_key=s3cr%26t');
  t.is(u.shown, 'https://c.example/v2/requests.json?start_date=2024-05-01T00%3A00%3A00Z&page=2&jurisdiction_id=c.example&api_key=***');
  t.deepEqual(open311Url({ ...ep, jurisdiction: null }, 'services'), { url: 'https://c.example/v2/services.json?api_key=s3cr%26t', shown: 'https://c.example/v2/services.json?api_key=***' });
  t.deepEqual(open311Url({ ...ep, jurisdiction: null, apiKey: null, format: 'xml' }, 'requests/638344'), { url: 'https://c.example/v2/requests/638344.xml', shown: 'https://c.example/v2/requests/638344.xml' });
});

const get = async (h: string, key: string | null = null) => getOpen311(globalThis.fetch, { url: `${h}/services.xml${key ? `?api_key=${key}` : ''}`, shown: `${h}/services.xml${key ? '?api_key=***' : ''}` }, now, key);

test('the recorded 403 is unrecoverable and says why', async (t) => {
  const h = host();
  const { status, body } = httpFixture('403.xml');
  nock(h).get('/services.xml').reply(status, body, { 'content-type': 'text/xml' });
  const err = await get(h).catch((e: unknown) => e);
  t.true(err instanceof UnrecoverableSourceError);
  t.is((err as Error).message, `HTTP 403 from ${h}/services.xml: Invalid api_key received -- can't proceed with create_request.`);
});

test('401, 400 and 404 are unrecoverable; 429 waits; 5xx, 408 and network failures are transient', async (t) => {
  const h = host();
  const scope = nock(h);
  scope.get('/services.xml').reply(401, fixture('json/403.json'));
  t.true((await get(h).catch((e: unknown) => e)) instanceof UnrecoverableSourceError);
  scope.get('/services.xml').reply(400, '<errors><error><code>400</code><description>jurisdiction_id required</description></error></errors>');
  t.regex(((await get(h).catch((e: unknown) => e)) as Error).message, /HTTP 400 .*: 400 jurisdiction_id required/);
  scope.get('/services.xml').reply(404, 'Not Found');
  t.true((await get(h).catch((e: unknown) => e)) instanceof UnrecoverableSourceError);
  scope.get('/services.xml').reply(429, '[{"code":429,"description":"slow down"}]', { 'retry-after': '12' });
  const limited = await get(h).catch((e: unknown) => e);
  t.true(limited instanceof RateLimitedError);
  t.is((limited as RateLimitedError).retryAfterMs, 12_000);
  scope.get('/services.xml').reply(429, '', { 'retry-after': 'Wed, 01 May 2024 03:00:30 GMT' });
  t.is(((await get(h).catch((e: unknown) => e)) as RateLimitedError).retryAfterMs, 30_000);
  scope.get('/services.xml').reply(503, '<html><head><title>503</title></head><body><h1>Service Unavailable</h1></body></html>');
  const busy = await get(h).catch((e: unknown) => e);
  t.true(busy instanceof FetchError);
  t.regex((busy as Error).message, /HTTP 503 .*: 503 Service Unavailable/);
  scope.get('/services.xml').reply(408, '');
  t.true((await get(h).catch((e: unknown) => e)) instanceof FetchError);
  scope.get('/services.xml').query(true).replyWithError('connect ECONNREFUSED (api_key=topsecret)');
  const down = await get(h, 'topsecret').catch((e: unknown) => e);
  t.true(down instanceof FetchError);
  t.false((down as Error).message.includes('topsecret'), (down as Error).message);
  t.true(scope.isDone());
});

test('the key never appears in a page or an error, even when the server echoes it', async (t) => {
  const h = host();
  nock(h).get('/services.xml').query({ api_key: 'K3Y' }).reply(403, '[{"code":403,"description":"api_key K3Y is not valid"}]');
  const err = (await get(h, 'K3Y').catch((e: unknown) => e)) as Error;
  t.is(err.message, `HTTP 403 from ${h}/services.xml?api_key=***: 403 api_key *** is not valid`);
  nock(h).get('/services.xml').query({ api_key: 'K3Y' }).reply(200, fixture('services.xml'), { 'content-type': 'application/json' });
  const page = await get(h, 'K3Y');
  t.is(page.url, `${h}/services.xml?api_key=***`);
  t.is(page.contentType, 'application/json', 'kept as sent, even when it lies');
});

test('an error body sent with status 200 throws by its code; unreadable bodies are left to parse', (t) => {
  const page = (body: string) => ({ body, contentType: 'application/json', url: 'http://x/requests.json' });
  t.throws(() => checkedBody(page(fixture('json/403.json')), now(), null), { instanceOf: UnrecoverableSourceError, message: /error body from http:\/\/x\/requests\.json: 403 Invalid api_key/ });
  t.throws(() => checkedBody(page('[{"code":503,"description":"down"},{"code":400,"description":"bad"}]'), now(), null), { instanceOf: FetchError });
  t.throws(() => checkedBody(page('[{"code":429,"description":"later"}]'), now(), null), { instanceOf: RateLimitedError });
  t.throws(() => checkedBody(page(httpFixture('403.xml').body), now(), null), { instanceOf: FetchError }, 'no code: retried like any unknown failure');
  t.is(checkedBody(page('<html><body>oops</body></html>'), now(), null), null);
  t.is(checkedBody(page(fixture('service_requests.xml')), now(), null)?.root, 'service_requests');
});
