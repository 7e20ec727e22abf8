/**
 * @module portal/render-blocks
 * The portal's figures as HTML — Seoul at a glance, the 25 gu, the source systems — each block
 * with its provenance line. The HTML equivalent of the wall's figures, shared by `/` and
 * `/public/wall`. Pure; every value is escaped by `html`.
 */
import type { CaiGrade, Language } from '../contracts/index.ts';
import { html, type SafeHtml } from './html.ts';
import type { AirRow, PortalView, Provenance, SourceRow } from './view-model.ts';
import { bigNumberText, GRADE_WORDS, METRIC_WORDS, numberText, pmText, STATUS_WORDS, t, whenText } from './words.ts';

const other = (lang: Language): Language => (lang === 'ko' ? 'en' : 'ko');

const time = (lang: Language, iso: string | null, now: number): SafeHtml =>
  iso === null || !Number.isFinite(Date.parse(iso)) ? html`${whenText(lang, iso, now)}` : html`<time datetime="${iso}">${whenText(lang, iso, now)}</time>`;

export const tags = (lang: Language, p: { stale: boolean; synthetic: boolean }): SafeHtml =>
  html`${p.stale ? html` <span class="tag stale">${t(lang, 'stale')}</span>` : ''}${p.synthetic ? html` <span class="tag synthetic">${t(lang, 'synthetic')}</span>` : ''}`;

export const provenanceLine = (lang: Language, p: Provenance, now: number): SafeHtml =>
  html`<p class="prov">${t(lang, 'source')}: ${p.source[lang]} · ${t(lang, 'asOf')}: ${time(lang, p.asOf, now)}${tags(lang, p)}</p>`;

export const gradeBadge = (lang: Language, grade: CaiGrade | null): SafeHtml =>
  grade === null ? html`<span class="grade g-none">${t(lang, 'noData')}</span>` : html`<span class="grade g-${grade}">${GRADE_WORDS[grade][lang]}</span>`;

function populationCard(lang: Language, v: PortalView): SafeHtml {
  if (!v.population) return html``;
  const p = v.population.figures;
  const share = ((p.age65plus / p.total) * 100).toFixed(1);
  return html`<section class="card" aria-labelledby="glance-population">
<h3 id="glance-population">${t(lang, 'population')} · ${t(lang, 'registration')}</h3>
<p class="value">${bigNumberText(lang, p.total)}</p>
<p class="detail">${numberText(lang, p.total)} ${t(lang, 'people')} · ${t(lang, 'male')} ${numberText(lang, p.male)} · ${t(lang, 'female')} ${numberText(lang, p.female)} · ${t(lang, 'aged65')} ${share}%</p>
${provenanceLine(lang, v.population.provenance, v.now)}
</section>`;
}

function airCard(lang: Language, v: PortalView): SafeHtml {
  const a = v.air;
  if (!a) return v.airProvenance ? html`<section class="card" aria-labelledby="glance-air"><h3 id="glance-air">${t(lang, 'airNow')}</h3><p class="value">${t(lang, 'awaiting')}</p></section>` : html``;
  const worst = lang === 'ko' ? a.worst.nameKo : a.worst.nameEn;
  return html`<section class="card" aria-labelledby="glance-air">
<h3 id="glance-air">${t(lang, 'airNow')}</h3>
<p class="value">${a.mean} ${gradeBadge(lang, a.grade)}</p>
<p class="detail">${t(lang, 'gradeCounts')}:</p>
<ul class="grades">${a.counts.map((c) => html`<li>${gradeBadge(lang, c.grade)} ${c.n}</li>`)}</ul>
<p class="detail">${t(lang, 'worst')}: ${worst} ${a.worst.cai}</p>
${provenanceLine(lang, a.provenance, v.now)}
</section>`;
}

function systemsCard(lang: Language, v: PortalView): SafeHtml {
  const s = v.systems;
  if (!s) return html``;
  return html`<section class="card" aria-labelledby="glance-systems">
<h3 id="glance-systems">${t(lang, 'systems')}</h3>
<p class="value">${s.healthy} / ${s.total}</p>
<p class="detail">${t(lang, 'systemsHealthy')}${s.stale > 0 ? html` · <span class="tag stale">${t(lang, 'stale')}</span> ${s.stale}` : ''}</p>
${provenanceLine(lang, s.provenance, v.now)}
</section>`;
}

