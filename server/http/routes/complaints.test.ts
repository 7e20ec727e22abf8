import test from 'ava';
import type { Complaint } from '../../contracts/index.ts';
import { SAMPLE_COMPLAINTS } from '../../open311/samples.ts';
import { publicComplaint } from '../../privacy/index.ts';
import { createApp } from '../app.ts';
import { signedIn, testAccess, testDeps, testUser } from '../testing.ts';

const j = (r: Response): Promise<any> => r.json();
const setup = () => createApp(testDeps({ access: testAccess({ mayor: testUser('mayor') }) }).deps);
const withReporter = SAMPLE_COMPLAINTS.find((c) => c.reporter.name !== null || c.reporter.phone !== null) as Complaint;

test('officials read complaints as filed; everyone else reads them redacted', async (t) => {
  const app = setup();
  const staff = await j(await app.request('/api/v1/complaints?limit=500', { headers: signedIn('mayor') }));
  t.is(staff.view, 'as-filed');
  t.is(staff.complaints.length, SAMPLE_COMPLAINTS.length);
  t.deepEqual(staff.complaints.find((c: Complaint) => c.id === withReporter.id), withReporter);
  const anyone = await j(await app.request('/api/v1/complaints?limit=500'));
  t.is(anyone.view, 'redacted');
  const mine = anyone.complaints.find((c: Complaint) => c.id === withReporter.id);
  t.deepEqual(mine, publicComplaint(withReporter));
  t.deepEqual(mine.reporter, { name: null, phone: null, email: null });
  t.deepEqual(await j(await app.request(`/api/v1/complaints/${encodeURIComponent(withReporter.id)}`)), publicComplaint(withReporter));
  t.deepEqual(await j(await app.request(`/api/v1/complaints/${encodeURIComponent(withReporter.id)}`, { headers: signedIn('mayor') })), withReporter);
});

test('filters, paging, categories; bad input is a 400 naming the field, an unknown id a 404', async (t) => {
  const app = setup();
  const first = await j(await app.request('/api/v1/complaints?limit=2', { headers: signedIn('mayor') }));
  t.is(first.complaints.length, 2);
  const next = await j(await app.request(`/api/v1/complaints?limit=2&cursor=${first.nextCursor}`, { headers: signedIn('mayor') }));
  t.notDeepEqual(next.complaints[0].id, first.complaints[0].id);
  const district = withReporter.district as string;
  const inGu = await j(await app.request(`/api/v1/complaints?district=${district}&limit=500`));
  t.true(inGu.complaints.length > 0 && inGu.complaints.every((c: Complaint) => c.district === district));
  const open = await j(await app.request('/api/v1/complaints?status=open&limit=500'));
  t.true(open.complaints.every((c: Complaint) => ['received', 'assigned', 'in-progress', 'reopened'].includes(c.status)));
  t.true((await j(await app.request('/api/v1/complaints/categories'))).categories.length > 0);
  for (const [q, field] of [['district=999', 'district'], ['status=lost', 'status'], ['limit=0', 'limit'], ['cursor=nope', 'cursor']] as const) {
    const res = await app.request(`/api/v1/complaints?${q}`);
    t.is(res.status, 400, q);
    t.regex(JSON.stringify(await j(res)), new RegExp(field), q);
  }
  t.is((await app.request('/api/v1/complaints/dasan-120:9999-999999')).status, 404);
  t.is((await app.request('/api/v1/complaints/not%20an%20id')).status, 400);
});
