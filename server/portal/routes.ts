/**
 * @module portal/routes
 * The public portal: `GET /` (dashboard) and `GET /public/wall` (the wall with the public layout,
 * and the same figures in HTML), Korean by default, English with `?lang=en`. Rendered on the
 * server from the API's data ports, through the publication policy (gather.ts), for everyone alike.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Language } from '../contracts/index.ts';
import { gatherPortal, type PortalDeps } from './gather.ts';
import { populationLoader } from './population.ts';
import { renderOverview, renderWallPage } from './render-page.ts';
import { portalView, type PortalView } from './view-model.ts';

export type { PortalDeps } from './gather.ts';

/** Korean unless English is asked for; anything else is Korean too. */
export const languageOf = (c: Context): Language => (c.req.query('lang') === 'en' ? 'en' : 'ko');

/**
 * `deps` may be the ApiDeps themselves: the population reference is read from
 * db/reference/population.json unless `population` is given.
 */
export function registerPortalRoutes(app: OpenAPIHono, deps: Omit<PortalDeps, 'population'> & Partial<Pick<PortalDeps, 'population'>>): void {
  const population = deps.population ?? populationLoader();
  const ports: PortalDeps = {
    hub: deps.hub,
    log: deps.log,
    now: () => deps.now(),
    sources: () => deps.sources(),
    districts: () => deps.districts(),
    population: () => population(),
  };
  const page = (render: (lang: Language, v: PortalView) => string) => async (c: Context) => {
    const lang = languageOf(c);
    const view = portalView(await gatherPortal(ports));
    // Live figures: never served from a cache; the page says when it was made.
    return c.body(render(lang, view), 200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-language': lang });
  };
  app.get('/', page(renderOverview));
  app.get('/public/wall', page(renderWallPage));
}
