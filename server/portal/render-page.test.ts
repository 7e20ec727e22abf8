import test from 'ava';
import { renderOverview, renderWallPage } from './render-page.ts';
import { AIR_AT, airOf, FIXTURE_NOW, healthOf, SECRET_ERROR, SOURCES } from './testing.ts';
import { portalView, type PortalInputs } from './view-model.ts';

const EVIL = '<script>alert(1)</script>';
const inputs = (over: Partial<PortalInputs> = {}): PortalInputs => ({
  now: FIXTURE_NOW,
  districts: [{ code: '11110', nameKo: `종로구${EVIL}`, nameEn: 'Jongno-gu"><img src=x onerror=alert(1)>' }, { code: '11140', nameKo: '중구', nameEn: 'Jung-gu' }],
  air: { districts: [airOf('11110', 0), airOf('11140', 8)], at: AIR_AT },
  catalog: SOURCES,
  health: { values: [healthOf('seoul-air'), healthOf('traffic-sim', { status: 'failing', stale: true, lastError: SECRET_ERROR })], at: AIR_AT },
  population: { asOf: '2025-04', source: 'MOIS resident registration', total: 9_331_860, male: 4_501_804, female: 4_830_056, age65plus: 1_847_030 },
  ...over,
});

test('names from the data are escaped, never markup', (t) => {
  const page = renderOverview('ko', portalView(inputs()));
  t.false(page.includes(EVIL));
  t.false(page.includes('<img'));
  t.true(page.includes('종로구&lt;script&gt;alert(1)&lt;/script&gt;'));
  t.is((page.match(/<script/g) ?? []).length, 0);
});

test('Korean by default with a link to English; English with lang="en" and a link back', (t) => {
  const ko = renderOverview('ko', portalView(inputs()));
  t.regex(ko, /<html lang="ko">/);
  t.regex(ko, /<a href="\/\?lang=en" lang="en" hreflang="en">English<\/a>/);
  t.true(ko.includes('서울 한눈에 보기'));
  const en = renderOverview('en', portalView(inputs()));
  t.regex(en, /<html lang="en">/);
  t.regex(en, /<a href="\/\?lang=ko" lang="ko" hreflang="ko">한국어<\/a>/);
  t.true(en.includes('Seoul at a glance'));
});

test('grades are written in words, tables have captions and scoped headers, landmarks and a skip link', (t) => {
  const page = renderOverview('en', portalView(inputs()));
  t.true(page.includes('<span class="grade g-good">Good</span>'));
  t.is((page.match(/<caption/g) ?? []).length, 2);
  t.true(page.includes('<th scope="col">CAI</th>'));
  t.true(page.includes('<th scope="row">Jung-gu'));
  for (const tag of ['<header>', '<main id="main">', '<footer>', '<a class="skip" href="#main">']) t.true(page.includes(tag), tag);
  t.true(page.includes('9.33 M'));
  t.true(page.includes('2025-04'));
});

test('STALE and SYNTHETIC are shown; internal detail of source health is not', (t) => {
  const page = renderOverview('en', portalView(inputs()));
  t.true(page.includes('<span class="tag stale">STALE</span>'));
  t.true(page.includes('<span class="tag synthetic">SYNTHETIC</span>'));
  t.true(page.includes('Failing'));
  t.false(page.includes(SECRET_ERROR));
  t.false(page.includes('lastError'));
});

test('the wall page embeds the public wall and repeats the figures', (t) => {
  const page = renderWallPage('en', portalView(inputs()));
  t.regex(page, /<iframe src="\/wall\/\?role=public&amp;lang=en" title="[^"]+"><\/iframe>/);
  t.true(page.includes('Air quality by district'));
  t.true(page.includes('aria-current="page">Live wall'));
});

test('with nothing published the page still renders, without the withheld blocks', (t) => {
  const page = renderOverview('ko', portalView(inputs({ districts: null, air: null, catalog: null, health: null, population: null })));
  t.regex(page, /<h1>/);
  t.false(page.includes('<table'));
});
