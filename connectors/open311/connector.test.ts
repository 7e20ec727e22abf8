import test from 'ava';
import nock from 'nock';
import { ConnectorRunSchema, EventBatchSchema } from '../../server/contracts/index.ts';
import { FetchError, RateLimitedError, UnrecoverableSourceError } from '../_kit/errors.ts';
import { runIntoRecorder } from '../_kit/testing.ts';
import { createOpen311Connector, open311 } from './connector.ts';
import { fixture, httpFixture } from './fixtures.test-helper.ts';

nock.disableNetConnect();
test.after.always(() => nock.cleanAll());

/** 12:10:30 KST: a scheduled run asks for the 90 days up to 12:15 KST. */
const now = () => Date.parse('2024-05-01T03:10:30Z');
const WINDOW = { start_date: '2024-02-01T03:15:00Z', end_date: '2024-05-01T03:15:00Z', page_size: '100' };
const page = (n: number, extra: Record<string, string> = {}) => ({ ...WINDOW, page: String(n), ...extra });

let hostSeq = 0;
const source = (extra: Record<string, string> = {}) => {
  const host = `http://open311-${++hostSeq}.test`;
  return { host, scope: nock(host), config: { OPEN311_BASE_URL: `${host}/open311/v2`, ...extra } };
};

test('a JSON endpoint: services read, one filed per request, one closed, all valid batches', async (t) => {
  const s = source();
  s.scope.get('/open311/v2/services.json').reply(200, fixture('json/services.json'), { 'content-type': 'application/json' });
  s.scope.get('/open311/v2/requests.json').query(page(1)).reply(200, fixture('json/service_requests.json'));
  const { publisher, run, error } = await runIntoRecorder(open311, { config: s.config, now });
  t.is(error, null);
  t.true(s.scope.isDone());
  t.like(run, { outcome: 'ok', fetched: 38, parsed: 38, emitted: 3, dropped: 0, newestObservedAt: '2010-04-19T14:37:38.000Z' });
  t.notThrows(() => ConnectorRunSchema.parse(run));
  for (const { subject, batch } of publisher.batches) {
    t.notThrows(() => EventBatchSchema.parse(batch));
    t.regex(subject, /^city\.complaint\.(filed|status)\.all$/);
  }
  t.deepEqual(publisher.events().map((e) => e.id).sort(), ['open311:638344:closed:2010-04-14T14:37:38.000Z', 'open311:638344:filed', 'open311:638349:filed']);
});

test('an XML endpoint gives the same events as its JSON transcription', async (t) => {
  const x = source({ OPEN311_FORMAT: 'xml' });
  x.scope.get('/open311/v2/services.xml').reply(200, fixture('services.xml'), { 'content-type': 'text/xml' });
  x.scope.get('/open311/v2/requests.xml').query(page(1)).reply(200, fixture('service_requests.xml'));
  const j = source();
  j.scope.get('/open311/v2/services.json').reply(200, fixture('json/services.json'));
  j.scope.get('/open311/v2/requests.json').query(page(1)).reply(200, fixture('json/service_requests.json'));
  const [xml, json] = await Promise.all([runIntoRecorder(open311, { config: x.config, now }), runIntoRecorder(open311, { config: j.config, now })]);
  t.true(x.scope.isDone() && j.scope.isDone());
  t.deepEqual(xml.publisher.events(), json.publisher.events());
  t.is(xml.publisher.events().length, 3);
});

test('quirks: XML with a BOM to a JSON request under a lying content type, one request as an object, numbers as texts', async (t) => {
  const s = source();
  const single = JSON.parse(fixture('authored/seoul_requests.json'))[1] as Record<string, unknown>;
  s.scope.get('/open311/v2/services.json').reply(200, `\uFEFF${fixture('services.xml')}`, { 'content-type': 'application/json' });
  s.scope.get('/open311/v2/requests.json').query(page(1)).reply(200, `\uFEFF${JSON.stringify(single)}`, { 'content-type': 'text/html' });
  const { publisher, run } = await runIntoRecorder(open311, { config: s.config, now });
  t.like(run, { outcome: 'ok', fetched: 37, emitted: 2 });
  t.deepEqual(publisher.batches.map((b) => b.subject).sort(), ['city.complaint.filed.11440', 'city.complaint.status.11440']);
});

