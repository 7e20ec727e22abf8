/**
 * @module http/routes/wall
 * Serves the built wall (`npm run build` → dist/wall) at `/wall`, and its tablet remote
 * (`tablet.html`) at `/tablet` and the officials' call page (`call.html`) at `/call`: the pages are never cached, the content-hashed scripts and map
 * asset are cached for good. Files are read once and kept in memory, gzipped for clients that
 * accept it. The tablet page is for everyone to load; it sends a visitor who is not signed in to
 * /sign-in and back.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ApiDeps } from '../deps.ts';
import { ProblemError } from '../problem.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};
const HASHED = /-[0-9a-f]{12}\.(js|json)(\.map)?$/;
/** The call page of the build (wall/build.ts). */
const CALL_PAGE = 'call.html';

interface Cached {
  body: Buffer;
  gzip: Buffer;
}

export function registerWallRoutes(app: OpenAPIHono, deps: Pick<ApiDeps, 'wallDir' | 'log'>): void {
  const cache = new Map<string, Promise<Cached | null>>();
  const load = (name: string): Promise<Cached | null> => {
    let held = cache.get(name);
    if (!held) {
      const dir = deps.wallDir;
      held = (dir === undefined ? Promise.reject(new Error('no wall directory')) : readFile(join(dir, name))).then(
        (body) => ({ body, gzip: gzipSync(body) }),
        () => null,
      );
      // index.html is re-read after a rebuild; hashed files never change.
      if (HASHED.test(name)) cache.set(name, held);
    }
    return held;
  };

  const serve = async (c: Context, rel: string): Promise<Response> => {
    const file = await load(rel);
    if (!file) {
      if (rel === 'index.html' || rel === 'tablet.html' || rel === CALL_PAGE) throw new ProblemError(503, 'about:blank', 'Wall not built', 'run `npm run build` to build the wall into dist/wall');
      throw new ProblemError(404, 'about:blank', 'Not found', `no file ${rel} in the wall`);
    }
    const gzip = /\bgzip\b/.test(c.req.header('accept-encoding') ?? '');
    const headers: Record<string, string> = {
      'content-type': TYPES[extname(rel)] ?? 'application/octet-stream',
      'cache-control': HASHED.test(rel) ? 'public, max-age=31536000, immutable' : 'no-cache',
      vary: 'accept-encoding',
    };
    if (gzip) headers['content-encoding'] = 'gzip';
    return c.body(new Uint8Array(gzip ? file.gzip : file.body), 200, headers);
  };

  app.get('/wall', (c) => c.redirect(`/wall/${new URL(c.req.url).search}`, 301));
  app.get('/wall/*', (c) => {
    const rel = normalize(c.req.path.slice('/wall/'.length) || 'index.html');
    if (rel.startsWith('..') || rel.includes('\0')) throw new ProblemError(400, 'about:blank', 'Bad path');
    return serve(c, rel);
  });
  app.get('/tablet', (c) => serve(c, 'tablet.html'));
  app.get('/call', (c) => serve(c, CALL_PAGE));
}
