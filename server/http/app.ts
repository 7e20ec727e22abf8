/**
 * @module http/app
 * The Hono application: REST under /api/v1, the OpenAPI document, problem+json errors.
 * `createApp(deps)` has no server and no globals; tests call `app.request(url)`.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Principal } from '../contracts/access.ts';
import { HTTPException } from 'hono/http-exception';
import type { ApiDeps } from './deps.ts';
import { invalidRequest, ProblemError } from './problem.ts';
import { requestLogger } from './middleware/request-logger.ts';
import { registerHealthRoutes } from './routes/health.ts';
import { registerSourceRoutes } from './routes/sources.ts';
import { registerDistrictRoutes } from './routes/districts.ts';
import { registerAirRoutes } from './routes/air.ts';
import { registerLiveRoute } from './routes/live.ts';
import { registerWallRoutes } from './routes/wall.ts';
import { accessControl } from './middleware/access.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { requestBodyLimit } from './middleware/body-limit.ts';
import { ipRateLimit } from './middleware/ip-rate-limit.ts';
import { apiKeyRateLimit } from '../keys/middleware.ts';
import { registerAuthRoutes } from '../auth/routes.ts';
import { clientIpOf } from '../auth/cookie.ts';
import { registerKeyRoutes } from '../keys/routes.ts';
import { registerAuditRoutes } from '../audit/routes.ts';
import { registerApiDocsRoutes } from './routes/api-docs.ts';
import { registerSignInRoutes } from './routes/sign-in.ts';
import { registerPortalRoutes } from '../portal/routes.ts';
import { registerLayoutRoutes } from './routes/layouts.ts';
import { registerIncidentRoutes } from './routes/incidents.ts';
import { registerCameraRoutes } from './routes/cameras.ts';
import { registerComplaintRoutes } from './routes/complaints.ts';
import { registerBudgetRoutes } from './routes/budget.ts';
import { registerTrendRoutes } from './routes/trends.ts';
import { registerIndicatorRoutes } from './routes/indicators.ts';
import { registerOpen311Routes } from '../open311/routes.ts';
import { registerCommandRoutes } from '../walls/routes.ts';
import { receivedLive } from '../walls/feed.ts';
import { registerCallRoutes } from './routes/calls.ts';
import { authorizeWithKeyStore, isPrivilegedKey } from '../open311/keys.ts';

/** Open311 requests are small forms; a description is at most 4,000 characters. */
const OPEN311_BODY_LIMIT_BYTES = 64 * 1024;

export type App = OpenAPIHono;

