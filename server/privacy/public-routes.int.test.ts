/**
 * Every public route that serves complaints, read as an anonymous visitor over the whole simulated
 * data set (two weeks of the 120 Dasan feed, through its real connector and the complaint lifecycle):
 * no name, phone number, resident registration number, e-mail address or building number comes out.
 * The same data read as filed does contain them, so the scan can fail.
 */
import test from 'ava';
import { runIntoRecorder } from '../../connectors/_kit/testing.ts';
import { dasan120 } from '../../connectors/dasan-120/index.ts';
import { createDasanSimulator } from '../../scripts/simulator/dasan-120/simulator.ts';
import { foldAll } from '../actors/complaint/testing.ts';
import { COMPLAINT_CATEGORIES } from '../complaints/categories.ts';
import type { Complaint } from '../contracts/index.ts';
import { createApp } from '../http/app.ts';
import { memoryComplaintPort } from '../http/routes/complaints-memory.ts';
import { testAccess, testDeps } from '../http/testing.ts';
import { createMemoryRateLimiter } from '../keys/rate-limit.ts';
import { publicComplaintBoard } from '../live/public-complaints.ts';
import { createMemoryOpen311Port } from '../open311/memory.ts';
import { findPersonalData, publicComplaint } from './index.ts';

const NOW = Date.parse('2026-11-20T03:00:00Z');

/** Two weeks of simulated complaints, as the complaint actors would hold them. */
async function simulatedComplaints(): Promise<Complaint[]> {
  const sim = await createDasanSimulator({ now: () => NOW, historyDays: 14, seed: 120 });
  const fetchSim = (async (input: string | URL | Request, init?: RequestInit) => sim.handler(new Request(input, init))) as typeof fetch;
  const { publisher, error } = await runIntoRecorder(dasan120, {
    fetch: fetchSim, now: () => NOW, config: { DASAN_120_BASE_URL: 'http://sim.test/120' },
    params: { from: new Date(NOW - 14 * 86_400_000).toISOString(), pageSize: 500, windowMinutes: 14 * 24 * 60 },
  });
  if (error) throw error;
  const byComplaint = new Map<string, unknown[]>();
  for (const e of publisher.events()) {
    const key = e.entity;
    byComplaint.set(key, [...(byComplaint.get(key) ?? []), e]);
  }
  return [...byComplaint.values()].map((events) => foldAll(events, NOW, COMPLAINT_CATEGORIES));
}

test('no public route shows personal data from any simulated complaint', async (t) => {
  const all = await simulatedComplaints();
  t.true(all.length > 10_000, `${all.length} complaints`);
  const asFiled = all.filter((c) => findPersonalData(`${c.title}\n${c.description}\n${c.address ?? ''}`).length > 0);
  t.true(asFiled.length > all.length * 0.05, `${asFiled.length} complaints carry personal data as filed`);

  // thousands of requests from one address: a clock that moves a window per request keeps the IP limit out of the way
  let windows = NOW;
  const { deps } = testDeps({
    access: { ...testAccess(), rateLimiter: createMemoryRateLimiter(() => (windows += 61_000)) },
    complaints: memoryComplaintPort(all, COMPLAINT_CATEGORIES),
    open311: { port: createMemoryOpen311Port({ categories: COMPLAINT_CATEGORIES, complaints: all, now: () => NOW }), publicView: publicComplaint },
  });
  const app = createApp(deps);
  const leaks: string[] = [];
  const scan = async (path: string): Promise<string> => {
    const res = await app.request(path);
    t.is(res.status, 200, path);
    const body = await res.text();
    for (const m of findPersonalData(body)) leaks.push(`${path}: ${m.kind} «${m.text}»`);
    return body;
  };

  // the REST list, every page
  let cursor: string | null = null;
  let listed = 0;
  do {
    const body = JSON.parse(await scan(`/api/v1/complaints?limit=500${cursor ? `&cursor=${cursor}` : ''}`)) as { complaints: Complaint[]; nextCursor: string | null; view: string };
    t.is(body.view, 'redacted');
    listed += body.complaints.length;
    cursor = body.nextCursor;
  } while (cursor !== null);
  t.is(listed, all.length);

  // Open311, both formats, every page of the window
  const window = `start_date=${new Date(NOW - 20 * 86_400_000).toISOString()}&end_date=${new Date(NOW).toISOString()}`;
  for (const format of ['json', 'xml']) {
    for (let page = 1, got = 500; got === 500; page += 1) {
      const body = await scan(`/open311/v2/requests.${format}?${window}&page_size=500&page=${page}`);
      got = format === 'json' ? (JSON.parse(body) as unknown[]).length : (body.match(/<request>/g) ?? []).length;
    }
  }
  // one by one: every complaint that carried personal data, and its history
  for (const c of asFiled) {
    await scan(`/api/v1/complaints/${encodeURIComponent(c.id)}`);
    await scan(`/open311/v2/requests/${encodeURIComponent(c.id)}.json`);
    await scan(`/open311/v2/requests/${encodeURIComponent(c.id)}/history.xml`);
  }
  // the public live feed
  const feed = publicComplaintBoard({ complaints: all.map((c) => ({ id: c.id, category: c.category, district: c.district, status: c.status, requestedAt: c.requestedAt, title: c.title })), asOf: new Date(NOW).toISOString() });
  for (const m of findPersonalData(JSON.stringify(feed))) leaks.push(`public feed: ${m.kind} «${m.text}»`);

  t.deepEqual(leaks.slice(0, 20), [], `${leaks.length} leaks`);
});
