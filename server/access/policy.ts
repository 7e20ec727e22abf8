/**
 * @module access/policy
 * The one policy layer: every HTTP route and every live channel is decided here, from the
 * principal alone. Routes are matched by method and Hono path against the rule table.
 */
import type { Principal } from '../contracts/access.ts';
import { deny, type Decision } from './decision.ts';
import { ROUTE_RULES, type RouteRequest } from './route-rules.ts';

export { decideChannel } from './channel-rules.ts';
export type { Decision } from './decision.ts';

interface CompiledRule {
  key: string;
  method: string;
  route: string;
  pattern: RegExp;
  names: string[];
}

/** `/api/v1/districts/:code` → a pattern with one group per parameter; `/wall/*` matches the rest. */
function compile(key: string): CompiledRule {
  const [method = '', route = ''] = key.split(' ');
  const names: string[] = [];
  const source = route
    .split('/')
    .map((seg) => {
      if (seg === '*') return '.*';
      if (seg.startsWith(':')) {
        names.push(seg.slice(1));
        return '([^/]+)';
      }
      return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return { key, method, route, pattern: new RegExp(`^${source}$`), names };
}

const COMPILED = Object.keys(ROUTE_RULES).map(compile);

/** The rule's route for a request, with its parameters; null when no rule covers it. */
export function matchRoute(method: string, path: string, query: URLSearchParams): RouteRequest | null {
  const m = method === 'HEAD' ? 'GET' : method;
  for (const c of COMPILED) {
    if (c.method !== m) continue;
    const found = c.pattern.exec(path);
    if (!found) continue;
    const params = Object.fromEntries(c.names.map((n, i) => [n, decodeURIComponent(found[i + 1] ?? '')]));
    return { method: m, route: c.route, params, query };
  }
  return null;
}

export function decideRoute(p: Principal, r: RouteRequest): Decision {
  const rule = ROUTE_RULES[`${r.method} ${r.route}`];
  return rule ? rule(p, r) : deny(p, `no rule for ${r.method} ${r.route}`);
}

/** Every route the rule table knows, as `METHOD path`. */
export const ruledRoutes = (): string[] => Object.keys(ROUTE_RULES);
