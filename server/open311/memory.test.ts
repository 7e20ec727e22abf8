import test from 'ava';
import { ComplaintCategorySchema, ComplaintSchema } from '../contracts/complaint.ts';
import { createMemoryOpen311Port } from './memory.ts';
import { ServiceAttributeSchema, type Filer, type NewRequest } from './port.ts';
import { SAMPLE_CATEGORIES, SAMPLE_COMPLAINTS } from './samples.ts';

const NOW = Date.parse('2026-12-31T16:00:00Z'); // 2027-01-01 01:00 in Seoul
const by: Filer = { kind: 'key', id: 'k1', name: 'gangnam', scope: { districts: ['11680'], resources: ['complaints'], access: 'write' } };
const request: NewRequest = {
  serviceCode: 'noise', lat: 37.5, lon: 127.04, addressString: '역삼로 200', addressId: 'A-1', description: '\n  공사 소음  \n밤새',
  reporter: { name: '홍길동', phone: null, email: 'a@example.com' }, mediaUrl: 'https://example.org/x.jpg', deviceId: null, accountId: 'acct', attributes: {},
};
const ids = (list: { id: string }[]) => list.map((c) => c.id.slice(-3));

test('the samples are valid complaints, synthetic, with distinct ids', (t) => {
  for (const c of SAMPLE_COMPLAINTS) t.true(ComplaintSchema.safeParse(c).success && c.synthetic);
  t.is(new Set(SAMPLE_COMPLAINTS.map((c) => c.id)).size, SAMPLE_COMPLAINTS.length);
});

test('the sample categories and their attributes are valid; list attributes need values, others have none', (t) => {
  for (const c of SAMPLE_CATEGORIES) {
    t.true(ComplaintCategorySchema.safeParse(c).success, c.code);
    for (const a of c.attributes ?? []) t.true(ServiceAttributeSchema.safeParse(a).success, a.code);
  }
  const base = { variable: true, code: 'X', required: false, datatypeDescription: null, order: 1, description: 'x' };
  t.false(ServiceAttributeSchema.safeParse({ ...base, datatype: 'singlevaluelist', values: [] }).success);
  t.false(ServiceAttributeSchema.safeParse({ ...base, datatype: 'number', values: [{ key: 'a', name: 'A' }] }).success);
  t.true(ServiceAttributeSchema.safeParse({ ...base, datatype: 'text', values: [] }).success);
});

test('newest requestedAt first, filtered by code, status and an inclusive window, a page at a time', async (t) => {
  const port = createMemoryOpen311Port();
  t.deepEqual(ids(await port.query({ limit: 50, page: 1 })), ['105', '104', '103', '102', '101']);
  t.deepEqual(ids(await port.query({ limit: 2, page: 2 })), ['103', '102']);
  t.deepEqual(ids(await port.query({ limit: 2, page: 4 })), []);
  t.deepEqual(ids(await port.query({ serviceCodes: ['road-damage'], limit: 50, page: 1 })), ['105', '101']);
  t.deepEqual(ids(await port.query({ status: 'closed', limit: 50, page: 1 })), ['102', '101']);
  t.deepEqual(ids(await port.query({ status: 'open', limit: 50, page: 1 })), ['105', '104', '103']);
  const window = { from: new Date('2026-11-20T09:10:00Z'), to: new Date('2026-11-26T14:40:00Z') };
  t.deepEqual(ids(await port.query({ ...window, limit: 50, page: 1 })), ['104', '103', '102']);
  t.is(port.asked.length, 7);
});

test('ids override the other filters', async (t) => {
  const port = createMemoryOpen311Port();
  t.deepEqual(ids(await port.query({ ids: ['dasan-120:2026-000101', 'dasan-120:2026-000104', 'x:1'], status: 'open', limit: 3, page: 1 })), ['104', '101']);
  t.is((await port.get('dasan-120:2026-000103'))?.category, 'streetlight');
  t.is(await port.get('dasan-120:2026-999999'), null);
});

test('filing makes a received open311 complaint due after the SLA, kept with what the contract has no field for', async (t) => {
  const port = createMemoryOpen311Port({ now: () => NOW });
  const c = await port.file(request, by);
  t.like(c, {
    id: 'open311-seoul:2027-000001', source: 'open311-seoul', category: 'noise', channel: 'open311', status: 'received',
    address: '역삼로 200', lat: 37.5, lon: 127.04, title: '공사 소음', description: request.description,
    department: { ko: '환경과', en: 'Environment Division' }, reporter: request.reporter, synthetic: false,
    requestedAt: '2026-12-31T16:00:00.000Z', dueAt: '2027-01-14T16:00:00.000Z', reopened: 0,
  });
  t.deepEqual(c.history, [{ status: 'received', at: '2026-12-31T16:00:00.000Z', department: { ko: '환경과', en: 'Environment Division' }, note: null }]);
  t.deepEqual(port.filed.get(c.id), { input: request, by });
  t.is(await port.get(c.id), c);
  t.is((await port.file({ ...request, description: '' }, by)).title, '생활 소음', 'no description: the category name');
  t.is((await port.file(request, by)).id, 'open311-seoul:2027-000003');
  await t.throwsAsync(port.file({ ...request, serviceCode: 'nope' }, by), { message: 'no category nope' });
});
