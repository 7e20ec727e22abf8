import test from 'ava';
import nock from 'nock';
import { ParseError, UnrecoverableSourceError } from '../_kit/errors.ts';
import { runIntoRecorder } from '../_kit/testing.ts';
import { open311 } from './connector.ts';
import { fetchOpen311ServiceDefinition, fetchOpen311Services, MAX_PAGES } from './fetch.ts';
import { fixture, httpFixture } from './fixtures.test-helper.ts';
import { envNamesOf } from './manifest.ts';

nock.disableNetConnect();
test.after.always(() => nock.cleanAll());

const now = () => Date.parse('2024-05-01T03:00:00Z');
let hostSeq = 0;
const deps = (config: Record<string, string> = {}) => {
  const host = `http://fetch-${++hostSeq}.test`;
  return { scope: nock(host), d: { fetch: globalThis.fetch, now, config: { OPEN311_BASE_URL: `${host}/v2`, ...config } } };
};

test('the service list on its own, for the platform', async (t) => {
  const { scope, d } = deps({ OPEN311_FORMAT: 'xml', OPEN311_JURISDICTION_ID: 'sfgov.org' });
  scope.get('/v2/services.xml').query({ jurisdiction_id: 'sfgov.org' }).reply(200, fixture('services.xml'));
  const services = await fetchOpen311Services(d);
  t.is(services.length, 36);
  t.is(services[35]?.service_name, 'Damaged_Parking_Meter');
});

test('a service definition on its own, by code, with its own environment names', async (t) => {
  const host = `http://fetch-${++hostSeq}.test`;
  nock(host).get('/services/illegal-parking.json').reply(200, fixture('authored/service_definition.json'));
  const def = await fetchOpen311ServiceDefinition({ fetch: globalThis.fetch, now, config: { SEOUL311_BASE_URL: host }, env: envNamesOf('SEOUL311') }, 'illegal-parking');
  t.deepEqual(def.attributes.map((a) => a.code), ['VEHICLE_TYPE', 'PLATE', 'NOTICE']);
});

test('one-shot reads throw the same classes as runs', async (t) => {
  const { scope, d } = deps({ OPEN311_FORMAT: 'xml' });
  const denied = httpFixture('403.xml');
  scope.get('/v2/services.xml').reply(denied.status, denied.body);
  await t.throwsAsync(fetchOpen311Services(d), { instanceOf: UnrecoverableSourceError });
  scope.get('/v2/services/001.xml').reply(200, '<html><body>Not here</body></html>');
  await t.throwsAsync(fetchOpen311ServiceDefinition(d, '001'), { instanceOf: ParseError, message: /HTML page/ });
  scope.get('/v2/services.xml').reply(200, '[{"service_code":"1"}]');
  await t.throwsAsync(fetchOpen311Services(d), { instanceOf: ParseError, message: /service_name: required/ });
});

test('a run stops after MAX_PAGES request pages', async (t) => {
  const seen: number[] = [];
  const endless = (async (input: string | URL | Request) => {
    const n = Number(new URL(String(input)).searchParams.get('page'));
    seen.push(n);
    return new Response(JSON.stringify([{ service_request_id: `r${n}`, status: 'open', service_code: 'x', requested_datetime: '2024-05-01T00:00:00Z' }]));
  }) as typeof fetch;
  const { run } = await runIntoRecorder(open311, { fetch: endless, config: { OPEN311_BASE_URL: 'http://endless.test' }, now, params: { services: false, pageSize: 1 } });
  t.is(seen.length, MAX_PAGES);
  t.is(seen.at(-1), MAX_PAGES);
  t.like(run, { outcome: 'ok', fetched: MAX_PAGES, emitted: MAX_PAGES });
});
