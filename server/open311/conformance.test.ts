/**
 * Both directions of Open311: what our server answers is read back by our own GeoReport v2 connector
 * (connectors/open311), in JSON and XML — services, a service definition, requests with filters, one
 * request, a filing receipt and the spec's errors — and every figure survives the round trip.
 */
import test from 'ava';
import { parseErrors, parseRequestReceipts, parseRequests, parseServiceDefinition, parseServices } from '../../connectors/open311/index.ts';
import { open311StatusOf } from '../contracts/complaint.ts';
import { SAMPLE_CATEGORIES, SAMPLE_COMPLAINTS } from './samples.ts';
import { KEY_PRIVATE, KEY_WRITE, open311TestApp } from './testing.ts';

const FORMATS = ['json', 'xml'] as const;
const text = async (r: Response | Promise<Response>): Promise<string> => (await r).text();

test('services and a service definition read back as served', async (t) => {
  const { app } = open311TestApp();
  for (const f of FORMATS) {
    const services = parseServices(await text(app.request(`/open311/v2/services.${f}`)));
    t.deepEqual(services.map((s) => s.service_code), SAMPLE_CATEGORIES.map((c) => c.code), f);
    t.true(services.every((s) => s.service_name.length > 0 && s.type === 'realtime'), f);
    const withQuestions = SAMPLE_CATEGORIES.find((c) => (c.attributes?.length ?? 0) > 0);
    if (withQuestions) {
      const def = parseServiceDefinition(await text(app.request(`/open311/v2/services/${withQuestions.code}.${f}`)));
      t.is(def.service_code, withQuestions.code, f);
      t.deepEqual(def.attributes.map((a) => a.code), withQuestions.attributes?.map((a) => a.code), f);
    }
  }
});

test('requests, filtered and one by one, read back with ids, statuses and positions intact', async (t) => {
  const { app } = open311TestApp();
  const window = 'start_date=2026-09-01T00:00:00%2B09:00&end_date=2026-11-27T23:00:00%2B09:00';
  for (const f of FORMATS) {
    const all = parseRequests(await text(app.request(`/open311/v2/requests.${f}?${window}&page_size=500`, { headers: { 'X-API-Key': KEY_PRIVATE } })));
    t.deepEqual(all.rejects, [], f);
    const expected = SAMPLE_COMPLAINTS.filter((c) => c.requestedAt >= '2026-08-31T15:00:00.000Z');
    t.deepEqual(all.records.map((r) => r.service_request_id).sort(), expected.map((c) => c.id).sort(), f);
    for (const r of all.records) {
      const c = expected.find((x) => x.id === r.service_request_id)!;
      t.is(r.status, open311StatusOf(c.status), `${f} ${c.id}`);
      t.is(r.service_code, c.category, `${f} ${c.id}`);
      t.is(Date.parse(String(r.requested_datetime)), Date.parse(c.requestedAt), `${f} ${c.id}`);
      if (c.lat !== null && r.lat !== null) t.true(Math.abs(Number(r.lat) - c.lat) < 1e-6, `${f} ${c.id}`);
    }
    const closed = parseRequests(await text(app.request(`/open311/v2/requests.${f}?${window}&status=closed`)));
    t.true(closed.records.length > 0 && closed.records.every((r) => r.status === 'closed'), f);
    const one = expected[0]!;
    const byId = parseRequests(await text(app.request(`/open311/v2/requests/${encodeURIComponent(one.id)}.${f}`)));
    t.deepEqual(byId.records.map((r) => r.service_request_id), [one.id], f);
  }
});

test('a filing receipt and the spec errors read back', async (t) => {
  const { app } = open311TestApp();
  for (const f of FORMATS) {
    const form = new URLSearchParams({ api_key: KEY_WRITE, service_code: SAMPLE_CATEGORIES.find((c) => !(c.attributes ?? []).some((a) => a.required))!.code, lat: '37.4979', long: '127.0276', description: '보도블록 파손' });
    const posted = await app.request(`/open311/v2/requests.${f}`, { method: 'POST', body: form });
    const [receipt] = parseRequestReceipts(await posted.text());
    t.truthy(receipt?.service_request_id, f);
    const missing = parseErrors(await text(app.request(`/open311/v2/services/no-such-service.${f}`)));
    t.is(missing[0]?.code, 404, f);
    const refused = parseErrors(await text(app.request(`/open311/v2/requests.${f}`, { method: 'POST', body: new URLSearchParams({ service_code: 'x' }) })));
    t.is(refused[0]?.code, 403, f);
  }
});
