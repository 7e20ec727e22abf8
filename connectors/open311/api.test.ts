import test from 'ava';
import { Open311ErrorSchema, Open311ServiceRequestSchema, Open311ServiceSchema, reasonOf, serviceRequestSchema } from './api.ts';

const base = { service_request_id: '1', status: 'open', service_code: 'x', requested_datetime: '2024-05-01T00:00:00Z' };

test('the request schema fills every spec field, nulls for what is absent or blank', (t) => {
  t.deepEqual(Open311ServiceRequestSchema.parse({ ...base, description: '  ', lat: null, long: '', zipcode: 94122, extension_field: 'ignored' }), {
    ...base,
    requested_datetime: '2024-05-01T00:00:00.000Z',
    status_notes: null,
    service_name: null,
    description: null,
    agency_responsible: null,
    service_notice: null,
    updated_datetime: null,
    expected_datetime: null,
    address: null,
    address_id: null,
    zipcode: '94122',
    lat: null,
    long: null,
    media_url: null,
  });
});

test('numbers, booleans and times in their text forms', (t) => {
  t.like(Open311ServiceRequestSchema.parse({ ...base, lat: ' 37.5 ', long: '-1.5e2', updated_datetime: '2024-05-01T09:00:00' }), { lat: 37.5, long: -150, updated_datetime: '2024-05-01T00:00:00.000Z' });
  t.like(serviceRequestSchema('UTC').parse({ ...base, requested_datetime: '2024-05-01T09:00:00' }), { requested_datetime: '2024-05-01T09:00:00.000Z' });
  t.like(Open311ServiceSchema.parse({ service_code: '1', service_name: 'a', metadata: 'TRUE', keywords: ['a', ' b '] }), { metadata: true, keywords: ['a', 'b'] });
  t.deepEqual(Open311ErrorSchema.parse({ code: '', description: 42 }), { code: null, description: '42' });
});

test('reasons name the field', (t) => {
  const res = Open311ServiceRequestSchema.safeParse({ ...base, lat: '37,5', expected_datetime: 'soon' });
  t.false(res.success);
  const reason = reasonOf(res.error!);
  t.regex(reason, /(^|; )lat: a number(;|$)/);
  t.regex(reason, /(^|; )expected_datetime: not a W3C datetime: "soon"(;|$)/);
});
