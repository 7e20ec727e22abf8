/**
 * @module http/routes/api-docs
 * GET /api/docs — the interactive API reference (Swagger UI, served from the installed package:
 * no CDN) over /api/openapi.json; sign-in cookies and API keys can be tried from it.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { ProblemError } from '../problem.ts';

const UI_DIR = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui-standalone-preset.js': 'text/javascript; charset=utf-8',
};

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>SCPM API reference</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css">
</head>
<body>
<main id="api"></main>
<script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script>
</body>
</html>
`;

/** An external script rather than an inline one, so the page keeps a strict Content-Security-Policy. */
const INIT = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#api', deepLinking: true, withCredentials: true, persistAuthorization: false });\n`;

export function registerApiDocsRoutes(app: OpenAPIHono): void {
  const cache = new Map<string, Promise<Buffer>>();
  app.get('/api/docs', (c) => c.html(PAGE));
  app.get('/api/docs/:asset', async (c) => {
    const asset = c.req.param('asset');
    if (asset === 'init.js') return c.body(INIT, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
    const type = ASSETS[asset];
    if (!type) throw new ProblemError(404, 'about:blank', 'Not found', `no asset ${asset}`);
    let body = cache.get(asset);
    if (!body) cache.set(asset, (body = readFile(join(UI_DIR, asset))));
    return c.body(new Uint8Array(await body), 200, { 'content-type': type, 'cache-control': 'public, max-age=86400' });
  });
}
