import test from 'ava';
import { compileErrors, validate } from '@readme/openapi-parser';
import { PLACE_NAME_LIST } from '../../../connectors/news-feed/districts.ts';
import type { MediaItem, TrendBoard } from '../../contracts/index.ts';
import { at, corpus, dayBefore, T0, TODAY } from '../../actors/trends/testing.ts';
import { wordsOfNames } from '../../trends/keywords.ts';
import { trendingTerms } from '../../trends/trending.ts';
import { createApp } from '../app.ts';
import type { ApiDeps } from '../deps.ts';
import { signedIn, testAccess, testDeps, testUser } from '../testing.ts';
import { memoryTrendsPort, type TrendsPortOptions } from './trends-port.ts';
import { TrendBoardViewSchema, TrendItemsSchema } from './trends-api.ts';
import { publicMediaItem, registerTrendRoutes, seesAuthors, type TrendRouteDeps, type TrendsPort } from './trends.ts';

const j = (r: Response): Promise<any> => r.json();
const exclude = wordsOfNames(PLACE_NAME_LIST);
const { before, today } = corpus();
const ALL: MediaItem[] = [...before, ...today];
const NEWS = today.find((i) => i.kind === 'news') as MediaItem;

/** The real app (access control, problems); the trend routes added when the app does not have them yet. */
function setup(opts: TrendsPortOptions = {}) {
  const port = memoryTrendsPort(ALL, { exclude, ...opts });
  const access = testAccess({ mayor: testUser('mayor'), official: testUser('official') });
  const deps = { ...testDeps({ access, now: () => T0 }).deps, trends: port } as ApiDeps & { trends: TrendsPort };
  const app = createApp(deps);
  const routeDeps: TrendRouteDeps = { trends: port, principalOf: (c) => c.get('principal'), now: deps.now };
  if (!app.routes.some((r) => r.path === '/api/v1/trends')) registerTrendRoutes(app, routeDeps);
  return { app, port, access };
}

test('today\'s board by default, computed from the items when nothing live is given', async (t) => {
  const { app } = setup();
  const res = await app.request('/api/v1/trends');
  t.is(res.status, 200);
  const body = await j(res);
  t.notThrows(() => TrendBoardViewSchema.parse(body));
  const expected = trendingTerms(ALL, { day: TODAY, exclude });
  t.deepEqual(body, { ...expected, district: null, source: 'store' });
  t.true(body.terms.some((x: { term: string; rising: boolean }) => x.term === '불법 주정차' && x.rising));
  const past = await j(await app.request(`/api/v1/trends?day=${dayBefore(TODAY, 1)}`));
  t.like(past, { day: dayBefore(TODAY, 1), itemCount: 4, source: 'store' });
});

test('the live board serves its own day; other days come from the items', async (t) => {
  const live: TrendBoard = { day: TODAY, baselineDays: 7, itemCount: 99, terms: [], byDistrict: {} };
  const { app } = setup({ live: () => live });
  t.deepEqual(await j(await app.request(`/api/v1/trends?day=${TODAY}`)), { ...live, district: null, source: 'live' });
  t.like(await j(await app.request(`/api/v1/trends?day=${dayBefore(TODAY, 2)}`)), { itemCount: 4, source: 'store' });
  const stale = setup({ live: () => ({ ...live, day: dayBefore(TODAY, 1) }) });
  t.like(await j(await stale.app.request('/api/v1/trends')), { day: TODAY, itemCount: today.length, source: 'store' });
});

test('one gu: its terms against its own baseline and the count of the items that mention it', async (t) => {
  const { app } = setup();
  const body = await j(await app.request('/api/v1/trends?district=11440'));
  const board = trendingTerms(ALL, { day: TODAY, exclude });
  t.deepEqual(body.terms, board.byDistrict['11440']);
  t.like(body, { district: '11440', itemCount: 4, byDistrict: { 11440: board.byDistrict['11440'] } });
  t.like(await j(await app.request('/api/v1/trends?district=11680')), { district: '11680', itemCount: 0, terms: [], byDistrict: {} });
});

