import test from 'ava';
import { XMLParser } from 'fast-xml-parser';
import { mayFile } from './file-route.ts';
import { KEY_PRIVATE, KEY_READ, KEY_WRITE, open311TestApp, TEST_KEYS } from './testing.ts';

const B = '/open311/v2';
const FORM = 'application/x-www-form-urlencoded; charset=utf-8';
const OK = 'service_code=road-damage&lat=37.5&long=127.03&attribute[SIZE]=small';
const xml = new XMLParser({ parseTagValue: false, isArray: (name) => name === 'request' || name === 'error' });

type App = ReturnType<typeof open311TestApp>['app'];
async function post(app: App, path: string, body: NonNullable<RequestInit['body']> | null, type: string | null = FORM, headers: Record<string, string> = {}) {
  const res = await app.request(path, { method: 'POST', body, headers: { ...(type === null ? {} : { 'content-type': type }), ...headers } });
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type'), text, body: path.endsWith('.json') ? JSON.parse(text) : xml.parse(text) };
}
const descriptions = (errors: Array<{ description: string }>) => errors.map((e) => e.description);

test('a form POST files a complaint and answers [{service_request_id, service_notice, account_id}]', async (t) => {
  const { app, port, logged } = open311TestApp();
  const res = await post(app, `${B}/requests.json`, `api_key=${KEY_WRITE}&${OK}&description=%EB%8F%84%EB%A1%9C%EA%B0%80+%ED%8C%8C%EC%98%80%EC%8A%B5%EB%8B%88%EB%8B%A4&first_name=%EA%B8%B8%EB%8F%99&last_name=%ED%99%8D&email=a%40example.com&account_id=acct-9`);
  t.is(res.status, 200);
  t.is(res.type, 'application/json; charset=utf-8');
  t.deepEqual(res.body, [{ service_request_id: 'open311-seoul:2026-000001', service_notice: '도로관리과에서 접수 후 7일 이내에 답변합니다.', account_id: 'acct-9' }]);
  const filed = await port.get('open311-seoul:2026-000001');
  t.like(filed, { channel: 'open311', status: 'received', category: 'road-damage', description: '도로가 파였습니다', lat: 37.5, lon: 127.03,
    reporter: { name: '홍길동', phone: null, email: 'a@example.com' } });
  t.is(port.filed.get('open311-seoul:2026-000001')?.by, TEST_KEYS[KEY_WRITE]);
  t.like(logged.at(-1), { msg: 'open311 request filed', complaint: 'open311-seoul:2026-000001', key: 'k-write', service: 'road-damage' });
  const again = await get(app, `${B}/requests/open311-seoul:2026-000001.json?api_key=${KEY_PRIVATE}`);
  t.like(again[0], { status: 'open', service_code: 'road-damage', description: '도로가 파였습니다' });
});

async function get(app: App, path: string) {
  return JSON.parse(await (await app.request(path)).text());
}

test('the XML answer has the spec shape', async (t) => {
  const { app } = open311TestApp();
  const res = await post(app, `${B}/requests.xml`, `api_key=${KEY_WRITE}&${OK}`);
  t.is(res.status, 200);
  t.is(res.type, 'text/xml; charset=utf-8');
  t.is(res.text, '<?xml version="1.0" encoding="utf-8"?>\n<service_requests>\n  <request>\n    <service_request_id>open311-seoul:2026-000001</service_request_id>\n'
    + '    <service_notice>도로관리과에서 접수 후 7일 이내에 답변합니다.</service_notice>\n    <account_id></account_id>\n  </request>\n</service_requests>\n');
});

test('a JSON body with the same names, attributes as an object, the key in a header', async (t) => {
  const { app, port } = open311TestApp();
  const body = JSON.stringify({ service_code: 'road-damage', lat: 37.5, long: 127.03, description: 'x', attribute: { SIZE: 'large', WHERE: ['lane', 'shoulder'] } });
  const res = await post(app, `${B}/requests.json`, body, 'application/json', { authorization: `Bearer ${KEY_WRITE}` });
  t.is(res.status, 200);
  const id = res.body[0].service_request_id as string;
  t.deepEqual(port.filed.get(id)?.input.attributes, { SIZE: ['large'], WHERE: ['lane', 'shoulder'] });
});

test('a multipart form without files is read like the urlencoded one', async (t) => {
  const { app } = open311TestApp();
  const form = new FormData();
  for (const [k, v] of new URLSearchParams(`api_key=${KEY_WRITE}&${OK}`)) form.append(k, v);
  const res = await post(app, `${B}/requests.json`, form, null);
  t.is(res.status, 200);
  form.append('media', new File(['x'], 'a.jpg'));
  const withFile = await post(app, `${B}/requests.json`, form, null);
  t.deepEqual([withFile.status, descriptions(withFile.body)], [400, ['media: files are not accepted here; put the media at a URL and send media_url']]);
});

