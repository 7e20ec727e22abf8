/**
 * @module portal/render-page
 * The two public pages around the figures: `/` (the dashboard) and `/public/wall` (the canvas wall
 * with the same figures in HTML beneath it), with a skip link, landmarks, page navigation and the
 * language switch. Pure.
 */
import type { Language } from '../contracts/index.ts';
import { html, trusted, type SafeHtml } from './html.ts';
import { figures } from './render-blocks.ts';
import { PORTAL_CSS } from './styles.ts';
import type { PortalView } from './view-model.ts';
import { t, whenText } from './words.ts';

export type PortalPage = 'overview' | 'wall';

export const PAGE_PATHS: Readonly<Record<PortalPage, string>> = { overview: '/', wall: '/public/wall' };

const hrefOf = (page: PortalPage, lang: Language): string => `${PAGE_PATHS[page]}?lang=${lang}`;

const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { ko: '한국어', en: 'English' };

function pageHeader(page: PortalPage, lang: Language): SafeHtml {
  const link = (p: PortalPage, word: 'overview' | 'liveWall') =>
    html`<li><a href="${hrefOf(p, lang)}"${p === page ? trusted(' aria-current="page"') : ''}>${t(lang, word)}</a></li>`;
  const to: Language = lang === 'ko' ? 'en' : 'ko';
  return html`<header>
<p class="brand">${t(lang, 'platform')}</p>
<nav aria-label="${t(lang, 'pages')}"><ul>${link('overview', 'overview')}${link('wall', 'liveWall')}</ul></nav>
<nav aria-label="${t(lang, 'language')}"><ul><li><a href="${hrefOf(page, to)}" lang="${to}" hreflang="${to}">${LANGUAGE_NAMES[to]}</a></li></ul></nav>
</header>`;
}

function updatedLine(page: PortalPage, lang: Language, v: PortalView): SafeHtml {
  const iso = new Date(v.now).toISOString();
  return html`<p class="meta">${t(lang, 'updated')}: <time datetime="${iso}">${whenText(lang, iso, v.now)}</time> · <a href="${hrefOf(page, lang)}">${t(lang, 'reload')}</a></p>`;
}

function pageFooter(lang: Language, v: PortalView): SafeHtml {
  return html`<footer>
<p>${t(lang, 'attribution')}:</p>
<ul>${v.attributions.map((a) => html`<li>${a}</li>`)}</ul>
<p><a href="/api/openapi.json">${t(lang, 'api')}</a></p>
</footer>`;
}

function shell(page: PortalPage, lang: Language, title: string, body: SafeHtml, v: PortalView): string {
  return `<!doctype html>\n${html`<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} — ${t(lang, 'platform')}</title>
<link rel="alternate" hreflang="${lang === 'ko' ? 'en' : 'ko'}" href="${hrefOf(page, lang === 'ko' ? 'en' : 'ko')}">
<style>${trusted(PORTAL_CSS)}</style>
</head>
<body>
<a class="skip" href="#main">${t(lang, 'skip')}</a>
${pageHeader(page, lang)}
<main id="main">
${body}
</main>
${pageFooter(lang, v)}
</body>
</html>`.value}\n`;
}

/** `/`: the public dashboard. */
export function renderOverview(lang: Language, v: PortalView): string {
  const body = html`<h1>${t(lang, 'title')}</h1>
<p class="lede">${t(lang, 'intro')}</p>
${updatedLine('overview', lang, v)}
<p><a href="${hrefOf('wall', lang)}">${t(lang, 'liveWall')}</a></p>
${figures(lang, v)}`;
  return shell('overview', lang, t(lang, 'title'), body, v);
}

/** `/public/wall`: the wall with the public layout, then the same figures in HTML. */
export function renderWallPage(lang: Language, v: PortalView): string {
  const wall = `/wall/?role=public&lang=${lang}`;
  const body = html`<h1>${t(lang, 'wallTitle')}</h1>
${updatedLine('wall', lang, v)}
<div class="wall"><iframe src="${wall}" title="${t(lang, 'wallFrame')}"></iframe></div>
<p><a href="${wall}">${t(lang, 'wallFull')}</a></p>
<p class="lede">${t(lang, 'wallText')}</p>
${figures(lang, v)}`;
  return shell('wall', lang, t(lang, 'wallTitle'), body, v);
}