export function glanceBlock(lang: Language, v: PortalView): SafeHtml {
  return html`<section aria-labelledby="glance">
<h2 id="glance">${t(lang, 'glance')}</h2>
<div class="cards">${populationCard(lang, v)}${airCard(lang, v)}${systemsCard(lang, v)}</div>
<p class="meta">${t(lang, 'pendingDomains')}: ${t(lang, 'pendingList')} — ${t(lang, 'notConnected')}</p>
</section>`;
}

const nameCell = (lang: Language, r: AirRow): SafeHtml =>
  html`<th scope="row">${lang === 'ko' ? r.nameKo : r.nameEn}<span class="alt" lang="${other(lang)}">${lang === 'ko' ? r.nameEn : r.nameKo}</span></th>`;

const airRow = (lang: Language, r: AirRow, now: number): SafeHtml => html`<tr>
${nameCell(lang, r)}<td class="num">${r.cai ?? '—'}</td><td>${gradeBadge(lang, r.grade)}</td>
<td>${r.dominant ? METRIC_WORDS[r.dominant][lang] : '—'}</td><td class="num">${pmText(r.pm10)}</td><td class="num">${pmText(r.pm25)}</td>
<td>${time(lang, r.asOf, now)}${tags(lang, r)}</td></tr>`;

/** A wide table scrolls sideways on a phone; the scroller takes keyboard focus. */
const scroller = (captionId: string, table: SafeHtml): SafeHtml =>
  html`<div class="scroll" role="region" aria-labelledby="${captionId}" tabindex="0">${table}</div>`;

export function districtsBlock(lang: Language, v: PortalView): SafeHtml {
  if (!v.rows) return html``;
  const head = (['district', 'cai', 'grade', 'dominant', 'pm10', 'pm25', 'asOf'] as const).map((w) => html`<th scope="col">${t(lang, w)}</th>`);
  return html`<section aria-labelledby="districts">
<h2 id="districts">${t(lang, 'districtsTitle')}</h2>
${v.airProvenance ? provenanceLine(lang, v.airProvenance, v.now) : html`<p class="prov">${t(lang, 'awaiting')}</p>`}
${scroller('districts-caption', html`<table>
<caption id="districts-caption">${t(lang, 'districtsCaption')}</caption>
<thead><tr>${head}</tr></thead>
<tbody>${v.rows.map((r) => airRow(lang, r, v.now))}</tbody>
</table>`)}
</section>`;
}

const sourceRow = (lang: Language, s: SourceRow, now: number): SafeHtml => html`<tr>
<th scope="row">${s.title[lang]}${s.synthetic ? html` <span class="tag synthetic">${t(lang, 'synthetic')}</span>` : ''}</th>
<td>${s.department[lang]}</td><td>${STATUS_WORDS[s.status][lang]}</td>
<td>${time(lang, s.lastUpdate, now)}${s.stale ? html` <span class="tag stale">${t(lang, 'stale')}</span>` : ''}</td>
<td>${s.attribution || '—'}</td></tr>`;

export function sourcesBlock(lang: Language, v: PortalView): SafeHtml {
  if (!v.sources) return html``;
  const head = (['system', 'department', 'status', 'lastUpdate', 'attribution'] as const).map((w) => html`<th scope="col">${t(lang, w)}</th>`);
  return html`<section aria-labelledby="sources">
<h2 id="sources">${t(lang, 'sourcesTitle')}</h2>
${v.systems ? provenanceLine(lang, v.systems.provenance, v.now) : ''}
${scroller('sources-caption', html`<table>
<caption id="sources-caption">${t(lang, 'sourcesCaption')}</caption>
<thead><tr>${head}</tr></thead>
<tbody>${v.sources.map((s) => sourceRow(lang, s, v.now))}</tbody>
</table>`)}
</section>`;
}

/** Every figure of the wall, in HTML. */
export const figures = (lang: Language, v: PortalView): SafeHtml => html`${glanceBlock(lang, v)}${districtsBlock(lang, v)}${sourcesBlock(lang, v)}`;
