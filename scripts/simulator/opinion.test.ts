import test from 'ava';
import { proposals } from '../../connectors/proposals/index.ts';
import { runIntoRecorder } from '../../connectors/_kit/testing.ts';
import { dasan120 } from '../../connectors/dasan-120/index.ts';
import { newsFeed } from '../../connectors/news-feed/index.ts';
import type { MediaItem } from '../../server/contracts/trend.ts';
import { createOpinionHandler, OPINION_SYSTEMS, startOpinionSimulators } from './opinion.ts';

/** Monday 2026-01-05 10:00 KST. */
const t0 = Date.parse('2026-01-05T01:00:00Z');

test('one server; the 120 connector reads its system over loopback', async (t) => {
  const clock = { t: t0 };
  const sims = await startOpinionSimulators({ port: 0, now: () => clock.t, historyDays: 2 });
  try {
    t.regex(sims.urls.dasan120, /^http:\/\/127\.0\.0\.1:\d+\/120$/);
    t.is(sims.urls.dasan120, `${sims.url}/120`);
    clock.t = t0 + 20 * 60_000;
    const { run, publisher } = await runIntoRecorder(dasan120, { config: { DASAN_120_BASE_URL: sims.urls.dasan120 }, now: () => clock.t, params: { windowMinutes: 10 } });
    t.like(run, { outcome: 'ok', dropped: 0 });
    t.true(run!.emitted > 100, `${run!.emitted} events`);
    const filed = publisher.events().filter((e) => e.kind === 'complaint.filed');
    t.true(filed.length > 30 && filed.every((e) => (e.payload as { synthetic: boolean }).synthetic));
    t.is((await fetch(`${sims.url}/other`)).status, 404);
    t.is((await fetch(`${sims.url}/1200/complaints`)).status, 404);
  } finally {
    await sims.close();
  }
});

test('the news connector reads the news feed over loopback', async (t) => {
  const sims = await startOpinionSimulators({ port: 0, now: () => t0, historyDays: 1 });
  try {
    t.is(sims.urls.news, `${sims.url}/news/rss.xml`);
    const { run, publisher } = await runIntoRecorder(newsFeed, { config: { NEWS_FEED_URLS: sims.urls.news }, now: () => t0 });
    t.like(run, { outcome: 'ok', dropped: 0 });
    const items = publisher.events().map((e) => e.payload as MediaItem);
    t.true(items.length > 100, `${items.length} items (five data days at 720×)`);
    t.true(items.every((i) => i.synthetic && i.kind === 'news' && Date.parse(i.publishedAt) <= t0));
    t.true(items.some((i) => i.language === 'en') && items.some((i) => i.districts.length === 1));
  } finally {
    await sims.close();
  }
});

test('the handler alone routes by prefix; every system has a distinct prefix', async (t) => {
  t.is(new Set(OPINION_SYSTEMS.map((s) => s.prefix)).size, OPINION_SYSTEMS.length);
  const handler = await createOpinionHandler({ now: () => t0, seed: 5, complaintsPerDay: 100, historyDays: 1 });
  const res = await handler(new Request('http://sim.test/120/complaints?pageSize=5'));
  t.is(res.status, 200);
  t.like(await res.json(), { synthetic: true, pageSize: 5 });
  const social = await handler(new Request('http://sim.test/social/posts?limit=3'));
  t.is(social.status, 200);
  t.true(((await social.json()) as { posts: Array<{ synthetic: boolean }> }).posts.every((p) => p.synthetic));
  const news = await handler(new Request('http://sim.test/news/rss.xml?days=1'));
  t.is(news.status, 200);
  t.regex(await news.text(), /<category>합성데이터<\/category>/);
  t.is((await handler(new Request('http://sim.test/nowhere/at-all'))).status, 404);
  const items = await handler(new Request('http://sim.test/proposals/items?pageSize=5'));
  t.is(items.status, 200);
  t.like(await items.json(), { synthetic: true, pageSize: 5 });
});

test('the proposals connector reads its system over loopback', async (t) => {
  const clock = { t: t0 };
  const sims = await startOpinionSimulators({ port: 0, now: () => clock.t, historyDays: 1 });
  try {
    t.is(sims.urls.proposals, `${sims.url}/proposals`);
    clock.t = t0 + 10 * 3600_000;
    const { run, publisher } = await runIntoRecorder(proposals, { config: { PROPOSALS_BASE_URL: sims.urls.proposals }, now: () => clock.t });
    t.like(run, { outcome: 'ok', dropped: 0 });
    const kinds = new Set(publisher.events().map((e) => e.kind));
    t.deepEqual([...kinds].sort(), ['poll.published', 'proposal.updated']);
    t.true(publisher.events().every((e) => (e.payload as { synthetic: boolean }).synthetic));
  } finally {
    await sims.close();
  }
});