export function createApp(deps: ApiDeps): App {
  const app = new OpenAPIHono({
    defaultHook: (result) => {
      if (!result.success) throw invalidRequest(result.error.issues, result.target);
    },
  });
  app.use('*', requestLogger(deps.log));
  app.use('*', securityHeaders());
  app.use('/api/*', requestBodyLimit());
  app.use('/api/*', ipRateLimit(deps.access.rateLimiter, { ipOf: (c) => clientIpOf(c, deps.access.trustedProxies), log: deps.log }));
  app.use('/open311/*', requestBodyLimit(OPEN311_BODY_LIMIT_BYTES));
  app.use('/open311/*', ipRateLimit(deps.access.rateLimiter, { ipOf: (c) => clientIpOf(c, deps.access.trustedProxies), log: deps.log }));
  // Every route and live channel goes through the one policy layer (server/access/).
  app.use('*', accessControl(deps.access));
  app.use('/api/*', apiKeyRateLimit(deps.access.rateLimiter, { keyOf: (c) => c.get('apiKey') ?? null, log: deps.log }));
  app.use('/open311/*', apiKeyRateLimit(deps.access.rateLimiter, { keyOf: (c) => c.get('apiKey') ?? null, log: deps.log }));

  registerHealthRoutes(app, deps);
  registerSourceRoutes(app, deps);
  registerDistrictRoutes(app, deps);
  registerAirRoutes(app, deps);
  registerIncidentRoutes(app, deps);
  registerComplaintRoutes(app, deps);
  registerBudgetRoutes(app, deps);
  registerLayoutRoutes(app, deps);
  registerLiveRoute(app, deps);
  registerWallRoutes(app, deps);
  registerPortalRoutes(app, deps);
  const principalOf = (c: Context): Principal => c.get('principal');
  const { users, sessions, throttle, keys, audit, trustedProxies } = deps.access;
  registerTrendRoutes(app, { trends: deps.trends, principalOf, now: deps.now });
  registerIndicatorRoutes(app, { indicators: deps.indicators, catalogue: deps.indicatorCatalogue, plan: deps.plan, principalOf, now: deps.now });
  registerAuthRoutes(app, { users, sessions, throttle, audit, principalOf, clientIp: (c) => clientIpOf(c, trustedProxies), log: deps.log.child({ component: 'auth' }) });
  registerKeyRoutes(app, { keys, audit, principalOf, log: deps.log.child({ component: 'keys' }) });
  registerAuditRoutes(app, { audit, principalOf, now: deps.now });
  registerCameraRoutes(app, { cameras: deps.cameras, play: deps.play, audit, principalOf, now: deps.now, log: deps.log.child({ component: 'cameras' }) });
  registerCallRoutes(app, { calls: deps.calls, principalOf });
  registerOpen311Routes(app, {
    port: deps.open311.port,
    authorize: authorizeWithKeyStore(deps.access.keys),
    publicView: deps.open311.publicView,
    isPrivileged: isPrivilegedKey,
    now: deps.now,
    log: deps.log.child({ component: 'open311' }),
    ...(deps.open311.jurisdictionId === undefined ? {} : { jurisdictionId: deps.open311.jurisdictionId }),
  });
  registerCommandRoutes(app, {
    pairings: deps.pairings,
    audit,
    publish: (channel, data, at) => (deps.publishLive ? deps.publishLive(channel, data, at) : deps.hub.set(channel, receivedLive(channel, deps.hub.get(channel)?.data, data), at)),
    districts: deps.districts,
    principalOf,
    now: deps.now,
    log: deps.log.child({ component: 'commands' }),
  });
  registerApiDocsRoutes(app);
  registerSignInRoutes(app);

  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'scpm_session',
    description: 'A person signed in with POST /api/v1/auth/login (HttpOnly, Secure, SameSite=Strict). Writes must come from this origin.',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'apiKey', {
    type: 'http',
    scheme: 'bearer',
    description: 'A district system\'s API key (`scpm_…`), also accepted in `X-API-Key`. Scoped to districts, resources and read or write; rate-limited per key.',
  });

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'SCPM API',
      version: deps.version,
      description:
        'Smart City Platform for Mayor: the live state of the city, its source systems and their history. ' +
        'Live values: open a WebSocket at /live and send {"type":"subscribe","channels":["air/district/11680"]}; ' +
        'each channel answers with a snapshot (its last value), then an update per change.',
      license: { name: 'Apache-2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0' },
    },
    servers: [{ url: '/' }],
    // Published data needs no credentials; the rest needs one of the two (see server/access/route-rules.ts).
    security: [{}, { session: [] }, { apiKey: [] }],
  });

  app.notFound((c) => {
    const p = new ProblemError(404, 'about:blank', 'Not found', `no route for ${c.req.method} ${c.req.path}`);
    return c.json(p.toProblem(c.req.path), 404, { 'content-type': 'application/problem+json' });
  });
  app.onError((err, c) => {
    const problem =
      err instanceof ProblemError
        ? err
        : err instanceof HTTPException
          ? new ProblemError(err.status, 'about:blank', err.message || 'HTTP error')
          : null;
    if (problem) return c.json(problem.toProblem(c.req.path), problem.status, { 'content-type': 'application/problem+json' });
    deps.log.error({ err, path: c.req.path }, 'unhandled error');
    const p = new ProblemError(500, 'about:blank', 'Internal server error');
    return c.json(p.toProblem(c.req.path), 500, { 'content-type': 'application/problem+json' });
  });
  return app;
}