test('the authored Seoul requests land in their gu; one outside Seoul in `all`', async (t) => {
  const s = source();
  s.scope.get('/open311/v2/requests.json').query(page(1)).reply(200, fixture('authored/seoul_requests.json'));
  const { publisher, run } = await runIntoRecorder(open311, { config: s.config, now, params: { services: false } });
  t.like(run, { outcome: 'ok', fetched: 4, emitted: 6 });
  t.deepEqual(publisher.batches.map((b) => `${b.subject}×${b.batch.events.length}`).sort(), [
    'city.complaint.filed.11110×1',
    'city.complaint.filed.11440×1',
    'city.complaint.filed.11680×1',
    'city.complaint.filed.all×1',
    'city.complaint.status.11110×1',
    'city.complaint.status.11440×1',
  ]);
});

test('pages follow until one is shorter than page_size', async (t) => {
  const s = source();
  const all = JSON.parse(fixture('authored/seoul_requests.json')) as unknown[];
  const sized = { page_size: '2' };
  s.scope.get('/open311/v2/requests.json').query(page(1, sized)).reply(200, JSON.stringify(all.slice(0, 2)));
  s.scope.get('/open311/v2/requests.json').query(page(2, sized)).reply(200, JSON.stringify(all.slice(2, 4)));
  s.scope.get('/open311/v2/requests.json').query(page(3, sized)).reply(200, '[]');
  const { run } = await runIntoRecorder(open311, { config: s.config, now, params: { services: false, pageSize: 2 } });
  t.true(s.scope.isDone());
  t.like(run, { outcome: 'ok', fetched: 4, emitted: 6 });
});

test('a server that ignores `page` is read once: the repeated page stops the run', async (t) => {
  const s = source();
  s.scope.get('/open311/v2/requests.json').query(page(1, { page_size: '2' })).reply(200, fixture('json/service_requests.json'));
  s.scope.get('/open311/v2/requests.json').query(page(2, { page_size: '2' })).reply(200, fixture('service_requests.xml'));
  const { run } = await runIntoRecorder(open311, { config: s.config, now, params: { services: false, pageSize: 2 } });
  t.true(s.scope.isDone());
  t.like(run, { outcome: 'ok', fetched: 2, emitted: 3 });
});

test('filters, jurisdiction and key reach the server; the key reaches nothing else', async (t) => {
  const s = source({ OPEN311_JURISDICTION_ID: 'city.example', OPEN311_API_KEY: 'S3CRET' });
  const q = { jurisdiction_id: 'city.example', api_key: 'S3CRET' };
  s.scope.get('/open311/v2/services.json').query(q).reply(200, fixture('json/services.json'));
  s.scope.get('/open311/v2/requests.json').query(page(1, { ...q, status: 'closed', service_code: '006' })).reply(200, '<!DOCTYPE html><html><body>Login</body></html>');
  const { publisher, run } = await runIntoRecorder(open311, { config: s.config, now, params: { status: 'closed', serviceCode: '006' } });
  t.true(s.scope.isDone());
  t.like(run, { outcome: 'failed', fetched: 36, emitted: 0, dropped: 1 }, 'services emit nothing, so no page gave events');
  t.regex(run!.error!, /^no readable page: unreadable page/);
  t.is(publisher.quarantine.length, 1);
  t.regex(publisher.quarantine[0]!.reason, /^unreadable page .*api_key=\*\*\*: an HTML page/);
  t.false(JSON.stringify({ q: publisher.quarantine, r: publisher.runs }).includes('S3CRET'));
});

test('requests by id, in XML', async (t) => {
  const s = source({ OPEN311_FORMAT: 'xml' });
  s.scope.get('/open311/v2/requests/638344.xml').reply(200, fixture('get_service_request.xml'));
  const { publisher, run } = await runIntoRecorder(open311, { config: s.config, now, params: { ids: ['638344'], services: false } });
  t.true(s.scope.isDone());
  t.like(run, { outcome: 'ok', fetched: 1, emitted: 2 });
  t.deepEqual(publisher.events().map((e) => e.kind).sort(), ['complaint.filed', 'complaint.status']);
});

test('an empty window is an empty, successful run', async (t) => {
  const s = source({ OPEN311_FORMAT: 'xml' });
  s.scope.get('/open311/v2/requests.xml').query(page(1)).reply(200, fixture('service_requests_empty.xml'));
  const { publisher, run, error } = await runIntoRecorder(open311, { config: s.config, now, params: { services: false } });
  t.is(error, null);
  t.like(run, { outcome: 'ok', fetched: 0, emitted: 0 });
  t.is(publisher.batches.length, 0);
});