test('the items behind a term: newest first, filtered; the public gets no author and redacted texts, staff the items as published', async (t) => {
  const { app, port, access } = setup();
  const pub = await j(await app.request('/api/v1/trends/items?term=%EB%AF%B8%EC%84%B8%EB%A8%BC%EC%A7%80'));
  t.notThrows(() => TrendItemsSchema.parse(pub));
  t.like(pub, { term: '미세먼지', day: TODAY, district: null, authors: 'removed' });
  t.deepEqual(pub.items.map((i: MediaItem) => i.publishedAt), [at(TODAY, 12), at(TODAY, 11), at(TODAY, 9), at(TODAY, 7)]);
  t.true(pub.items.every((i: MediaItem) => i.author === null));
  const news = pub.items.find((i: MediaItem) => i.id === NEWS.id);
  t.is(news.text, '서울시는 13일 미세먼지 비상저감조치를 발령했다. 연락처 [전화번호] ○○○ 주무관');
  const staff = await j(await app.request('/api/v1/trends/items?term=미세먼지', { headers: signedIn('official') }));
  t.is(staff.authors, 'shown');
  t.deepEqual(staff.items.find((i: MediaItem) => i.id === NEWS.id), NEWS);
  const key = (await access.keys.create({ name: 'k', scope: { districts: [], resources: ['trends'], access: 'read' }, createdBy: 'test' })).key;
  const byKey = await j(await app.request('/api/v1/trends/items?term=미세먼지', { headers: { authorization: `Bearer ${key}` } }));
  t.is(byKey.authors, 'removed', 'keys are not staff');
  const parking = await j(await app.request(`/api/v1/trends/items?term=${encodeURIComponent(' 불법 주정차 ')}&district=11440&limit=2&day=${TODAY}`));
  t.is(parking.items.length, 2);
  t.deepEqual(port.asked.at(-1), { term: '불법 주정차', day: TODAY, district: '11440', limit: 2 });
  t.is((await j(await app.request(`/api/v1/trends/items?term=출근길&day=${dayBefore(TODAY, 3)}`))).items.length, 2);
});

test('bad parameters are 400 problems naming the field; a day after today is refused', async (t) => {
  const { app, port } = setup();
  const cases: Array<[string, string]> = [
    ['/api/v1/trends?day=2026-02-30', 'day'], ['/api/v1/trends?day=yesterday', 'day'], ['/api/v1/trends?district=mapo', 'district'],
    ['/api/v1/trends?day=2026-05-14', 'day'], ['/api/v1/trends/items', 'term'], ['/api/v1/trends/items?term=%20', 'term'],
    [`/api/v1/trends/items?term=${'가'.repeat(81)}`, 'term'], ['/api/v1/trends/items?term=x&limit=0', 'limit'],
    ['/api/v1/trends/items?term=x&limit=201', 'limit'], ['/api/v1/trends/items?term=x&day=2026-05-14', 'day'],
  ];
  for (const [url, field] of cases) {
    const res = await app.request(url);
    t.is(res.status, 400, url);
    t.regex(res.headers.get('content-type') ?? '', /problem\+json/);
    t.is((await j(res)).errors?.[0]?.field, field, url);
  }
  t.is(port.asked.length, 0);
});

test('the public view of an item; who sees authors', (t) => {
  const withName = { ...NEWS, title: '홍길동 주무관 010-1234-5678', author: 'press@seoul.example' };
  t.deepEqual(publicMediaItem(withName), { ...withName, title: '○○○ 주무관 [전화번호]', text: '서울시는 13일 미세먼지 비상저감조치를 발령했다. 연락처 [전화번호] ○○○ 주무관', author: null });
  t.is(publicMediaItem({ ...NEWS, title: null }).title, null);
  t.true(seesAuthors(testUser('official')));
  t.true(seesAuthors(testUser('auditor')));
  t.false(seesAuthors({ kind: 'anonymous' }));
  t.false(seesAuthors({ kind: 'key', id: 'k', name: 'k', scope: { districts: [], resources: ['trends'], access: 'read' } }));
});

test('the routes are in a valid OpenAPI document', async (t) => {
  const { app } = setup();
  const doc = await j(await app.request('/api/openapi.json'));
  const result = await validate(structuredClone(doc));
  t.true(result.valid, result.valid ? '' : compileErrors(result));
  t.deepEqual(doc.paths['/api/v1/trends'].get.parameters.map((p: { name: string }) => p.name), ['day', 'district']);
  t.deepEqual(doc.paths['/api/v1/trends/items'].get.parameters.map((p: { name: string }) => p.name), ['term', 'day', 'district', 'limit']);
});
