import test from 'ava';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ComplaintSchema, type Complaint } from '../contracts/complaint.ts';
import { SAMPLE_COMPLAINTS } from './samples.ts';
import { KEY_PRIVATE, KEY_PRIVATE_GANGNAM, KEY_READ, KEY_WRITE, OPEN311_TEST_NOW, open311TestApp, REDACTED } from './testing.ts';

const B = '/open311/v2';
const xml = new XMLParser({ parseTagValue: false, isArray: (name) => ['request', 'service', 'entry', 'error', 'attribute', 'value'].includes(name) });
const get = async (app: ReturnType<typeof open311TestApp>['app'], path: string, headers: Record<string, string> = {}) => {
  const res = await app.request(path, { headers });
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type'), text, body: res.headers.get('content-type')?.startsWith('application/json') ? JSON.parse(text) : xml.parse(text) };
};
const ids = (list: Array<{ service_request_id: string }>) => list.map((r) => r.service_request_id.slice(-3));

test('GET services in JSON and XML', async (t) => {
  const { app } = open311TestApp();
  const json = await get(app, `${B}/services.json`);
  t.is(json.status, 200);
  t.is(json.type, 'application/json; charset=utf-8');
  t.deepEqual(json.body.map((s: { service_code: string; metadata: boolean }) => [s.service_code, s.metadata]),
    [['road-damage', true], ['illegal-parking', false], ['streetlight', false], ['noise', false]]);
  const x = await get(app, `${B}/services.xml`);
  t.is(x.type, 'text/xml; charset=utf-8');
  t.true(x.text.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<services>'));
  t.deepEqual(x.body.services.service.map((s: { service_code: string }) => s.service_code), ['road-damage', 'illegal-parking', 'streetlight', 'noise']);
  t.is(x.body.services.service[0].group, '도로·교통');
});

test('GET services/{code}: the definition with its attributes; an unknown code is a spec 404', async (t) => {
  const { app } = open311TestApp();
  const json = await get(app, `${B}/services/road-damage.json`);
  t.is(json.status, 200);
  t.deepEqual(json.body.attributes.map((a: { code: string; required: boolean }) => [a.code, a.required]), [['SIZE', true], ['WHERE', false]]);
  const x = await get(app, `${B}/services/road-damage.xml`);
  t.deepEqual(x.body.service_definition.attributes.attribute[1].values.value.map((v: { key: string }) => v.key), ['lane', 'shoulder', 'sidewalk']);
  t.deepEqual((await get(app, `${B}/services/noise.json`)).body, { service_code: 'noise', attributes: [] });
  const missing = await get(app, `${B}/services/pot-holes.json`);
  t.deepEqual([missing.status, missing.body], [404, [{ code: 404, description: 'service_code not found: pot-holes' }]]);
  const missingXml = await get(app, `${B}/services/pot-holes.xml`);
  t.is(missingXml.status, 404);
  t.deepEqual(missingXml.body.errors.error, [{ code: '404', description: 'service_code not found: pot-holes' }]);
});

test('GET requests: the last 90 days newest first, each through the public view', async (t) => {
  const { app, port } = open311TestApp();
  const json = await get(app, `${B}/requests.json`);
  t.is(json.status, 200);
  t.deepEqual(ids(json.body), ['105', '104', '103', '102']);
  t.true(json.body.every((r: { description: string; address: unknown }) => r.description === REDACTED && r.address === null));
  t.is(json.body[1].status_notes, REDACTED);
  t.like(port.asked[0], { limit: 50, page: 1, from: new Date(OPEN311_TEST_NOW - 90 * 86_400_000), to: new Date(OPEN311_TEST_NOW) });
  const x = await get(app, `${B}/requests.xml`);
  t.deepEqual(ids(x.body.service_requests.request), ['105', '104', '103', '102']);
  t.is(x.body.service_requests.request[0].description, REDACTED);
});

test('GET requests: filters reach the port; an empty answer is an empty list', async (t) => {
  const { app, port } = open311TestApp();
  const res = await get(app, `${B}/requests.json?service_code=road-damage,noise&status=open&start_date=2026-11-26T00:00:00%2B09:00&end_date=2026-11-27T23:59:59%2B09:00&page_size=1&page=2&jurisdiction_id=&api_key=`);
  t.is(res.status, 200);
  t.deepEqual(ids(res.body), ['104']);
  t.deepEqual(port.asked.at(-1), {
    serviceCodes: ['road-damage', 'noise'], status: 'open', from: new Date('2026-11-25T15:00:00Z'), to: new Date('2026-11-27T14:59:59Z'), limit: 1, page: 2,
  });
  t.deepEqual((await get(app, `${B}/requests.json?status=closed&service_code=streetlight`)).body, []);
  const empty = await get(app, `${B}/requests.xml?status=closed&service_code=streetlight`);
  t.is(empty.text, '<?xml version="1.0" encoding="utf-8"?>\n<service_requests></service_requests>\n');
  const older = await get(app, `${B}/requests.json?start_date=2026-07-01T00:00:00Z&end_date=2026-08-01T00:00:00Z`);
  t.deepEqual(ids(older.body), ['101']);
});

test('GET requests: service_request_id overrides the other filters', async (t) => {
  const { app } = open311TestApp();
  const res = await get(app, `${B}/requests.json?service_request_id=dasan-120:2026-000101,dasan-120:2026-000104,dasan-120:2026-000999&status=closed`);
  t.deepEqual(ids(res.body), ['104', '101']);
});

test('GET requests: bad filters are a 400 naming each, in the format asked for', async (t) => {
  const { app } = open311TestApp();
  const json = await get(app, `${B}/requests.json?status=pending&start_date=2026-11-01&service_code=pot-holes`);
  t.is(json.status, 400);
  t.deepEqual(json.body.map((e: { code: number }) => e.code), [400, 400, 400]);
  t.deepEqual(json.body.map((e: { description: string }) => e.description.split(' ')[0]), ['service_code:', 'status', 'start_date']);
  const x = await get(app, `${B}/requests.xml?page_size=1000`);
  t.is(x.status, 400);
  t.deepEqual(x.body.errors.error, [{ code: '400', description: 'page_size must be a whole number from 1 to 500 (got "1000")' }]);
});

test('GET requests/{id}: an array of one, the id percent-encoded or not; unknown and malformed ids are 404', async (t) => {
  const { app } = open311TestApp();
  for (const path of [`${B}/requests/dasan-120:2026-000103.json`, `${B}/requests/dasan-120%3A2026-000103.json`]) {
    const res = await get(app, path);
    t.is(res.status, 200);
    t.deepEqual(ids(res.body), ['103']);
    t.like(res.body[0], { status: 'open', status_notes: REDACTED, service_name: '가로등 고장', agency_responsible: '도로시설과', requested_datetime: '2026-11-25T21:00:00+09:00' });
  }
  const x = await get(app, `${B}/requests/dasan-120:2026-000103.xml`);
  t.deepEqual(ids(x.body.service_requests.request), ['103']);
  t.deepEqual((await get(app, `${B}/requests/dasan-120:2026-000999.json`)).body, [{ code: 404, description: 'service_request_id not found: dasan-120:2026-000999' }]);
  t.is((await get(app, `${B}/requests/123.json`)).status, 404);
  t.is((await get(app, `${B}/requests/dasan-120:2026-000103.html`)).status, 404);
});

test('GET requests/{id}/history: the status changes, through the public view; a spec 404 otherwise', async (t) => {
  const { app } = open311TestApp();
  const json = await get(app, `${B}/requests/dasan-120:2026-000104/history.json`);
  t.is(json.status, 200);
  t.deepEqual(json.body.map((e: { detailed_status: string; status: string; status_notes: string | null }) => [e.detailed_status, e.status, e.status_notes]),
    [['received', 'open', null], ['answered', 'closed', REDACTED], ['reopened', 'open', REDACTED]]);
  const x = await get(app, `${B}/requests/dasan-120:2026-000101/history.xml`);
  t.true(x.text.includes('<service_request_history>\n  <entry>'));
  t.deepEqual(x.body.service_request_history.entry.map((e: { agency_responsible: string }) => e.agency_responsible), ['', '강남구 도로관리과', '', '']);
  t.is((await get(app, `${B}/requests/dasan-120:2026-000999/history.json`)).status, 404);
  t.deepEqual((await get(app, `${B}/requests/dasan-120:2026-000101/notes.json`)).body, [{ code: 404, description: 'no Open311 resource "notes" under a request: use history' }]);
});

test('a privileged key (query api_key or header) sees complaints unredacted; other keys the public view; a refused key is 403', async (t) => {
  const { app } = open311TestApp();
  const path = `${B}/requests/dasan-120:2026-000104.json`;
  const full = SAMPLE_COMPLAINTS[3] as Complaint;
  t.is((await get(app, `${path}?api_key=${KEY_PRIVATE}`)).body[0].description, full.description);
  t.is((await get(app, path, { 'x-api-key': KEY_PRIVATE })).body[0].address, full.address);
  t.is((await get(app, `${B}/requests/dasan-120:2026-000104/history.json?api_key=${KEY_PRIVATE}`)).body[2].status_notes, '소음이 계속됩니다.');
  t.is((await get(app, `${path}?api_key=${KEY_READ}`)).body[0].description, REDACTED);
  t.is((await get(app, `${B}/requests.json?api_key=${KEY_WRITE}`)).body[0].description, REDACTED);
  const refused = await get(app, `${path}?api_key=stolen`);
  t.deepEqual([refused.status, refused.body], [403, [{ code: 403, description: 'Invalid api_key received: it is unknown, expired or revoked' }]]);
  t.is((await get(app, path, { authorization: 'Basic abc' })).status, 403);
});

test('a privileged key scoped to a gu sees that gu unredacted, the rest through the public view', async (t) => {
  const { app } = open311TestApp();
  const list = (await get(app, `${B}/requests.json?api_key=${KEY_PRIVATE_GANGNAM}`)).body as Array<{ service_request_id: string; description: string }>;
  t.deepEqual(list.map((r) => [r.service_request_id.slice(-3), r.description === REDACTED]), [['105', true], ['104', false], ['103', true], ['102', true]]);
});

test('reporter fields never appear, not even for a privileged key', async (t) => {
  const { app } = open311TestApp();
  for (const path of [`${B}/requests.json?api_key=${KEY_PRIVATE}`, `${B}/requests.xml?api_key=${KEY_PRIVATE}`, `${B}/requests/dasan-120:2026-000104/history.xml?api_key=${KEY_PRIVATE}`]) {
    const { text } = await get(app, path);
    for (const secret of ['홍길동', '010-0000-0000', 'reporter@example.com', 'reporter']) t.false(text.includes(secret), `${secret} in ${path}`);
  }
});

test('XML escapes < & > " in descriptions and stays well-formed; JSON carries them as they are', async (t) => {
  const tricky = ComplaintSchema.parse({ ...SAMPLE_COMPLAINTS[4], id: 'dasan-120:2026-000200', description: 'a <b> & "c" </request>\u0007', address: 'x & y' });
  const { app } = open311TestApp({ complaints: [tricky] });
  const x = await get(app, `${B}/requests/dasan-120:2026-000200.xml?api_key=${KEY_PRIVATE}`);
  t.true(XMLValidator.validate(x.text) === true);
  t.true(x.text.includes('<description>a &lt;b&gt; &amp; &quot;c&quot; &lt;/request&gt;\uFFFD</description>'));
  t.true(x.text.includes('<address>x &amp; y</address>'));
  t.is(x.body.service_requests.request[0].description, 'a <b> & "c" </request>\uFFFD');
  t.is((await get(app, `${B}/requests/dasan-120:2026-000200.json?api_key=${KEY_PRIVATE}`)).body[0].description, 'a <b> & "c" </request>\u0007');
});

test('jurisdiction_id: the one served or none; another is a spec 404', async (t) => {
  const { app } = open311TestApp({ jurisdictionId: 'seoul.go.kr' });
  t.is((await get(app, `${B}/services.json?jurisdiction_id=seoul.go.kr`)).status, 200);
  t.is((await get(app, `${B}/services.json`)).status, 200);
  const other = await get(app, `${B}/requests.json?jurisdiction_id=busan.go.kr`);
  t.deepEqual([other.status, other.body], [404, [{ code: 404, description: 'jurisdiction_id not found: busan.go.kr (this endpoint serves seoul.go.kr)' }]]);
  t.is((await get(app, `${B}/services/noise.xml?jurisdiction_id=busan.go.kr`)).status, 404);
  t.is((await get(app, `${B}/requests/dasan-120:2026-000104/history.json?jurisdiction_id=busan.go.kr`)).status, 404);
  const open = open311TestApp();
  t.is((await get(open.app, `${B}/services.json?jurisdiction_id=anything.example`)).status, 200, 'without a configured id it is accepted and ignored');
});