test('a repeated run publishes nothing new, even when its window has moved', async (t) => {
  const s = source();
  s.scope.get('/open311/v2/services.json').times(3).reply(200, fixture('json/services.json'));
  s.scope.get('/open311/v2/requests.json').query(true).times(3).reply(200, fixture('authored/seoul_requests.json'));
  const first = await runIntoRecorder(open311, { config: s.config, now });
  await runIntoRecorder(open311, { config: s.config, now, publisher: first.publisher });
  await runIntoRecorder(open311, { config: s.config, now: () => now() + 3_600_000, publisher: first.publisher });
  t.is(first.publisher.batches.length, 6);
  t.is(first.publisher.duplicates.length, 12);
});

test('requests that cannot be read or used are quarantined with their reason; the others flow', async (t) => {
  const s = source();
  const rows = JSON.parse(fixture('authored/seoul_requests.json')) as Record<string, unknown>[];
  rows[0]!.status = 'acknowledged';
  rows[1]!.service_code = '도로파손';
  s.scope.get('/open311/v2/requests.json').query(page(1)).reply(200, JSON.stringify(rows));
  const { publisher, run } = await runIntoRecorder(open311, { config: s.config, now, params: { services: false } });
  t.like(run, { outcome: 'partial', fetched: 4, parsed: 3, emitted: 3, dropped: 2 });
  t.deepEqual(publisher.quarantine.map((q) => q.reason), [
    'bad Open311 service request: status: open or closed',
    'service_code "도로파손" of request SEL-2024-000102 cannot be a category code (letters or digits, at most 40)',
  ]);
  t.regex(Buffer.from(publisher.quarantine[0]!.raw, 'base64').toString(), /acknowledged/);
});

test('refused, rate-limited, transient and unconfigured runs fail with the matching class', async (t) => {
  const s = source({ OPEN311_FORMAT: 'xml', OPEN311_API_KEY: 'K' });
  const denied = httpFixture('403.xml');
  s.scope.get('/open311/v2/services.xml').query({ api_key: 'K' }).reply(denied.status, denied.body);
  const refused = await runIntoRecorder(open311, { config: s.config, now });
  t.true(refused.error instanceof UnrecoverableSourceError);
  t.like(refused.run, { outcome: 'failed', error: `UnrecoverableSourceError: HTTP 403 from ${s.host}/open311/v2/services.xml?api_key=***: Invalid api_key received -- can't proceed with create_request.` });
  s.scope.get('/open311/v2/services.xml').query(true).reply(429, '', { 'retry-after': '5' });
  const limited = await runIntoRecorder(open311, { config: s.config, now });
  t.is((limited.error as RateLimitedError).retryAfterMs, 5000);
  t.is(limited.run?.outcome, 'rate-limited');
  s.scope.get('/open311/v2/services.xml').query(true).reply(200, fixture('services.xml'));
  s.scope.get('/open311/v2/requests.xml').query(true).reply(502, '<html><body>Bad Gateway</body></html>');
  t.true((await runIntoRecorder(open311, { config: s.config, now })).error instanceof FetchError);
  s.scope.get('/open311/v2/services.xml').query(true).reply(200, fixture('services.xml'));
  s.scope.get('/open311/v2/requests.xml').query(true).reply(200, fixture('json/403.json'));
  t.true((await runIntoRecorder(open311, { config: s.config, now })).error instanceof UnrecoverableSourceError, 'an error body with status 200');
  t.regex(((await runIntoRecorder(open311, { config: {}, now })).error as Error).message, /OPEN311_BASE_URL is not set/);
});

test('a connector of its own for another endpoint: id, environment names, time zone', async (t) => {
  const sf = createOpen311Connector({ id: 'open311-sf', envPrefix: 'SF311', timeZone: 'America/Los_Angeles' });
  t.deepEqual([sf.manifest.id, sf.manifest.config, sf.manifest.secrets, sf.timeZone], ['open311-sf', ['SF311_BASE_URL', 'SF311_FORMAT', 'SF311_JURISDICTION_ID'], ['SF311_API_KEY'], 'America/Los_Angeles']);
  const host = `http://open311-${++hostSeq}.test`;
  nock(host).get('/requests.json').query(true).reply(200, '[{"service_request_id":"9","status":"open","service_code":"Graffiti","requested_datetime":"2010-04-14T06:37:38"}]');
  const { publisher } = await runIntoRecorder(sf, { config: { SF311_BASE_URL: host }, now, params: { services: false } });
  t.like(publisher.events()[0], { id: 'open311-sf:9:filed', observedAt: '2010-04-14T13:37:38.000Z', payload: { category: 'graffiti' } });
  t.throws(() => createOpen311Connector({ timeZone: 'Mars/Olympus' }), { instanceOf: RangeError });
});
