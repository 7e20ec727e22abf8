/**
 * @module portal/styles
 * The portal's stylesheet: the wall's dark palette and CAI grade colours, text contrast of at least
 * 4.5:1 everywhere, grades always written in words, visible keyboard focus, one column on phones.
 */
export const PORTAL_CSS = `
:root { color-scheme: dark; --bg: #0b1220; --panel: #111a2e; --edge: #334155; --text: #e2e8f0; --muted: #a8b5c7;
  --link: #7dd3fc; --focus: #fbbf24; --ink: #0b1220; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--text); line-height: 1.5;
  font: 16px/1.5 'Noto Sans KR', 'Noto Sans CJK KR', 'Apple SD Gothic Neo', 'Malgun Gothic', system-ui, sans-serif; }
a { color: var(--link); text-decoration: underline; text-underline-offset: 2px; }
a:focus-visible, [tabindex]:focus-visible, iframe:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 2px; }
.skip { position: absolute; left: 8px; top: -48px; padding: 8px 12px; background: var(--focus); color: var(--ink); font-weight: 700; z-index: 10; }
.skip:focus { top: 8px; }
header, main, footer { max-width: 1200px; margin: 0 auto; padding: 12px 16px; }
header { display: flex; flex-wrap: wrap; gap: 8px 24px; align-items: center; justify-content: space-between; border-bottom: 1px solid var(--edge); }
header .brand { margin: 0; font-weight: 700; font-size: 1.05rem; }
header nav ul { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 0; padding: 0; list-style: none; }
header nav a { display: inline-block; padding: 6px 2px; min-height: 24px; }
header nav a[aria-current="page"] { font-weight: 700; color: var(--text); }
h1 { font-size: 1.6rem; line-height: 1.3; margin: 16px 0 8px; }
h2 { font-size: 1.25rem; margin: 32px 0 8px; }
h3 { font-size: 1rem; margin: 0 0 4px; color: var(--muted); font-weight: 600; }
.lede, .meta { color: var(--muted); margin: 4px 0; }
.cards { display: grid; gap: 12px; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); }
.card { background: var(--panel); border: 1px solid var(--edge); border-radius: 8px; padding: 14px 16px; }
.card .value { font-size: 2rem; font-weight: 700; margin: 0; line-height: 1.2; }
.card .detail { margin: 4px 0 0; }
.prov { color: var(--muted); font-size: 0.875rem; margin: 8px 0 0; }
.tag { display: inline-block; padding: 0 6px; border-radius: 4px; font-size: 0.8rem; font-weight: 700; color: var(--ink); }
.tag.stale { background: #f59e0b; }
.tag.synthetic { background: #c4b5fd; }
.grade { display: inline-block; padding: 1px 8px; border-radius: 999px; font-weight: 700; color: var(--ink); border: 1px solid var(--text); white-space: nowrap; }
.g-good { background: #1d8cf8; } .g-moderate { background: #22b35e; } .g-unhealthy { background: #f5a623; } .g-very-unhealthy { background: #e5484d; }
.g-none { background: #cbd5e1; }
.grades { margin: 8px 0 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 6px 12px; }
.scroll { overflow-x: auto; border: 1px solid var(--edge); border-radius: 8px; }
table { border-collapse: collapse; width: 100%; min-width: 720px; }
caption { text-align: left; padding: 10px 12px; color: var(--muted); caption-side: top; }
th, td { padding: 8px 12px; border-top: 1px solid var(--edge); text-align: left; vertical-align: top; }
thead th { background: var(--panel); font-weight: 700; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.alt { display: block; color: var(--muted); font-weight: 400; font-size: 0.875rem; }
.wall { position: relative; width: 100%; aspect-ratio: 16 / 9; border: 1px solid var(--edge); border-radius: 8px; overflow: hidden; background: #000; }
.wall iframe { position: absolute; inset: 0; width: 100%; height: 100%; border: 0; }
footer { border-top: 1px solid var(--edge); margin-top: 32px; color: var(--muted); font-size: 0.875rem; }
footer ul { padding-left: 20px; }
@media (max-width: 600px) {
  h1 { font-size: 1.35rem; }
  .card .value { font-size: 1.6rem; }
  .wall { aspect-ratio: 4 / 3; }
}
`;
