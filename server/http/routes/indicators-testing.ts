/**
 * @module http/routes/indicators-testing
 * The indicator routes on a bare app for route tests: the catalogue, the plan and a small seeded data
 * set (built once per test file) over the in-memory port, with the house error handling; a request
 * with `x-staff: 1` is the mayor's, any other an anonymous visitor's.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { ANONYMOUS, type Principal } from '../../contracts/access.ts';
import { loadCatalogue, loadPlan } from '../../indicators/catalogue.ts';
import { buildObservations } from '../../indicators/values/build.ts';
import '../middleware/access.ts';
import { invalidRequest, ProblemError } from '../problem.ts';
import { memoryIndicatorPort } from './indicators-memory.ts';
import { registerIndicatorRoutes } from './indicators.ts';

export const INDICATOR_TEST_NOW = Date.parse('2026-03-01T03:00:00Z');
export const INDICATOR_TEST_MAYOR: Principal = { kind: 'user', id: 'u-m', login: 'mayor', role: 'mayor', districts: [], departments: [], sessionId: 's' };
/** Headers that sign a request in as the mayor. */
export const AS_STAFF = { headers: { 'x-staff': '1' } };

let fixture: ReturnType<typeof load> | null = null;
const load = async () => {
  const catalogue = await loadCatalogue();
  const plan = await loadPlan(catalogue);
  const obs = await buildObservations({ seed: 20250501, scale: 0.08 });
  return { catalogue, plan, obs };
};

export async function indicatorTestApp() {
  const { catalogue, plan, obs } = await (fixture ??= load());
  const app = new OpenAPIHono({ defaultHook: (r) => { if (!r.success) throw invalidRequest(r.error.issues, r.target); } });
  app.use('*', async (c, next) => { c.set('principal', c.req.header('x-staff') === '1' ? INDICATOR_TEST_MAYOR : ANONYMOUS); await next(); });
  app.onError((err, c) => {
    if (err instanceof ProblemError) return c.json(err.toProblem(c.req.path), err.status);
    throw err;
  });
  const port = memoryIndicatorPort(obs);
  registerIndicatorRoutes(app, { indicators: port, catalogue, plan, principalOf: (c) => c.get('principal'), now: () => INDICATOR_TEST_NOW });
  return { app, port, catalogue, plan, obs };
}
