import test from 'ava';
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { createApp } from '../http/app.ts';
import type { ApiDeps } from '../http/deps.ts';
import { testDeps } from '../http/testing.ts';
import { authorizeWithKeyStore, isPrivilegedKey } from './keys.ts';
import { createMemoryOpen311Port } from './memory.ts';
import { registerOpen311Routes } from './routes.ts';
import { KEY_WRITE, OPEN311_TEST_NOW, open311TestApp, testPublicView } from './testing.ts';

const B = '/open311/v2';
/** The codeforamerica/open311 client's recorded answers (MIT; see SOURCES.md in the shared data). */
const FIXTURES = '/work/shared/data/open311/georeport_v2_fixtures_cfa_ruby';
const ordered = new XMLParser({ preserveOrder: true, ignoreDeclaration: true, ignoreAttributes: true });

type Node = Record<string, unknown>;
const childrenOf = (nodes: Node[], name: string): Node[] => (nodes.find((n) => name in n)?.[name] as Node[] | undefined) ?? [];
const namesOf = (nodes: Node[]): string[] => nodes.flatMap((n) => Object.keys(n)).filter((k) => k !== '#text' && k !== ':@');
/** Element names of the first item under the root, in document order. */
const itemShape = (xml: string, root: string, item: string): string[] => namesOf(childrenOf(childrenOf(ordered.parse(xml) as Node[], root), item));
const fixture = (file: string): string => readFileSync(`${FIXTURES}/${file}`, 'utf8');

test('GET requests has the element names and order of the recorded service_requests.xml and get_service_request.xml', async (t) => {
  const { app } = open311TestApp();
  const ours = await (await app.request(`${B}/requests.xml`)).text();
  const mine = itemShape(ours, 'service_requests', 'request');
  t.deepEqual(mine, itemShape(fixture('service_requests.xml'), 'service_requests', 'request'));
  const one = await (await app.request(`${B}/requests/dasan-120:2026-000104.xml`)).text();
  t.deepEqual(itemShape(one, 'service_requests', 'request'), itemShape(fixture('get_service_request.xml'), 'service_requests', 'request'));
  t.is(mine.length, 17);
});

test('GET services has the element names of the recorded services.xml; POST answers those of post_service_request.xml', async (t) => {
  const { app } = open311TestApp();
  const services = await (await app.request(`${B}/services.xml`)).text();
  t.deepEqual(itemShape(services, 'services', 'service').sort(), itemShape(fixture('services.xml'), 'services', 'service').sort());
  const filed = await app.request(`${B}/requests.xml`, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `api_key=${KEY_WRITE}&service_code=noise&address_string=x`,
  });
  t.deepEqual(itemShape(await filed.text(), 'service_requests', 'request'), itemShape(fixture('post_service_request.xml'), 'service_requests', 'request'));
});

test('an empty answer parses like the recorded service_requests_empty.xml', async (t) => {
  const { app } = open311TestApp();
  const ours = await (await app.request(`${B}/requests.xml?status=closed&service_code=streetlight`)).text();
  const plain = new XMLParser({ ignoreDeclaration: true });
  t.deepEqual(plain.parse(ours), plain.parse(fixture('service_requests_empty.xml')));
});

test('anything else under /open311 is a 404 in the spec format, in the format the path names', async (t) => {
  const { app } = open311TestApp();
  for (const [method, path] of [['GET', '/open311/v2/tokens/1.json'], ['GET', '/open311/v2/a/b/c/d.json'], ['DELETE', `${B}/requests/dasan-120:2026-000101.json`], ['PUT', `${B}/requests.json`]]) {
    const res = await app.request(path!, { method: method! });
    t.is(res.status, 404, `${method} ${path}`);
    t.deepEqual(await res.json(), [{ code: 404, description: `no Open311 resource for ${method} ${path}: see /open311/v2/services.xml and /open311/v2/requests.xml` }]);
  }
  const x = await app.request('/open311/v2/discovery');
  t.is(x.headers.get('content-type'), 'text/xml; charset=utf-8');
  t.regex(await x.text(), /<errors>\n {2}<error>\n {4}<code>404<\/code>/);
  const unknown = await app.request(`${B}/incidents.json`);
  t.deepEqual(await unknown.json(), [{ code: 404, description: 'no Open311 resource "incidents": use services or requests' }]);
});

test('inside the platform app: the access layer lets Open311 through, keys come from the key store', async (t) => {
  const port = createMemoryOpen311Port({ now: () => OPEN311_TEST_NOW });
  const deps = { ...testDeps().deps, open311: { port, publicView: testPublicView } } as ApiDeps;
  const app = createApp(deps);
  // Until app.ts registers them itself (README: wiring), register them here as it will.
  if (!app.routes.some((r) => r.path.startsWith('/open311/'))) {
    registerOpen311Routes(app, {
      port, authorize: authorizeWithKeyStore(deps.access.keys), publicView: testPublicView, isPrivileged: isPrivilegedKey, now: deps.now, log: deps.log,
    });
  }
  const services = await app.request(`${B}/services.json`);
  t.is(services.status, 200);
  t.is(services.headers.get('x-content-type-options'), 'nosniff');
  const { key } = await deps.access.keys.create({ name: 'jongno-gu', scope: { districts: ['11110'], resources: ['complaints'], access: 'write' }, createdBy: 'test' });
  const filed = await app.request(`${B}/requests.json`, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `api_key=${key}&service_code=streetlight&lat=37.57&long=126.98`,
  });
  t.is(filed.status, 200);
  t.is(port.filed.get('open311-seoul:2026-000001')?.by.name, 'jongno-gu');
  const withHeader = await app.request(`${B}/requests.json`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': key }, body: JSON.stringify({ service_code: 'streetlight', address_id: '1' }),
  });
  t.is(withHeader.status, 200);
  const refused = await app.request(`${B}/requests.json`, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `api_key=scpm_${'z'.repeat(43)}&service_code=streetlight&address_id=1`,
  });
  t.is(refused.status, 403);
});
