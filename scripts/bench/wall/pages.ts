/**
 * @module scripts/bench/wall/pages
 * The reference pages (a) and (b): bundled with esbuild into a temporary folder at bench start and
 * served to the browser from there through request interception, under a made-up origin.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { BrowserContext } from 'playwright-core';

/** The origin the pages are served under (never resolved: every request is answered locally). */
export const PAGES_ORIGIN = 'http://bench-pages.invalid';
export const PAGE_NAMES = ['empty', 'sprites'] as const;
export type PageName = (typeof PAGE_NAMES)[number];

const html = (name: PageName): string =>
  `<!doctype html><html><head><meta charset="utf-8"><title>bench ${name}</title></head>` +
  `<body><script type="module" src="./${name}.js"></script></body></html>\n`;

/** Bundles every page (with pixi.js) into `outDir`. */
export async function bundlePages(outDir: string): Promise<void> {
  const src = fileURLToPath(new URL('./pages/', import.meta.url));
  await build({
    entryPoints: PAGE_NAMES.map((n) => join(src, `${n}.ts`)),
    outdir: outDir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: false,
    logLevel: 'warning',
  });
  for (const name of PAGE_NAMES) await writeFile(join(outDir, `${name}.html`), html(name));
}

const TYPES: Readonly<Record<string, string>> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/** Answers requests to PAGES_ORIGIN from `outDir`. */
export async function servePages(context: BrowserContext, outDir: string): Promise<void> {
  await context.route(`${PAGES_ORIGIN}/**`, async (route) => {
    const name = new URL(route.request().url()).pathname.replace(/^\/+/, '');
    const ext = name.slice(name.lastIndexOf('.'));
    const type = TYPES[ext];
    if (!/^[a-z]+\.(html|js)$/.test(name) || type === undefined) return route.fulfill({ status: 404, body: 'not found' });
    const body = await readFile(join(outDir, name)).catch(() => null);
    return body === null ? route.fulfill({ status: 404, body: 'not found' }) : route.fulfill({ status: 200, contentType: type, body });
  });
}

export const pageUrl = (name: PageName, query: Record<string, number> = {}): string => {
  const q = new URLSearchParams(Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)]))).toString();
  return `${PAGES_ORIGIN}/${name}.html${q ? `?${q}` : ''}`;
};