test('api_key: missing, refused, or without write access to complaints is a 403, before the fields are read', async (t) => {
  const { app, port } = open311TestApp();
  const cases: Array<[string, Record<string, string>, string]> = [
    ['service_code=nope', {}, 'api_key is required to file a request'],
    ['api_key=&service_code=nope', {}, 'api_key is required to file a request'],
    ['api_key=guess&service_code=nope', {}, 'Invalid api_key received: it is unknown, expired or revoked'],
    [`api_key=${KEY_READ}&${OK}`, {}, 'this api_key may not file requests: it needs write access to complaints'],
    [OK, { 'x-api-key': KEY_PRIVATE }, 'this api_key may not file requests: it needs write access to complaints'],
  ];
  for (const [body, headers, message] of cases) {
    const res = await post(app, `${B}/requests.json`, body, FORM, headers);
    t.deepEqual([res.status, res.body], [403, [{ code: 403, description: message }]], body);
  }
  const x = await post(app, `${B}/requests.xml`, OK);
  t.deepEqual([x.status, x.body.errors.error], [403, [{ code: '403', description: 'api_key is required to file a request' }]]);
  t.is(port.complaints.length, 5, 'nothing filed');
  t.true(mayFile(TEST_KEYS[KEY_WRITE]!));
  t.false(mayFile(TEST_KEYS[KEY_READ]!));
});

test('each validation problem is a spec 400 naming the field (an unknown service alone a 404)', async (t) => {
  const { app, port } = open311TestApp();
  const k = `api_key=${KEY_WRITE}`;
  const cases: Array<[string, number, string[]]> = [
    [`${k}&lat=37.5&long=127`, 400, ['service_code is required (see services.json)']],
    [`${k}&service_code=pot-holes&lat=37.5&long=127`, 404, ['service_code: no such service: pot-holes (see services.json)']],
    [`${k}&service_code=noise`, 400, ['a location is required: lat and long, or address_string, or address_id']],
    [`${k}&service_code=noise&long=127`, 400, ['lat and long must be sent together']],
    [`${k}&service_code=noise&lat=35.1&long=140`, 400, ['long must be a WGS84 number from 124 to 132 (this jurisdiction is in Korea; got "140")']],
    [`${k}&service_code=noise&address_id=1&description=${'가'.repeat(4001)}`, 400, ['description may be at most 4000 characters (got 4001)']],
    [`${k}&service_code=noise&address_id=1&email=nobody`, 400, ['email is not an e-mail address: "nobody"']],
    [`${k}&service_code=road-damage&address_id=1`, 400, ['attribute[SIZE] is required for service road-damage: 파손 크기 (Size of the damage)']],
    [`${k}&api_key=${KEY_READ}&service_code=noise&address_id=1`, 400, ['api_key is given more than once with different values']],
  ];
  for (const [body, status, messages] of cases) {
    const res = await post(app, `${B}/requests.json`, body);
    t.deepEqual([res.status, descriptions(res.body)], [status, messages], body.slice(0, 80));
  }
  t.is(port.complaints.length, 5, 'nothing filed');
});

test('bodies that cannot be read are a spec 400', async (t) => {
  const { app } = open311TestApp();
  const bad = await post(app, `${B}/requests.json`, '{"service_code":', 'application/json', { 'x-api-key': KEY_WRITE });
  t.deepEqual(descriptions(bad.body), ['the body is not valid JSON']);
  const other = await post(app, `${B}/requests.xml`, '<request/>', 'text/xml', { 'x-api-key': KEY_WRITE });
  t.is(other.status, 400);
  t.regex(other.body.errors.error[0].description, /a body of type "text\/xml" is not read here/);
  const untyped = await post(app, `${B}/requests.json`, new TextEncoder().encode('service_code=noise'), null, { 'x-api-key': KEY_WRITE });
  t.regex(descriptions(untyped.body)[0] ?? '', /^a body without a Content-Type is not read here/);
  const none = await post(app, `${B}/requests.json`, null, null, { 'x-api-key': KEY_WRITE });
  t.deepEqual([none.status, descriptions(none.body)], [400, ['service_code is required (see services.json)', 'a location is required: lat and long, or address_string, or address_id']]);
});

test('only requests.{json|xml} takes a POST; jurisdiction_id is checked', async (t) => {
  const { app } = open311TestApp({ jurisdictionId: 'seoul.go.kr' });
  t.deepEqual((await post(app, `${B}/services.json`, `api_key=${KEY_WRITE}&${OK}`)).body, [{ code: 404, description: 'only requests.json accepts POST' }]);
  t.is((await post(app, `${B}/requests.csv`, `api_key=${KEY_WRITE}&${OK}`)).status, 404);
  const other = await post(app, `${B}/requests.json`, `api_key=${KEY_WRITE}&${OK}&jurisdiction_id=busan.go.kr`);
  t.deepEqual([other.status, descriptions(other.body)], [404, ['jurisdiction_id not found: busan.go.kr (this endpoint serves seoul.go.kr)']]);
  t.is((await post(app, `${B}/requests.json?jurisdiction_id=busan.go.kr`, `api_key=${KEY_WRITE}&${OK}`)).status, 404);
  t.is((await post(app, `${B}/requests.json`, `api_key=${KEY_WRITE}&${OK}&jurisdiction_id=seoul.go.kr`)).status, 200);
});

test('a failure of the store is a logged 500 in the spec format', async (t) => {
  const { app, port, logged } = open311TestApp();
  port.file = async () => {
    throw new Error('database down');
  };
  const res = await post(app, `${B}/requests.xml`, `api_key=${KEY_WRITE}&${OK}`);
  t.is(res.status, 500);
  t.is(res.body.errors.error[0].code, '500');
  t.like(logged.at(-1), { msg: 'open311 request failed', level: 50, err: { message: 'database down' } });
});
