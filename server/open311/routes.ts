/**
 * @module open311/routes
 * The Open311 GeoReport v2 server under /open311/v2: the read routes, POST requests, and a last
 * route that answers anything else under /open311 with a 404 in the spec's error format (rather
 * than the platform's problem+json).
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { registerOpen311FileRoute } from './file-route.ts';
import { notFound } from './format.ts';
import { open311Handler, type Open311Deps } from './http.ts';
import { registerOpen311ReadRoutes } from './read-routes.ts';

export type { Open311Deps } from './http.ts';

export function registerOpen311Routes(app: OpenAPIHono, deps: Open311Deps): void {
  registerOpen311ReadRoutes(app, deps);
  registerOpen311FileRoute(app, deps);
  app.all(
    '/open311/*',
    open311Handler(deps, async (c) => {
      throw notFound(`no Open311 resource for ${c.req.method} ${c.req.path}: see /open311/v2/services.xml and /open311/v2/requests.xml`);
    }),
  );
}
